import { describe, expect, it } from 'vitest';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import type { Issue } from '../../src/model/issue.js';
import { safeScore, score } from '../../src/scoring/score.js';
import { uniformLevels } from '../helpers/assessments.js';

/* What `score` and `safeScore` refuse in their own arguments: unknown options, unknown ids in
 * options and notes, and a first argument that is not a catalogue. */

const complete = uniformLevels(catalogue, 3);

function issuesOf(assessment: unknown, options?: unknown): readonly Issue[] {
  return issuesWith(catalogue, assessment, options);
}

function issuesWith(first: unknown, assessment: unknown, options?: unknown): readonly Issue[] {
  const outcome = safeScore(first as typeof catalogue, assessment, options as never);
  if (outcome.success) throw new Error('expected issues');
  return outcome.issues;
}

describe('unknown option keys', () => {
  it('are issues with a "did you mean" when a known key is close', () => {
    const [issue, ...rest] = issuesOf({ levels: complete }, { predicatefrom: 'rounded' });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ code: 'options.unknown', path: ['options', 'predicatefrom'], received: '"predicatefrom"' });
    expect(issue!.message.en).toMatch(/did you mean "predicateFrom"\?/);
    expect(issue!.message.id).toMatch(/maksud Anda "predicateFrom"\?/);
  });

  it('name the known keys when none is close', () => {
    const [issue] = issuesOf({ levels: complete }, { colour: 'red' });
    expect(issue).toMatchObject({ code: 'options.unknown', path: ['options', 'colour'] });
    expect(issue!.message.en).not.toMatch(/did you mean/);
    expect(issue!.expected).toMatch(/^decimals \| rounding \| predicateFrom/);
  });

  it('are reported beside the other issues, and make score throw', () => {
    const issues = issuesOf({ levels: complete }, { decimal: 3, rounding: 'sideways' });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['options.unknown', ['options', 'decimal']],
      ['option.invalid', ['options', 'rounding']],
    ]);
    expect(issues[0]!.message.en).toMatch(/did you mean "decimals"\?/);
    expect(() => score(catalogue, { levels: complete }, { decimal: 3 } as never)).toThrow(/Unknown option "decimal"/);
  });

  it('treat "__proto__" given as data as an unknown key, never as a prototype', () => {
    const options = JSON.parse('{ "__proto__": { "decimals": 4 } }') as object;
    expect(issuesOf({ levels: complete }, options).map((issue) => [issue.code, issue.path])).toEqual([['options.unknown', ['options', '__proto__']]]);
  });

  it('read options as own properties only: an inherited option is not an option', () => {
    const inherited = Object.create({ decimals: 4, rounding: 'sideways' }) as object;
    expect(score(catalogue, { levels: complete }, inherited).meta.options.decimals).toBe(2);
  });
});

describe('unknown indicator ids in options and notes', () => {
  it('allowNotApplicable lists only indicators of the catalogue', () => {
    const issues = issuesOf({ levels: complete }, { allowNotApplicable: ['45', '99', 'x'] });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['indicator.unknown', ['options', 'allowNotApplicable', 1]],
      ['indicator.unknown', ['options', 'allowNotApplicable', 2]],
    ]);
    expect(issues[0]!.message.en).toMatch(/"99"/);
    expect(issues[0]!.message.id).toMatch(/"99"/);
  });

  it('notes are for indicators of the catalogue', () => {
    const issues = issuesOf({ levels: complete, notes: { '12': 'ok', '480': 'typo' } });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['indicator.unknown', ['notes', '480']]]);
    expect(issues[0]!.message.en).toMatch(/"480"/);
  });
});

describe('a first argument that is not a catalogue', () => {
  it.each([null, undefined, 3, 'permenpanrb-59-2020', {}, { indicators: [], groups: [] }])('%j is named as the problem, never thrown', (first) => {
    let issues: readonly Issue[] = [];
    expect(() => (issues = issuesWith(first, { levels: complete }))).not.toThrow();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'catalogue.invalid_type', path: ['catalogue'], expected: 'compiled catalogue' });
    expect(issues[0]!.message.en).toMatch(/catalogue/);
    expect(issues[0]!.message.id).toMatch(/katalog/);
  });

  it('score throws the same issue as an SpbeError', () => {
    expect(() => score(null as never, { levels: complete })).toThrow(/compiled catalogue/);
  });
});

describe('optional fields given as undefined', () => {
  it('score exactly as if they were left out', () => {
    const plain = score(catalogue, { levels: complete });
    const spelled = score(
      catalogue,
      { levels: complete, agency: undefined, year: undefined, note: undefined, notes: undefined },
      { decimals: undefined, rounding: undefined, predicateFrom: undefined, allowZero: undefined, missing: undefined, notApplicable: undefined, allowNotApplicable: undefined },
    );
    expect(spelled).toEqual(plain);
    expect(JSON.stringify(spelled)).toBe(JSON.stringify(plain));
  });
});
