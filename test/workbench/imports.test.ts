import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './browser.js';

/*
 * What the page is built from, as docs/workbench.md says: the library's public entries, three of
 * its internal functions, and the modules of the command that write the downloads and choose the
 * catalogue, none of which reaches Node. Read from the sources' import lines (value imports; a
 * type import leaves nothing in the bundle).
 */
const src = join(root, 'src');
const workbench = join(src, 'workbench');
const IMPORT = /^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gmu;

/** The value imports of one source file: relative ones as paths under src, others as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((match) => {
    const spec = match[1] as string;
    return spec.startsWith('.') ? relative(src, resolve(dirname(file), spec)).replace(/\.js$/u, '.ts') : spec;
  });
}

const ownFiles = readdirSync(workbench).filter((name) => name.endsWith('.ts')).map((name) => join(workbench, name));

describe('what the workbench page is built from', () => {
  it('imports from the library exactly its public entries, indexName, percentText and readPlanOptions, and the command\'s result-output, catalogue-choice and errors', () => {
    const outside = new Set(ownFiles.flatMap(importsOf).filter((path) => !path.startsWith('workbench/')));
    expect([...outside].sort()).toEqual([
      'analysis.ts',
      'analysis/plan/plan-options.ts',
      'catalogues/index.ts',
      'cli/catalogue-choice.ts',
      'cli/errors.ts',
      'cli/result-output.ts',
      'csv.ts',
      'index.ts',
      'report.ts',
      'report/band-notes.ts',
      'report/labels.ts',
    ]);
    // The three internal ones are for one function each.
    const internal = ownFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
    expect([...internal.matchAll(/^import \{ ([^}]+) \} from '\.\.\/(?:report\/labels|report\/band-notes|analysis\/plan\/plan-options)\.js';$/gmu)].map((match) => match[1]).sort()).toEqual(['indexName', 'percentText', 'readPlanOptions']);
  });

  it('reaches no Node module through the command\'s modules it imports', () => {
    const seen = new Set<string>();
    const pending = ['cli/result-output.ts', 'cli/catalogue-choice.ts', 'cli/errors.ts'];
    const external = new Set<string>();
    while (pending.length > 0) {
      const path = pending.pop() as string;
      if (seen.has(path)) continue;
      seen.add(path);
      for (const spec of importsOf(join(src, path))) {
        if (spec.endsWith('.ts')) pending.push(spec);
        else external.add(spec);
      }
    }
    expect([...seen].filter((path) => path.startsWith('cli/')).length).toBeGreaterThan(3);
    const node = [...external].filter((spec) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0] as string));
    expect(node).toEqual([]);
    expect([...external].filter((spec) => spec === 'exceljs')).toEqual([]);
  });
});
