import { describe, expect, it } from 'vitest';
import { capIssues, collectIssues, makeIssue, MAX_ISSUES, type Issue } from '../../src/model/issue.js';

const issue = (n: number): Issue => makeIssue('level.out_of_range', ['levels', String(n)], { id: `i${n}`, en: `e${n}` });
const many = (count: number): Issue[] => Array.from({ length: count }, (_, n) => issue(n));

describe('capIssues', () => {
  it('returns a list within the cap as it is', () => {
    const list = many(MAX_ISSUES);
    expect(capIssues(list)).toBe(list);
  });

  it('keeps the first 1,000 and adds one issue saying how many more there were', () => {
    const capped = capIssues(many(MAX_ISSUES + 5));
    expect(capped).toHaveLength(MAX_ISSUES + 1);
    expect(capped[MAX_ISSUES - 1]).toEqual(issue(MAX_ISSUES - 1));
    expect(capped.at(-1)).toEqual({
      code: 'issues.truncated',
      path: [],
      message: { id: '5 masalah lain tidak ditampilkan (hanya 1000 yang pertama).', en: '5 more issues are not shown (only the first 1000).' },
      expected: 'at most 1000 issues',
      received: '5',
    });
  });

  it('capping a capped list, or capped lists joined, keeps the count of hidden issues', () => {
    const once = capIssues(many(12), 10);
    expect(capIssues(once, 10)).toEqual(once);
    const joined = capIssues([...capIssues(many(12), 10), ...capIssues(many(13), 10)], 10);
    expect(joined).toHaveLength(11);
    expect(joined.at(-1)?.received).toBe(String(2 + 3 + 10));
  });
});

describe('collectIssues', () => {
  it('keeps at most the cap while counting every issue pushed', () => {
    const issues = collectIssues(3);
    for (let n = 0; n < 100_000; n++) issues.push(issue(n));
    expect(issues.length).toBe(100_000);
    expect(issues.issues().map((i) => i.code)).toEqual(['level.out_of_range', 'level.out_of_range', 'level.out_of_range', 'issues.truncated']);
    expect(issues.issues().at(-1)?.received).toBe('99997');
  });

  it('within the cap it returns exactly what was pushed', () => {
    const issues = collectIssues();
    issues.push(issue(1));
    expect(issues.issues()).toEqual([issue(1)]);
    expect(collectIssues().issues()).toEqual([]);
  });
});
