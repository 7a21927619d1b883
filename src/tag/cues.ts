import type { PassingCue, TagKind } from './rules.js';

// The passing cues (a rule file's `passing:` list) compiled into what the role layer reads (roles.ts), and indexed by
// the words that can set each off. A module of its own: the compiled rules (src/rules.ts) keep what it makes, so that a
// one-letter run does not compile the cues again (8-11 ms of the tagger's cold build), and a change to it makes that
// form stale, as a change to the code that reads the YAML does.

export interface BeforeCue {
  near: string[];
  far: string[];
  /** The phrase's word forms, checked as well as its stems when the cue says `forms: exact`, else null. */
  nearForms: string[] | null;
  farForms: string[] | null;
  text: string;
}

export interface CompiledCue {
  role: string;
  /**
   * The top-level rules the cue is limited to (a theme cue's `themes`, an agency cue's `agencies`): it reads only the mentions
   * of rules under them. Null: every rule of its kind.
   */
  limitedTo: Set<string> | null;
  /** Phrases that end just before a mention, by their last stem: a mention is checked only against those its word before can end. */
  before: Map<string, BeforeCue[]>;
  /** Phrases that start just after a mention, by their first stem. */
  after: Map<string, Array<{ stems: string[]; first: string; text: string }>>;
  skip: Set<string>;
  /** Stems of prepositions that open the mention's phrase, for a governing word. */
  prepositions: Set<string>;
  /** Stems of governing words (verbs or nouns), looked for before the preposition. */
  heads: Set<string>;
  /** How far before the preposition a governing word may stand, in words. */
  within: number;
  /**
   * Predicates after the mention's phrase ("invited"), skipping the `skip` words: by stems for the
   * index (`first`), matched by their word forms as written, since a predicate is a verb group and a
   * noun of the same stem is none ("informed about" is not "information about").
   */
  predicates: Array<{ first: string[]; firstForms: string[]; then: string[]; thenForms: string[]; text: string }>;
  /** Stems of the head words a `before:` phrase's clause subject must have (empty: any subject). */
  subjects: Set<string>;
  /** Stems of words that, just before a `before:` phrase, make it another part of speech ("the challenge"); just before a head, judge what it governs ("limited input from"). */
  notAfter: Set<string>;
  /** The cue holds only when the list of mentions after it ends its noun phrase (no relative clause or main verb after it). */
  endsPhrase: boolean;
  /**
   * Stems of words that, just after the mention's phrase, undo a `before:` cue ("helps the board [to] monitor");
   * just after a predicate (over the skip words), undo it ("police said that [they] were unsure": their own work).
   */
  notBefore: Set<string>;
  /** The `after:` phrases hold only when an agency named earlier in the clause uses what they name. */
  usedBy: boolean;
  /** The role holds over a relative clause after the mention that makes it a verb's subject ("valued by schools, who say"). */
  holdsPastRelative: boolean;
  /** Stems of the words one of which must open a predicate's subject phrase (empty: any). */
  openedBy: Set<string>;
  /** Stems of the last words a mention must end with for the cue to read it (empty: any mention). */
  named: Set<string>;
  /** Stems of the words one of which must stand up to ONLY_NEAR_REACH words before the cue's phrase or governing word, or between that word and its preposition (empty: any). */
  onlyNear: Set<string>;
  /** Stems of the words one of which must stand in the mention's sentence or the one before it (sentenceHolds; empty: any sentence). */
  inSentence: Set<string>;
  /** Stems of the words none of which may stand in the mention's own sentence (sentenceHolds; empty: any sentence). */
  notInSentence: Set<string>;
  /** Stems of the words none of which may head the mention's sentence's opening subject (openingSubjectHead; empty: any subject). */
  notSubjects: Set<string>;
  /** Stems of the words one of which must head the one the mention's act is done to, or of a word and the head after it, space-joined (actedOnHead; empty: not read). */
  actedOn: Set<string>;
  /** Stems of the words one of which must be the head of the noun phrase after a `before:` phrase or a predicate (objectHead; empty: any). */
  objectHeads: Set<string>;
  /** Stems of the words none of which may stand where an only-near word would (empty: none). */
  notNear: Set<string>;
  /** `forms: exact`: the before: phrases, only-near and not-near words are matched by their word forms (the sets above hold forms, not stems). */
  exactForms: boolean;
  /** Stems of the words none of which may be what the governing word governs (objectWordAt; empty: none). */
  notObject: Set<string>;
  /** The `before:` phrases and governing words hold only outside the subject of their clause's predicate (outsideSubject). */
  outsideSubject: boolean;
  /** A `before:` cue is undone for a mention in its clause's subject that a verb after it makes act (actingSubject). */
  actsAsSubject: boolean;
  /** Phrases that open the mention's sentence, not the text's first, by word forms (`first`: the first word's stem, for the index). */
  sentenceOpeners: Array<{ forms: string[]; first: string; text: string }>;
}

