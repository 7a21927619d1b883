import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules.js';
import { tagText } from '../src/tag/match.js';

// Theme readings kept at the sixty-fourth step (issue 9, helper 9fi), each on sentences written for this test, none from a
// letter or a gold set. Each carried leaving one sealed set out over r7-r33 (tests/theme-recall-carry.mjs --candidate), with
// its gains in three sets or more. Shown failing once on the rules before them (04626214): every match case failed.
const tagger = defaultRules().tagger;
const themes = (text: string) => tagText(tagger, text).themes.map((tag) => tag.path[0]);

describe('voice of the child: what the child said or saw, children who told inspectors, a child giving an account', () => {
  it.each([
    'The children were at the address, yet the sergeant wrote little of what they heard.',
    'Pupils who spoke to inspectors valued the drop-in at the library.',
    'The clinic helps teenagers to give their account once, with a trusted adult beside them.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('voice-of-the-child');
  });
  it('not an adult service telling what they saw, with no child before it', () => {
    expect(themes('Paramedics pass on what they saw in the flat to the duty sergeant.')).not.toContain('voice-of-the-child');
  });
  it('not parents repeating their story', () => {
    expect(themes('Parents repeat their story to each new receptionist.')).not.toContain('voice-of-the-child');
  });
});

describe('family engagement: parents with a learning disability, parents who understand the concerns, parents kept up to date', () => {
  it.each([
    'Parents with a learning disability receive letters in pictures and plain words.',
    'Few mothers fully understand the concerns raised at the meeting.',
    'Families are seldom kept up to date while the investigation drags on.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('family-engagement');
  });
});

describe('risk assessment: who looks after the children during a parent\'s crisis; repeated tests on a child', () => {
  it.each([
    'Ward nurses rarely ask who is looking after the children when a mother is admitted.',
    'A girl underwent repeated blood tests at two clinics before anyone questioned the pattern.',
  ])('%s', (text) => {
    expect(themes(text)).toContain('risk-assessment');
  });
});
