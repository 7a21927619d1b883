import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Where a passing cue's phrase stops (reviewer rv15). An `after:` phrase that owns the word after it
// ("with children's services", "with parents' groups") names the owner of the one worked with, not
// the one worked with: joint working's partner cue ("work closely with families") must not make an
// agency partner passing (9ak). A cue that reads its object's head (object-heads: "sits on" a board)
// names in passing a mention listed after that object only where the mention's own phrase is such a
// body too: "sits on the board and the police chair it" is no seat on the police (9aj's venue cue).
// The body sat on reads past an "and" inside its name ("the police and crime panel"), and a word after
// the seat's "and" that opens no body is a verb joined to it ("and share intelligence", 9al).
const tagger = defaultRules().tagger;
const JOINT: ['themes', string] = ['themes', 'joint-working'];
const POLICE: ['agencies', string] = ['agencies', 'police'];

describe('a passing cue phrase before an owner, or before a list', () => {
  it.each([
    ["School nurses work closely with children's services to share what they know.", JOINT, true],
    ['Health visitors work closely with children’s services when a baby is hurt.', JOINT, true],
    ["GPs work closely with young people's services so that nothing is lost.", JOINT, true],
    ["Midwives work closely with the children's centre staff every week.", JOINT, true],
    ["Police officers work closely with parents' support groups run by the charity.", JOINT, true],
    // the family as the partner, still
    ['Youth workers on the estate work closely with families who have just arrived.', JOINT, false],
    ['Midwives work closely with mothers of premature babies after they go home.', JOINT, false],
    ['A nurse sits on the board and the police chair it badly.', POLICE, true],
    ['The GP sits on the panel and the police rarely attend it.', POLICE, true],
    ['Teachers sit on the LSCB and the police still miss its meetings.', POLICE, true],
    ['A midwife sat on the panel but the police did not.', POLICE, true],
    ['Health visitors sit on the forum and the police lead it well.', POLICE, true],
    // the mention's phrase a body sat on, or its owner
    ['A nurse sits on the LSCB and the police board.', POLICE, false],
    ["A senior social worker sits on the police's strategic exploitation board.", POLICE, false],
    // past a quantity's "of", as the member cue reads it (objectHead)
    ['A nurse sits on a number of police boards.', POLICE, false],
    ["A nurse sits on several of the police's boards.", POLICE, false],
    ['A nurse sits on numbers of police boards across the county.', POLICE, false],
    ['The designated doctor sits on a range of police panels.', POLICE, false],
    // a word after the seat's "and" that may be a noun is a verb when it opens no body sat on (9al)
    ['Police officers sit on the MACE panel and share intelligence.', POLICE, true],
    ['The police sit on the panel and then share intelligence.', POLICE, true],
    ['Officers sit on the exploitation panel and check records daily.', POLICE, true],
    ['The police sit on the panel and support families well.', POLICE, true],
    ['The police sit on the panel and support groups.', POLICE, false],
    ['The police sit on the panel and support needs are met.', POLICE, false],
    // an "and" inside a body's name, and a quantity's "each of", do not end the body sat on (9al)
    ['The police sit on the police and crime panel.', POLICE, false],
    ['The police sit on the health and wellbeing board.', POLICE, false],
    ['A nurse sits on the police and crime panel.', POLICE, false],
    ["The police sit on each of the board's sub-groups.", POLICE, false],
    ['The police sit on the police and crime panel and share intelligence.', POLICE, true],
    ["The police sit on each of the board's sub-groups and share intelligence.", POLICE, true],
    ['The police sat on the referral and crime report for a week.', POLICE, true],
  ] as const)('%s %j counted: %s', (text, [kind, id], counted) => {
    expect(tagText(tagger, text)[kind].some((tag) => tag.path[0] === id)).toBe(counted);
  });
});