/** Items grouped by a key, each group in the items' order (so the first that fits is still the first written). */
function groupedBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function compileCue(cue: PassingCue, words: (phrase: string) => string[], stemOf: (word: string) => string): CompiledCue {
  const stems = (phrase: string) => words(phrase).map(stemOf);
  // single words by their stems, as the clause's tokens are read
  const stemSet = (list: string[]) => new Set(list.map((w) => stemOf(w.toLowerCase())));
  // only-near and not-near words by their forms or their stems, as the cue's phrases
  const nearKey = (word: string) => (cue.forms === 'exact' ? word.toLowerCase() : stemOf(word.toLowerCase()));
  const before = cue.before
    .map((phrase) => {
      const [far, near] = phrase.includes('...') ? phrase.split('...', 2) : ['', phrase];
      const exact = cue.forms === 'exact';
      return { near: stems(near!), far: stems(far!), nearForms: exact ? words(near!) : null, farForms: exact ? words(far!) : null, text: phrase };
    })
    .filter((c) => c.near.length > 0);
  const after = cue.after.map((phrase) => ({ stems: stems(phrase), first: phrase.toLowerCase().match(/[\p{L}\p{N}]+/u)?.[0] ?? '', text: phrase })).filter((c) => c.stems.length > 0);
  return {
    role: cue.role,
    limitedTo: cue.themes.length + cue.agencies.length > 0 ? new Set([...cue.themes, ...cue.agencies]) : null,
    before: groupedBy(before, (c) => c.near.at(-1)!),
    after: groupedBy(after, (c) => c.stems[0]!),
    skip: stemSet(cue.skip),
    prepositions: stemSet(cue.prepositions),
    // One word each; a hyphenated head ("co-locate") by its last part.
    heads: new Set(cue.heads.map((w) => stems(w).at(-1)!).filter(Boolean)),
    within: cue.within,
    predicates: cue.predicates
      .map((phrase) => {
        const [first, then] = phrase.includes('...') ? phrase.split('...', 2) : [phrase, ''];
        return { first: stems(first!), firstForms: words(first!), then: stems(then!), thenForms: words(then!), text: phrase };
      })
      .filter((c) => c.first.length > 0),
    subjects: new Set(cue.subjects.map((w) => stems(w).at(-1)!).filter(Boolean)),
    notAfter: stemSet(cue.notAfter),
    endsPhrase: cue.endsPhrase,
    notBefore: stemSet(cue.notBefore),
    usedBy: cue.usedBy,
    holdsPastRelative: cue.holdsPastRelative,
    openedBy: stemSet(cue.openedBy),
    named: stemSet(cue.named),
    onlyNear: new Set(cue.onlyNear.map(nearKey)),
    inSentence: stemSet(cue.inSentence),
    notInSentence: stemSet(cue.notInSentence),
    notSubjects: stemSet(cue.notSubjects),
    // a head word's stem, or the word before it and the head's, by stem, space-joined ("young people")
    actedOn: new Set(cue.actedOn.map((w) => stems(w.toLowerCase()).join(' '))),
    objectHeads: stemSet(cue.objectHeads),
    notNear: new Set(cue.notNear.map(nearKey)),
    exactForms: cue.forms === 'exact',
    notObject: stemSet(cue.notObject),
    outsideSubject: cue.outsideSubject,
    actsAsSubject: cue.actsAsSubject,
    sentenceOpeners: cue.sentenceOpeners.map((phrase) => ({ forms: words(phrase), first: stems(phrase)[0] ?? '', text: phrase })).filter((c) => c.forms.length > 0),
  };
}

/**
 * The words without one of which a cue gives no role and no note anywhere in a text: each read of
 * passingRole starts from a word of its cue (a before: phrase's last word, an after: phrase's first,
 * a predicate's first, a preposition that a governing word may head). A text with none of a cue's
 * words skips it for every mention, with the same results (the tagger indexes cues by these words).
 */
export function cueWords(cue: CompiledCue): string[] {
  return [...cue.before.keys(), ...cue.after.keys(), ...cue.predicates.map((p) => p.first[0]!), ...(cue.heads.size > 0 ? cue.prepositions : []), ...cue.sentenceOpeners.map((o) => o.first), ...(cue.actedOn.size > 0 ? cue.named : [])];
}

/** The longest of some words (the rarest, as a rule: "referred" of "referred to", "sought" of "is ... sought"). */
const longest = (words: string[]): string => words.reduce((most, word) => (word.length > most.length ? word : most), '');

