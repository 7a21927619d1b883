// A script in ASCII for the build (src/build/pdfjs-scripts.mjs): Node reads an ASCII file into a
// string by copying it, where UTF-8 with a few other characters is decoded at a third of the speed.
import { parseAst } from 'rolldown/parseAst';

/** A script's string literals, by where each starts and ends (UTF-16 offsets, checked against its quotes). */
function stringLiterals(program, code) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'Literal' && typeof node.value === 'string') {
      const quote = code[node.start];
      if ((quote !== '"' && quote !== "'") || code[node.end - 1] !== quote) throw new Error(`not a string literal at ${node.start}`);
      found.push([node.start, node.end]);
    }
    for (const key in node) if (key !== 'start' && key !== 'end') visit(node[key]);
  };
  visit(program);
  return found.sort((a, b) => a[0] - b[0]);
}

/** Whether two programs are the same but for where their nodes stand and how their literals are written. */
function sameProgram(a, b) {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameProgram(item, b[i]));
  if (a === null || typeof a !== 'object') return Object.is(a, b);
  if (b === null || typeof b !== 'object') return false;
  const keys = Object.keys(a).filter((key) => key !== 'start' && key !== 'end' && !(key === 'raw' && a.type === 'Literal'));
  return keys.length === Object.keys(b).filter((key) => key !== 'start' && key !== 'end' && !(key === 'raw' && b.type === 'Literal')).length && keys.every((key) => sameProgram(a[key], b[key]));
}

/**
 * The script with each non-ASCII character of its string literals written as an escape
 * (\uXXXX), or null where a character stands outside one or the escapes would not give the same
 * program (one after a backslash, say): parsed before and after, the two must be the same program,
 * every string literal the same value.
 */
export function toAscii(script) {
  const parse = (code) => parseAst(code, { sourceType: 'script', lang: 'js' });
  const before = parse(script);
  const literals = stringLiterals(before, script);
  let out = '';
  let from = 0;
  let literal = 0;
  for (let at = 0; at < script.length; at++) {
    const code = script.charCodeAt(at);
    if (code < 0x80) continue;
    while (literal < literals.length && literals[literal][1] <= at) literal++;
    const inside = literal < literals.length && literals[literal][0] < at && at < literals[literal][1] - 1;
    if (!inside) return null;
    out += script.slice(from, at) + `\\u${code.toString(16).padStart(4, '0')}`;
    from = at + 1;
  }
  out += script.slice(from);
  return sameProgram(before, parse(out)) ? out : null;
}
