import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOne } from '../src/run/batch.js';
import { fixture, jtai, tempDir } from './helpers.js';

// Real Ofsted inspection reports: same publisher and templates, but not JTAI letters.
const reports = readdirSync(fixture('not-letters')).filter((name) => name.endsWith('.pdf'));

describe('documents that are not JTAI letters', () => {
  it('has the five reports', () => expect(reports).toHaveLength(5));

  it.each(reports)('%s is recognised as not a JTAI letter, saying what it looks like', async (name) => {
    const outcome = await parseOne(fixture(`not-letters/${name}`));
    expect(outcome.status).toBe('not-a-letter');
    expect(outcome.message).toMatch(/its title reads "Inspection of .*", but it has neither a JTAI letter's title/);
  });

  it('writes no output file for one and exits 1', () => {
    const dir = tempDir();
    const out = join(dir, 'report.json');
    const run = jtai(['parse', `fixtures/not-letters/${reports[0]}`, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/not a JTAI letter/);
    // Nothing at all: no output, and no temporary file beside where it would have been.
    expect(readdirSync(dir)).toEqual([]);
  });
});
