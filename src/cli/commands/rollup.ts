import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { safeRollup } from '../../analysis/rollup/rollup.js';
import type { Assessment } from '../../model/assessment.js';
import type { Issue } from '../../model/issue.js';
import { renderRollupTable } from '../../report/rollup-text.js';
import { resolveCatalogue } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { InputIssues, UsageError } from '../errors.js';
import { FAIL_UNDER_FLAG } from '../fail-under.js';
import type { CliIo } from '../io.js';
import { fromFile, loadAssessment } from '../load-assessment.js';
import { choice, positionals, stringOption, type Flags, type Format } from '../options.js';
import { jsonText } from '../output.js';
import { DETAIL_FLAG, emitResult, renderResult, SCORING_FLAGS, scoreOptions } from './score.js';

const UNIT_EXTENSIONS = new Set(['.json', '.csv']);

/** The unit files: every .json/.csv file of each directory (sorted by name), and files as given. */
async function unitFiles(io: CliIo, args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    let info;
    try {
      info = await stat(resolve(io.cwd, arg));
    } catch {
      throw new UsageError({ id: `${arg} tidak ditemukan.`, en: `${arg} not found.` });
    }
    if (info.isDirectory()) {
      const names = (await readdir(resolve(io.cwd, arg))).filter((name) => UNIT_EXTENSIONS.has(extname(name).toLowerCase())).sort();
      files.push(...names.map((name) => join(arg, name)));
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) {
    throw new UsageError({ id: 'Tidak ada berkas .json atau .csv untuk dikonsolidasi.', en: 'No .json or .csv files to roll up.' });
  }
  return files;
}

const ROLLUP_FLAGS = {
  strategy: {
    type: 'string',
    choices: ['mean', 'median', 'min', 'max'],
    help: { id: 'cara menggabungkan tingkat per indikator (bawaan: mean)', en: 'how levels combine per indicator (default: mean)' },
  },
  name: { type: 'string', value: { id: '<instansi>', en: '<agency>' }, help: { id: 'nama instansi hasil konsolidasi', en: 'the consolidated agency\'s name' } },
  ...DETAIL_FLAG,
  na: SCORING_FLAGS.na,
  'allow-na': SCORING_FLAGS['allow-na'],
  'allow-zero': SCORING_FLAGS['allow-zero'],
  'fail-under': FAIL_UNDER_FLAG,
} as const satisfies Flags;

/** `spbe rollup <dir|files...>`: one city from its departments' assessments. */
export const rollupCommand: Command = {
  flags: commandFlags(ROLLUP_FLAGS),
  async run(io, parsed, lang) {
    const args = positionals(parsed, 1, Number.MAX_SAFE_INTEGER, 'spbe rollup <dir|files...> [--strategy mean|median|min|max]');
    const strategy = choice(parsed.values, 'strategy', 'mean');
    const format = choice<Format>(parsed.values, 'format', 'table');
    const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const files = await unitFiles(io, args);
    const assessments: Assessment[] = [];
    const issues: Issue[] = [];
    for (const file of files) {
      try {
        const read = (await loadAssessment(io, file, catalogue, lang)) as Assessment;
        // A unit without a name (a CSV, say) is named after its file, so issues and ranks say which.
        const named = typeof read === 'object' && read !== null && read.agency === undefined ? { ...read, agency: basename(file, extname(file)) } : read;
        assessments.push(named);
      } catch (error) {
        if (!(error instanceof InputIssues)) throw error;
        issues.push(...fromFile(file, error.issues));
      }
    }
    if (issues.length > 0) throw new InputIssues(issues);
    const name = stringOption(parsed.values, 'name');
    const { missing: _missing, ...score } = scoreOptions(parsed.values);
    const outcome = safeRollup(catalogue, assessments, { strategy, score, ...(name === undefined ? {} : { name }) });
    if (!outcome.success) {
      // Issue paths start with the unit's position: name its file instead.
      throw new InputIssues(
        outcome.issues.map((issue) => {
          const [first, ...rest] = issue.path;
          return typeof first === 'number' && files[first] !== undefined ? { ...issue, path: [files[first] as string, ...rest] } : issue;
        }),
      );
    }
    const rolled = outcome.output;
    const detail = parsed.values['detail'] === true;
    const text =
      format === 'json' ? jsonText(rolled) : format === 'table' ? renderRollupTable(rolled, { lang }) : renderResult(catalogue, rolled.consolidated, format, lang, detail);
    return emitResult(io, stringOption(parsed.values, 'out'), text, catalogue, rolled.consolidated, parsed.values, lang);
  },
};
