import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { applyAll, compileRules, cuesIn, heldIn, isPlainText, patternHits, patternSetsOf, regexHits, searchedBy, tokenize, wrapPatterns, type Tagger } from '../src/tag/match.js';
import { cueForms } from '../src/tag/cues.js';
import { Clause, clauseWords, formStandsIn } from '../src/tag/roles.js';
import { readRuleFile, type TagKind } from '../src/tag/rules.js';
import { lowerForPatterns, patternNeeds, patternWords, StringSets } from '../src/tag/pattern-words.js';
import { fixture, parsed, REAL_LETTERS, root } from './helpers.js';

// The tagger's shortcuts (src/tag/match.ts) must change nothing: a pattern skipped by its words
// (pattern-words.ts) would have found nothing, a passing cue skipped by the cue index (cueWords in
// roles.ts) would have given no role and no note, and a cue form not looked at through the form
// index (cueForms) does not stand whole in the text. Checked on the paragraphs of the thirteen
// letters' text and the challenge sentences.

/** Does the text hold one of the pattern's words, found one string at a time? */
const holds = (words: string[] | null, lower: string | null) => words === null || lower === null || words.some((word) => lower.includes(word));
const paragraphs = [
  ...readdirSync(fixture('layout-text'))
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(fixture(`layout-text/${name}`), 'utf8').split(/\n\s*\n/)),
  ...readdirSync(fixture('gold/challenge'))
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => (parse(readFileSync(fixture(`gold/challenge/${name}`), 'utf8')) as { items: Array<{ text: string }> }).items.map((item) => item.text)),
]
  .map((text) => text.replace(/\s+/g, ' ').trim())
  .filter((text) => text.length > 0);

