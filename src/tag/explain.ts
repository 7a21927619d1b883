import { JtaiError } from '../errors.js';
import type { Finding } from '../types.js';
import { applyAll, tokenize, type LetterContext, type Mention, type Tagger } from './match.js';

// For one finding: every mention of every rule, its role, and why it counted or not. A rule that
// fired is listed with its mentions; a rule that matched but did not fire is listed once, as a
// near miss, with the reason for each of its mentions.

export interface ExplainedMention {
  match: string;
  span: [number, number];
  status: Mention['status'];
  role: string;
  why: string | null;
}

export interface ExplainedRule {
  kind: 'agency' | 'theme';
  rule: string;
  path: string[];
  mentions: ExplainedMention[];
  /** For a near miss whose counted mentions weigh too little: what they weigh, and what the rule needs. */
  shortOf: { weight: number; needs: number } | null;
  /** For a rule that fired on less than it needs elsewhere: the letter's context that let it (its deep dive). */
  because?: string;
}

export interface Explanation {
  finding: Finding;
  fired: ExplainedRule[];
  close: ExplainedRule[];
}

/**
 * `context` is the finding's letter as tagging saw it: letterContext(tagger, the letter's text,
 * its deep dive). It is required: without it, acronyms the letter defines and its deep dive would
 * be missed, and the explanation would differ from the tags.
 */
export function explainFinding(finding: Finding, tagger: Tagger, context: LetterContext): Explanation {
  if (!context?.acronyms) {
    throw new JtaiError('usage', "explainFinding needs the finding's letter as its third argument: letterContext(rules.tagger, result.text, result.letter.theme), from parseFile(file, { includeText: true })");
  }
  const tokens = tokenize(finding.text);
  const fired: ExplainedRule[] = [];
  const close: ExplainedRule[] = [];
  for (const kind of ['agency', 'theme'] as const) {
    for (const result of applyAll(tagger, kind, finding.text, tokens, context, finding.leadIn ?? null)) {
      const mentions = result.mentions.map(({ match, span, status, role, why }) => ({ match, span, status, role, why }));
      const path = tagger.rules.find((compiled) => compiled.rule === result.rule)?.path ?? [result.rule.id];
      if (result.tag) {
        const because = result.tag.context && !result.mentions.some((m) => m.why === result.tag!.context) ? { because: result.tag.context } : {};
        fired.push({ kind, rule: result.rule.name, path, mentions, shortOf: null, ...because });
        continue;
      }
      const weight = result.mentions.filter((m) => m.status === 'counted').reduce((sum, m) => sum + m.weight, 0);
      close.push({ kind, rule: result.rule.name, path, mentions, shortOf: weight > 0 ? { weight, needs: result.rule.mentions } : null });
    }
  }
  return { finding, fired, close };
}

function mentionText(mention: ExplainedMention): string {
  const where = `"${mention.match}" at ${mention.span[0]}-${mention.span[1]}`;
  if (mention.status === 'counted') return `${where} ${mention.role}${mention.why ? ` (${mention.why})` : ''}`;
  if (mention.status === 'excluded') return `${where} ${mention.why}`;
  return `${where} in passing: ${mention.role}, ${mention.why}`;
}

export function explanationToText(explanation: Explanation): string {
  const { finding } = explanation;
  const lines = [
    `${finding.id}  ${finding.section}${finding.subsection ? ` / ${finding.subsection}` : ''}  (${finding.stance}, ${finding.pages[0] === finding.pages[1] ? `p. ${finding.pages[0]}` : `pp. ${finding.pages[0]}-${finding.pages[1]}`})`,
    `  ${finding.text}`,
  ];
  lines.push(explanation.fired.length ? '  fired:' : '  fired: none');
  const indent = ' '.repeat(4 + 7 + 35 + 35);
  for (const f of explanation.fired) {
    const primary = f.mentions.find((m) => m.status === 'counted')!;
    lines.push(`    ${f.kind.padEnd(6)} ${f.path.join('/').padEnd(34)} ${f.rule.padEnd(34)} ${mentionText(primary)}${f.because ? `; ${f.because}` : ''}`);
    for (const m of f.mentions) if (m !== primary) lines.push(`${indent}also ${mentionText(m)}`);
  }
  if (explanation.close.length) {
    lines.push('  came close:');
    for (const c of explanation.close) {
      const short = c.shortOf ? `; counted mentions weigh ${c.shortOf.weight} of the ${c.shortOf.needs} the rule needs` : '';
      lines.push(`    ${c.kind.padEnd(6)} ${c.rule.padEnd(34)} ${c.mentions.map(mentionText).join('; ')}${short}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