/**
 * One form of a cue, and a word without which it does not stand: `key`, a stem of the clause's (`byForm` false) or a
 * word form as written (`byForm` true). Its words are stems (`lastStem`, `near`, `far`, `firstStem`, `stems`, `head`,
 * `prepositions`) but a predicate's and an opener's, word forms as written (`firstForms`, `thenForms`, `wordForms`). Plain
 * data, as the tagger's other parts are (the compiled rules are checked equal to the YAML's, tagger and all, at
 * `npm run build`).
 */
export type CueForm = { key: string } & (
  | { kind: 'before'; byForm: false; lastStem: string; near: string[]; far: string[] }
  | { kind: 'after'; byForm: false; firstStem: string; stems: string[] }
  | { kind: 'predicate'; byForm: true; firstForms: string[]; thenForms: string[] }
  | { kind: 'head'; byForm: false; head: string; prepositions: Set<string> }
  | { kind: 'opener'; byForm: true; wordForms: string[] }
  | { kind: 'act'; byForm: false; stem: string }
);

/**
 * A cue's forms, each whole: a before: phrase (its far part too), an after: phrase, a predicate (both parts), a
 * governing word with one of its prepositions, a sentence opener. Every reading that gives a mention the cue's role
 * needs one to stand in its clause (cueEndingBefore, afterPhraseAt, predicateEnd, governingHead and governedAfter,
 * openerIn; relativeVerb's predicateAt too), so a clause without one gives no mention that role; finer than cueWords,
 * which holds one word of each form and, for notes (infinitiveNote), a preposition without its head. Each is keyed by
 * the longest of its words (a predicate and an opener by their forms as written, which they are matched by), every
 * head of a governing word by itself: the tagger indexes the forms by these keys, so that a text's words look at
 * only the forms they can complete (a cue looked at whole, form by form, was a tenth of warm tagging: helper 12at).
 */
export function cueForms(cue: CompiledCue): CueForm[] {
  const formsOfCue: CueForm[] = [];
  for (const [lastStem, phrases] of cue.before) {
    for (const { near, far } of phrases) formsOfCue.push({ key: longest([lastStem, ...near, ...far]), kind: 'before', byForm: false, lastStem, near, far });
  }
  for (const [firstStem, phrases] of cue.after) {
    for (const { stems } of phrases) formsOfCue.push({ key: longest([firstStem, ...stems]), kind: 'after', byForm: false, firstStem, stems });
  }
  for (const { firstForms, thenForms } of cue.predicates) formsOfCue.push({ key: longest([...firstForms, ...thenForms]), kind: 'predicate', byForm: true, firstForms, thenForms });
  for (const head of cue.heads) formsOfCue.push({ key: head, kind: 'head', byForm: false, head, prepositions: cue.prepositions });
  for (const { forms: wordForms } of cue.sentenceOpeners) formsOfCue.push({ key: longest(wordForms), kind: 'opener', byForm: true, wordForms });
  // an acted-on cue's named acts, each alone (actedOnHead reads the one it is done to)
  if (cue.actedOn.size > 0) for (const stem of cue.named) formsOfCue.push({ key: stem, kind: 'act', byForm: false, stem });
  return formsOfCue;
}


/** A kind's cue forms by their keys (CueForm's `key`, a stem or a word form as written; never empty, compiledCues checks). */
export interface FormIndex {
  byStem: Map<string, IndexedForm[]>;
  byForm: Map<string, IndexedForm[]>;
}

/** A cue's form, with the cue's place in the tagger's `passing`. */
export interface IndexedForm {
  cue: number;
  form: CueForm;
}

/** The passing cues compiled and indexed: the tagger's `passing`, `cueIndex` and `formIndex` (src/tag/match.ts). */
export interface CompiledCues {
  passing: Record<TagKind, CompiledCue[]>;
  /** Each word that can set off a passing cue (cueWords), with the cues it sets off, by their place in `passing`. */
  cueIndex: Record<TagKind, Map<string, number[]>>;
  /** The cues' forms by a word of each (cueForms), with the cue of each by its place in `passing`: for a reading without notes (cuesIn's `formsIn`). */
  formIndex: Record<TagKind, FormIndex>;
}

/**
 * The theme files' `aside` cue (a passing cue of role aside), which compileAside compiles, not compiledCues: the one kind
 * of passing cue the compiled rules keep as written (src/rules.ts), the others kept compiled (plainCues).
 */
export const isAsideCue = (cue: PassingCue): boolean => cue.kind === 'theme' && cue.role === 'aside';

/**
 * The agency and theme cues (not the theme files' `aside` cue: compileAside's) compiled, with their indexes; or, given
 * `plain` (plainCues' of these cues, as the compiled rules keep them), those made back into cues and indexed.
 */
