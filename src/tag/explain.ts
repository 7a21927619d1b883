import type { Finding } from '../types.js';
import { applyAll, tokenize, type Tagger } from './match.js';

// For one finding: which rules fired on what, and which came close (a match an exclusion took away).

export interface Explanation {
  finding: Finding;
  fired: Array<{ kind: 'agency' | 'theme'; rule: string; path: string[]; match: string; span: [number, number] }>;
  close: Array<{ kind: 'agency' | 'theme'; rule: string; match: string; reason: string }>;
}

export function explainFinding(finding: Finding, tagger: Tagger): Explanation {
  const tokens = tokenize(finding.text);
  const fired: Explanation['fired'] = [];
  const close: Explanation['close'] = [];
  for (const kind of ['agency', 'theme'] as const) {
    for (const result of applyAll(tagger, kind, finding.text, tokens)) {
      if (result.tag) fired.push({ kind, rule: result.tag.rule, path: result.tag.path, match: result.tag.match, span: result.tag.span });
      for (const miss of result.excluded) close.push({ kind, rule: result.rule.name, match: miss.match, reason: `excluded by "${miss.by}"` });
      if (result.tooFew.length > 0) {
        const reason = `${result.tooFew.length} mention(s) of the ${result.rule.mentions} the rule needs`;
        close.push({ kind, rule: result.rule.name, match: result.tooFew.map((hit) => hit.match).join('", "'), reason });
      }
    }
  }
  // The same near miss can be found by two routes (a stem and a phrase): list it once.
  const seen = new Set<string>();
  const once = close.filter((c) => !seen.has(`${c.kind}\n${c.rule}\n${c.match}\n${c.reason}`) && !!seen.add(`${c.kind}\n${c.rule}\n${c.match}\n${c.reason}`));
  return { finding, fired, close: once };
}

export function explanationToText(explanation: Explanation): string {
  const { finding } = explanation;
  const lines = [
    `${finding.id}  ${finding.section}${finding.subsection ? ` / ${finding.subsection}` : ''}  (${finding.stance}, ${finding.pages[0] === finding.pages[1] ? `p. ${finding.pages[0]}` : `pp. ${finding.pages[0]}-${finding.pages[1]}`})`,
    `  ${finding.text}`,
  ];
  lines.push(explanation.fired.length ? '  fired:' : '  fired: none');
  for (const f of explanation.fired) {
    lines.push(`    ${f.kind.padEnd(6)} ${f.path.join('/').padEnd(34)} ${f.rule.padEnd(34)} "${f.match}" at ${f.span[0]}-${f.span[1]}`);
  }
  if (explanation.close.length) {
    lines.push('  came close:');
    for (const c of explanation.close) lines.push(`    ${c.kind.padEnd(6)} ${c.rule.padEnd(34)} "${c.match}" ${c.reason}`);
  }
  return `${lines.join('\n')}\n`;
}