describe("a pattern's words", () => {
  const tagger = defaultRules().tagger;

  it('are in every text where the pattern matches', () => {
    let matched = 0;
    for (const text of paragraphs) {
      const held = patternSetsOf(tagger).held(lowerForPatterns(text));
      tagger.patterned.forEach((index, p) => {
        const { patterns, patternWords: words } = tagger.rules[index]!;
        if (!new RegExp(patterns!.source, 'iu').test(text)) return;
        matched++;
        expect(holds(words, lowerForPatterns(text)), `${tagger.rules[index]!.rule.name} on "${text}"`).toBe(true);
        expect(held[p], `${tagger.rules[index]!.rule.name} on "${text}"`).toBe(1);
      });
    }
    expect(matched).toBeGreaterThan(500);
  });

  it('are found in one pass where they are found one at a time', () => {
    const sets = tagger.patterned.map((index) => tagger.rules[index]!.patternWords);
    let found = 0;
    // Every paragraph, and each one's pattern words alone, together and at its ends (overlapping strings, a string inside another).
    const texts = [...paragraphs, ...sets.flatMap((words) => [...(words ?? []), (words ?? []).join(''), ` ${(words ?? []).join('|')} `])];
    for (const text of texts) {
      const lower = lowerForPatterns(text);
      const held = patternSetsOf(tagger).held(lower);
      sets.forEach((words, p) => {
        expect(held[p], `${JSON.stringify(words)} in "${text}"`).toBe(holds(words, lower) ? 1 : 0);
        found += held[p]!;
      });
    }
    expect(found).toBeGreaterThan(1000);
    expect([...new StringSets([['she', 'he'], ['hers'], ['his'], null, ['']]).held('ushers')]).toEqual([1, 1, 0, 1, 1]);
    expect([...new StringSets([['abc']]).held(null)]).toEqual([1]);
  });

  it('are found in one pass where strings overlap, one inside another or running on from another', () => {
    // Strings of few letters overlap most ways (a string's end another's start, or inside it), which the automaton's failure links must follow.
    let seed = 12345;
    const random = (n: number) => {
      // Park and Miller's generator: the product stays within a double's exact integers.
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const string = (most: number) => Array.from({ length: 1 + random(most) }, () => 'ab c'[random(4)]).join('');
    let found = 0;
    for (let round = 0; round < 300; round++) {
      const sets = Array.from({ length: 1 + random(6) }, () => Array.from({ length: 1 + random(4) }, () => string(4)));
      const automaton = new StringSets(sets);
      for (let t = 0; t < 10; t++) {
        const text = string(20);
        const held = automaton.held(text);
        sets.forEach((words, p) => expect(held[p], `${JSON.stringify(words)} in "${text}"`).toBe(holds(words, text) ? 1 : 0));
        found += held.reduce((sum, h) => sum + h, 0);
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it.each([
    ['an optional letter', 'colou?r', ['color', 'colour']],
    ['a code escape, not its digits', 'a\\u0041bc|x\\x42y', ['aAbc', 'xBy']],
    ['a back reference', '(?<n>ca)\\k<n>t|(do)\\1g', ['cacat', 'dodog']],
    ['an alternative that may be empty', '(?:a|)b', ['b', 'ab']],
    ['a bounded repeat', '(?:ab){2,3}c', ['ababc', 'abababc']],
    ['a class and a look-behind', '(?<=x)[ab]c', ['xac', 'xbc']],
    ['the long s, which folds to s', 'signs', ['\u017figns']],
    ['the Kelvin sign, which folds to k', 'kin', ['\u212Ain']],
    ['a look-ahead, whose words stand after the match', '[a-z]+(?= (?:should|must) send)', ['they must send', 'it should send']],
    ['a look-behind, and a negative look-around inside it', '(?<=the (?!not)[a-z]+ and )board', ['the police and board']],
  ])('are found wherever %s matches', (_, source, texts) => {
    const words = patternWords(source);
    for (const text of texts) {
      expect(new RegExp(source, 'iu').test(text)).toBe(true);
      expect(new StringSets([words]).held(lowerForPatterns(text))[0], `${source} on ${text}: ${JSON.stringify(words)}`).toBe(1);
    }
  });

  it('leave a pattern read no further than known to every text', () => {
    expect(patternWords('a(?i:b)c')).toBeNull();
    expect(patternWords('x*')).toBeNull();
  });
});

describe('the passing cues a text can set off', () => {
  it('give the same roles and notes as every cue', () => {
    const tagger = defaultRules().tagger;
    // Every cue set off by every word: the cue index as if it knew nothing.
    const every = (kind: 'agency' | 'theme') => ({ get: () => tagger.passing[kind].map((_, c) => c) }) as unknown as Map<string, number[]>;
    const all: Tagger = { ...tagger, cueIndex: { agency: every('agency'), theme: every('theme') } };
    let passing = 0;
    for (const text of paragraphs) {
      for (const kind of ['agency', 'theme'] as const) {
        const indexed = applyAll(tagger, kind, text);
        expect(indexed).toEqual(applyAll(all, kind, text));
        passing += indexed.flatMap((result) => result.mentions).filter((mention) => mention.status === 'passing').length;
      }
    }
    expect(passing).toBeGreaterThan(100);
  }, 120_000);

  it('with a form whole in the text are found through the form index as by every form of every cue', () => {
    // tagText's reading (cuesIn with `formsIn`) looks a text's forms up by their keys (formIndex); a scan tests every
    // form of every cue (formStandsIn checks all of a form's words, whatever found the form). 25,395 cues found over the
    // paragraphs' two kinds (helper 12au). Seen failing with f6784e6's formStandsIn, which checked a governing word's form
    // by its prepositions alone (right only where the index had found the head): the scan found cues without their head.
    const tagger = defaultRules().tagger;
    const unlike = (indexed: Tagger) => {
      let found = 0;
      const wrong: string[] = [];
      for (const text of paragraphs) {
        const tokens = tokenize(text);
        const clause = new Clause(text, tokens);
        for (const kind of ['agency', 'theme'] as const) {
          const cues = tagger.passing[kind];
          const byIndex = cuesIn(indexed, kind, tokens, clause).map((cue) => cues.indexOf(cue));
          const byScan = cues.flatMap((cue, c) => (cueForms(cue).some((form) => formStandsIn(form, clause, clauseWords(clause))) ? [c] : []));
          if (byIndex.join() !== byScan.join()) wrong.push(`${kind} cues on "${text}": ${byIndex.join()}, not ${byScan.join()}`);
          found += byScan.length;
        }
      }
      return { found, wrong };
    };
    const shipped = unlike(tagger);
    expect(shipped.wrong.slice(0, 5)).toEqual([]);
    expect(shipped.found).toBeGreaterThan(20_000);
    // And on a broken index: each governing word's form keyed by its first preposition, a word it does not need (another
    // of its prepositions may stand instead), not by its head (559 paragraphs' cues of a kind differ).
    const misKeyed = (kind: TagKind): Tagger['formIndex'][TagKind] => {
      const byStem: Tagger['formIndex'][TagKind]['byStem'] = new Map();
      for (const [key, forms] of tagger.formIndex[kind].byStem) {
        for (const entry of forms) {
          const to = entry.form.kind === 'head' ? [...entry.form.prepositions][0]! : key;
          byStem.set(to, [...(byStem.get(to) ?? []), entry]);
        }
      }
      return { byStem, byForm: tagger.formIndex[kind].byForm };
    };
    const broken = unlike({ ...tagger, formIndex: { agency: misKeyed('agency'), theme: misKeyed('theme') } });
    expect(broken.wrong.length).toBeGreaterThan(100);
  }, 120_000);
});

describe("a rule's patterns", () => {
  /** What matchAll finds: every match but the empty ones. */
  const allMatches = (text: string, pattern: RegExp) =>
    [...text.matchAll(pattern)].filter((found) => found[0] !== '').map((found) => ({ match: found[0], span: [found.index, found.index + found[0].length] }));

  it('find what matchAll finds', () => {
    const tagger = defaultRules().tagger;
    let hits = 0;
    for (const text of paragraphs) {
      for (const index of tagger.patterned) {
        const pattern = tagger.rules[index]!.patterns!;
        const found = regexHits(text, pattern);
        expect(found, `${tagger.rules[index]!.rule.name} on "${text}"`).toEqual(allMatches(text, pattern));
        hits += found.length;
      }
    }
    expect(hits).toBeGreaterThan(500);
    // Empty matches move on by a whole character: a pair of surrogates (an emoji) under u, a code unit without it.
    for (const flags of ['giu', 'gi']) {
      const pattern = new RegExp('\\uDE00|x*', flags);
      for (const text of ['a\u{1F600}xx\u{1F600}', '\u{1F600}', 'xx', '']) expect(regexHits(text, pattern), `${flags} on ${text}`).toEqual(allMatches(text, pattern));
    }
    expect(regexHits('a\u{1F600}', /\uDE00|x*/g)).toEqual([{ match: '\uDE00', span: [2, 3] }]);
  });

  it('are compiled once, not again after full collections', () => {
    // A batch's threads collect garbage in full several times a letter. matchAll ran a copy of a
    // pattern, made from its source, which V8 parsed and compiled again whenever its compilation
    // cache had let that source go. V8 prints each regular expression it parses; the rules'
    // patterns open with the tagger's look-behind for a word's start.
    const parses = (rounds: number) => {
      const script = `
        const { defaultRules } = await import(${JSON.stringify(join(root, 'dist/rules.js'))});
        const { tagText } = await import(${JSON.stringify(join(root, 'dist/tag/match.js'))});
        const tagger = defaultRules().tagger;
        const text = 'Information is not routinely shared between agencies, and police officers and social workers talk to each other only in strategy meetings.';
        for (let round = 0; round < ${rounds}; round++) {
          if (tagText(tagger, text).themes.length === 0) throw new Error('no theme found');
          gc(); gc(); gc();
        }`;
      const run = spawnSync(process.execPath, ['--expose-gc', '--trace-regexp-parser', '--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 64 * 1048576 });
      expect(run.stderr).toBe('');
      return run.stdout.split('\n').filter((line) => line.startsWith('(: (<- - [A-Z a-z 0-9])')).length;
    };
    const once = parses(1);
    expect(once).toBeGreaterThan(0);
    expect(parses(4)).toBe(once);
  });
});

describe("each of a rule's patterns", () => {
  // A rule with 2 or more patterns keeps each pattern's own words (CompiledRule.alternatives), and a text is searched by the
  // expression of the patterns whose words it holds (searchedBy): a pattern left out must be one that finds nothing in
  // the text, so that the matches are the whole expression's. Checked on every text of fixtures/gold (dev, challenge,
  // reports; the held-out sealed set, now round 13, is never read) and the 13 letters' findings and their lead-ins.
  const tagger = defaultRules().tagger;
  // Every subset these texts ask for is made, past the room a tagger keeps for them (SUBSET_ROOM; tests/subset-room.test.ts).
  tagger.subsetRoom = Infinity;
  // Each pattern as the rule's expression wraps it, with its words and its place among alternativeSets' sets.
  const alternatives = tagger.patterned.flatMap((index, p) => {
    const compiled = tagger.rules[index]!;
    return (compiled.alternatives?.sources ?? []).map((source, i) => ({
      name: `${compiled.rule.name}, pattern ${i + 1}`,
      pattern: new RegExp(wrapPatterns(source), 'iu'),
      words: compiled.alternatives!.words[i]!,
      set: tagger.patternStarts[p]! + i,
    }));
  });
  let texts: string[] = [];

  it('are many, and texts for them are read', async () => {
    expect(tagger.patterned.filter((index) => tagger.rules[index]!.alternatives).length).toBeGreaterThan(10);
    expect(alternatives.length).toBeGreaterThan(100);
    const letters = await Promise.all(REAL_LETTERS.map((name) => parsed(`letters/${name}.pdf`)));
    const findings = letters.flatMap((result) => result.findings.flatMap((finding) => [finding.text, ...(finding.leadIn ? [finding.leadIn] : [])]));
    texts = [...new Set([...goldTexts(fixture('gold')), ...findings, ...paragraphs])];
    expect(findings.length).toBeGreaterThan(700);
    expect(texts.length).toBeGreaterThan(2500);
  }, 300_000);

  it('find nothing in a text that holds none of their words, which one pass finds', () => {
    let matched = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const lower = lowerForPatterns(text);
      const held = tagger.alternativeSets.held(lower);
      for (const { name, pattern, words, set } of alternatives) {
        const holding = holds(words, lower);
        if (held[set] !== (holding ? 1 : 0)) wrong.push(`${name}: one pass says ${held[set]} for ${JSON.stringify(words)} in "${text}"`);
        if (!pattern.test(text)) continue;
        matched++;
        if (!holding) wrong.push(`${name} (${JSON.stringify(words)}) matches "${text}"`);
      }
    }
    expect(wrong).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  it('leave the matches as the whole expression finds them', () => {
    let narrowed = 0;
    const wrong: string[] = [];
    for (const text of texts) {
      const held = tagger.alternativeSets.held(lowerForPatterns(text));
      tagger.patterned.forEach((index, p) => {
        const whole = tagger.rules[index]!.patterns!;
        const searched = searchedBy(tagger, p, held);
        const found = searched ? regexHits(text, searched) : [];
        const expected = regexHits(text, whole);
        if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${tagger.rules[index]!.rule.name} on "${text}": ${JSON.stringify(found)}, not ${JSON.stringify(expected)}`);
        if (searched && searched !== whole && found.length > 0) narrowed++;
      });
    }
    expect(wrong).toEqual([]);
    // Texts in which a rule was searched by some of its patterns, not all, and something was found.
    expect(narrowed).toBeGreaterThan(1000);
  });

  it('find nothing in a text that lacks one of their further needs, and the scan finds what the whole expressions find', () => {
    // Outside a run of one input the scan searches a pattern only where the text holds one of its words and a string of
    // each of its further needs (heldIn; patternNeeds). Seen failing with patternNeeds reading into a negative look-around
    // as into a positive one (helper 12bj): 7,163 wrong, 1,530 of them a text not searched by a pattern that matches it and
    // 1,322 a rule's matches not those of its whole expression; and the generated rules' test below, 4,259 wrong.
    let matched = 0;
    let lacking = 0;
    const wrong: string[] = [];
    const needs = alternatives.map(({ pattern }) => patternNeeds(pattern.source));
    for (const text of texts) {
      const lower = lowerForPatterns(text);
      const held = heldIn(tagger, text);
      alternatives.forEach(({ name, pattern, set }, a) => {
        if (held[set] === 0 && tagger.alternativeSets.held(lower)[set] === 1) lacking++;
        if (!pattern.test(text)) return;
        matched++;
        for (const strings of needs[a]!) if (!holds(strings, lower)) wrong.push(`${name} (${JSON.stringify(strings)}) matches "${text}"`);
        if (held[set] !== 1) wrong.push(`${name}: not searched in "${text}", which it matches`);
      });
      tagger.patterned.forEach((index, p) => {
        const found = patternHits(tagger, p, text, held, isPlainText(text));
        const expected = regexHits(text, tagger.rules[index]!.patterns);
        if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${tagger.rules[index]!.rule.name} on "${text}": ${JSON.stringify(found)}, not ${JSON.stringify(expected)}`);
      });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
    // Pairs of a text and a pattern whose words the text holds but not its further needs: what they save.
    expect(lacking).toBeGreaterThan(10_000);
  }, 300_000);

  it('leave the matches as the whole expression finds them when a few are searched one by one', () => {
    // A rule of more than 30 patterns (information-sharing's 45) has no subsets: a text that may match four or fewer of
    // them is searched by each alone (patternHits, separateHits), the joined expression's matches put together from
    // theirs. Each text as written, and with a long s put in and an astral character after it (not plain: every
    // pattern then under /u, and an empty match passed over by a whole character). Seen failing with separateHits
    // taking the last pattern on a tie of places, not the first (4 searches differ over the dev gold texts and the letters' findings).
    const large = tagger.patterned.flatMap((index, p) => ((tagger.rules[index]!.alternatives?.sources.length ?? 0) > 30 ? [p] : []));
    expect(large.length).toBeGreaterThan(0);
    let apart = 0;
    const wrong: string[] = [];
    for (const written of texts) {
      for (const text of [written, `${written.replace('s', '\u017F')} \u{1F600} information shared`]) {
        const held = tagger.alternativeSets.held(lowerForPatterns(text));
        for (const p of large) {
          const starts = [tagger.patternStarts[p]!, tagger.patternStarts[p + 1]!];
          const some = held.subarray(starts[0], starts[1]).filter((bit) => bit === 1).length;
          if (some > 0 && some <= 4) apart++;
          const whole = tagger.rules[tagger.patterned[p]!]!;
          const found = patternHits(tagger, p, text, held, isPlainText(text));
          const expected = regexHits(text, whole.patterns);
          if (JSON.stringify(found) !== JSON.stringify(expected)) wrong.push(`${whole.rule.name} on "${text}": ${JSON.stringify(found)}, not ${JSON.stringify(expected)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(apart).toBeGreaterThan(1000);
  }, 120_000);
});

describe("each of a rule's patterns, as a user may write them", () => {
  // The shipped patterns and real texts above cannot show a shape they lack. Here rules of 2 to 4 patterns are made from
  // the shapes the pattern reader (pattern-words.ts) reads apart: words, letters in either case, a hyphen, an apostrophe, a
  // full stop, \s and \w, classes, optional and repeated parts, alternations, look-aheads and look-behinds positive and
  // negative, \b and anchors. Texts are made of those characters, a line break, the Kelvin sign (a "k" under the `iu`
  // flags) and the long s (an "s"). Each rule read as a user's rule file is (readRuleFile, compileRules), and each text
  // searched as the scan searches it (alternativeSets, searchedBy): every match of a pattern must lie in a text that holds
  // one of its words, and what searchedBy's expression finds must be what the whole finds (reviewer rv24: none differed
  // in about 600,000 such texts, nor in these 45,000: 1,500 rules, 21,882 matches, 3,283 texts narrowed. Seen failing three
  // ways, each restored: a negative look-ahead read as what it forbids (pattern-words.ts, 2,132 wrong); the subset's
  // patterns joined in reverse order (match.ts patternsOf, 232); a text with a long s not searched whole (135)).
  it('find nothing where their words are not, and the subset of them finds what the whole finds', () => {
    let seed = 24;
    const random = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const pick = <T,>(items: T[]) => items[random(items.length)]!;
    const atoms = ['ab', 'ba', 'sk', 'a b', 'a-b', "a'b", 'bs', 'a', 'b', 'A', 'K', 's', ' ', '-', "'", '\\.', '.', '[ab]', '[^a]', '\\s', '\\w', '\\b', '^', '$'];
    const part = (depth: number): string => {
      const shape = random(depth > 1 ? 4 : 10);
      // A look-around or an anchor is not repeated (JavaScript's u flag refuses it), nor a group repeated more than once
      // (rule-safety refuses a repeat that could take exponential time).
      if (shape >= 6) return `(${pick(['?=', '?<=', '?!', '?<!'])}${part(depth + 1)})`;
      const atom = shape < 4 ? pick(atoms) : `(?:${part(depth + 1)}${part(depth + 1)}|${part(depth + 1)})`;
      const repeat = random(8);
      if (repeat === 0 || (repeat < 3 && shape < 4 && !['^', '$', '\\b'].includes(atom))) return atom + (repeat === 0 ? '?' : repeat === 1 ? '+' : '{2}');
      return repeat === 3 ? `(${atom})` : atom;
    };
    const pattern = () => Array.from({ length: 1 + random(4) }, () => part(0)).join('');
    const characters = ['a', 'b', 'A', 'B', 's', 'S', 'k', '\u212a', '\u017f', ' ', ' ', '-', "'", '.', '\n', 'c'];
    const text = () => Array.from({ length: random(16) }, () => pick(characters)).join('');
    let rules = 0;
    let matched = 0;
    let narrowed = 0;
    let needed = 0;
    const wrong: string[] = [];
    for (let tries = 0; rules < 1500; tries++) {
      expect(tries, 'most generated rules are read without a problem').toBeLessThan(15_000);
      const patterns = Array.from({ length: 2 + random(3) }, pattern);
      const file = readRuleFile('generated.yaml', `kind: agency\nrules:\n  - id: generated\n    patterns:\n${patterns.map((source) => `      - ${JSON.stringify(source)}`).join('\n')}\n`);
      if (file.problems.length > 0 || file.rules.length !== 1) continue;
      rules++;
      const tagger = compileRules(file.rules);
      const whole = tagger.rules[0]!.patterns!;
      for (let t = 0; t < 30; t++) {
        const written = text();
        const lower = lowerForPatterns(written);
        const held = tagger.alternativeSets.held(lower);
        patterns.forEach((source, i) => {
          if (!new RegExp(wrapPatterns(source), 'iu').test(written)) return;
          matched++;
          if (held[i] !== 1) wrong.push(`${JSON.stringify(source)} (${JSON.stringify(tagger.rules[0]!.alternatives!.words[i])}) matches ${JSON.stringify(written)}`);
          // Each of its further needs too (heldIn's, outside a run of one input).
          for (const strings of patternNeeds(wrapPatterns(source))) {
            needed++;
            if (!holds(strings, lower)) wrong.push(`${JSON.stringify(source)} (needs ${JSON.stringify(strings)}) matches ${JSON.stringify(written)}`);
          }
        });
        const searched = searchedBy(tagger, 0, held);
        const found = JSON.stringify(searched ? regexHits(written, searched) : []);
        const expected = JSON.stringify(regexHits(written, whole));
        if (found !== expected) wrong.push(`${JSON.stringify(patterns)} on ${JSON.stringify(written)}: ${found}, not ${expected}`);
        if (searched !== whole && expected !== '[]') narrowed++;
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(matched).toBeGreaterThan(10_000);
    expect(narrowed).toBeGreaterThan(1_000);
    expect(needed).toBeGreaterThan(2_000);
  }, 120_000);
});

/** Every string under a `text` or `sentence` key of the gold files (as tests/tag-paths.test.ts reads them), the sealed set left unread. */
function goldTexts(dir: string, into = new Set<string>()): Set<string> {
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if ((key === 'text' || key === 'sentence') && typeof item === 'string') into.add(item);
        else visit(item);
      }
    }
  };
  for (const name of readdirSync(dir).sort()) {
    if (/^sealed-round1[34][.]/.test(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) goldTexts(path, into);
    else if (name.endsWith('.json')) visit(JSON.parse(readFileSync(path, 'utf8')));
    else if (/\.ya?ml$/.test(name)) visit(parse(readFileSync(path, 'utf8')));
  }
  return into;
}