export function compiledCues(passing: PassingCue[], words: (phrase: string) => string[], stemOf: (word: string) => string, plain?: Record<TagKind, PlainCue[]>): CompiledCues {
  const cues: CompiledCues = {
    passing: plain
      ? { agency: plain.agency.map(cueFromPlain), theme: plain.theme.map(cueFromPlain) }
      : {
          agency: passing.filter((cue) => cue.kind === 'agency').map((cue) => compileCue(cue, words, stemOf)),
          theme: passing.filter((cue) => cue.kind === 'theme' && !isAsideCue(cue)).map((cue) => compileCue(cue, words, stemOf)),
        },
    cueIndex: { agency: new Map(), theme: new Map() },
    formIndex: { agency: { byStem: new Map(), byForm: new Map() }, theme: { byStem: new Map(), byForm: new Map() } },
  };
  // Each list pushed to, not copied at each cue (a copy a cue was about a third of the index's cold cost).
  const listIn = <T>(map: Map<string, T[]>, key: string): T[] => {
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    return list;
  };
  for (const kind of ['agency', 'theme'] as const) {
    cues.passing[kind].forEach((cue, c) => {
      for (const word of new Set(cueWords(cue))) listIn(cues.cueIndex[kind], word).push(c);
      const index = cues.formIndex[kind];
      for (const form of cueForms(cue)) {
        // A form with no word would be looked up by none and never found: no form is made without one (cueForms).
        if (form.key === '') throw new Error(`a ${form.kind} form of a passing cue (role ${cue.role}) has no word to index it by`);
        listIn(form.byForm ? index.byForm : index.byStem, form.key).push({ cue: c, form });
      }
    });
  }
  return cues;
}

/** A compiled cue as JSON keeps it: its sets as arrays, its maps as arrays of their entries. */
export type PlainCue = { [K in keyof CompiledCue]: CompiledCue[K] extends Map<string, infer V> ? Array<[string, V]> : CompiledCue[K] extends Set<string> | null ? Exclude<CompiledCue[K], Set<string>> | string[] : CompiledCue[K] };

/** The fields of a CompiledCue that are sets (limitedTo may be null), and those that are maps. */
const SET_FIELDS = ['limitedTo', 'skip', 'prepositions', 'heads', 'subjects', 'notAfter', 'notBefore', 'openedBy', 'named', 'onlyNear', 'inSentence', 'notInSentence', 'notSubjects', 'actedOn', 'objectHeads', 'notNear', 'notObject'] as const;
const MAP_FIELDS = ['before', 'after'] as const;

/**
 * The compiled cues as plain data, for the compiled rules (src/rules.ts): reading them back (cueFromPlain) is about a
 * fifth of compiling them (no phrase split into words, no stem looked up), and names no field to revive in the
 * compiled form's list (whose 2,200 paths, had the cues' sets been tagged one by one, cost more to read than they saved).
 */
export function plainCues(passing: Record<TagKind, CompiledCue[]>): Record<TagKind, PlainCue[]> {
  const plain = (cue: CompiledCue): PlainCue => {
    const fields: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(cue)) {
      const listed = (list: readonly string[]) => {
        // A set or map the list does not name would come back as an array: the build stops (writeCompiledRules) rather than write it.
        if (!list.includes(key)) throw new Error(`a compiled cue's ${key} is a ${value instanceof Set ? 'set' : 'map'} that cueFromPlain does not make back`);
        return [...(value as Set<string> | Map<string, unknown>)];
      };
      fields[key] = value instanceof Set ? listed(SET_FIELDS) : value instanceof Map ? listed(MAP_FIELDS) : value;
    }
    return fields as PlainCue;
  };
  return { agency: passing.agency.map(plain), theme: passing.theme.map(plain) };
}

/** A cue from its plain form (plainCues'). */
function cueFromPlain(plain: PlainCue): CompiledCue {
  const cue: Record<string, unknown> = { ...plain };
  for (const key of SET_FIELDS) cue[key] = plain[key] && new Set(plain[key]);
  for (const key of MAP_FIELDS) cue[key] = new Map(plain[key] as Array<[string, unknown]>);
  return cue as unknown as CompiledCue;
}

/**
 * Cues with the same skip words made to share one set, by which the role layer remembers its list walks (Mentions):
 * done to the cues as compiled and as the compiled rules give them back (where JSON made each set its own).
 */
export function shareSkipSets(passing: Record<TagKind, CompiledCue[]>): void {
  const skips = new Map<string, Set<string>>();
  for (const cue of [...passing.agency, ...passing.theme]) {
    const key = [...cue.skip].sort().join(' ');
    cue.skip = skips.get(key) ?? cue.skip;
    skips.set(key, cue.skip);
  }
}
