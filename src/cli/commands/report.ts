import { safeCompare } from '../../analysis/compare.js';
import { safePlan } from '../../analysis/plan/plan.js';
import type { HtmlExtras } from '../../report/html.js';
import { resolveCatalogue } from '../catalogues.js';
import { InputIssues, UsageError } from '../errors.js';
import { helpText } from '../help.js';
import type { CliIo } from '../io.js';
import { choice, FORMATS, language, parseCommand, positionals, stringOption } from '../options.js';
import { emit } from '../output.js';
import { loadCosts, parseTargets } from '../plan-input.js';
import { renderResult, SCORING_OPTIONS, scoreFile, scoreOptions } from './score.js';

/** `spbe report`: the HTML report of one assessment, with the comparison and the plan when asked. */
export async function reportCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = parseCommand(argv, {
    ...SCORING_OPTIONS,
    previous: { type: 'string' },
    target: { type: 'string', multiple: true },
    costs: { type: 'string' },
  });
  const lang = language(parsed.values);
  if (parsed.values['help'] === true) {
    io.stdout(helpText('report', lang));
    return 0;
  }
  const [file] = positionals(parsed, 1, 1, 'spbe report <file> --out report.html');
  const out = stringOption(parsed.values, 'out');
  if (out === undefined) {
    throw new UsageError({
      id: 'spbe report membutuhkan --out <berkas.html> (atau --out - untuk stdout).',
      en: 'spbe report needs --out <file.html> (or --out - for stdout).',
    });
  }
  const format = choice(parsed.values, 'format', FORMATS, 'html');
  const targets = (parsed.values['target'] as unknown as string[] | undefined) ?? [];
  const costsFile = stringOption(parsed.values, 'costs');
  if (costsFile !== undefined && targets.length === 0) {
    throw new UsageError({ id: '--costs hanya berlaku bersama --target.', en: '--costs only applies together with --target.' });
  }
  const target = targets.length > 0 ? parseTargets(targets) : undefined;
  const options = scoreOptions(parsed.values);
  const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const result = await scoreFile(io, catalogue, file as string, options, lang);

  const extras: { -readonly [K in keyof HtmlExtras]: HtmlExtras[K] } = {};
  const previousFile = stringOption(parsed.values, 'previous');
  if (previousFile !== undefined) {
    const previous = await scoreFile(io, catalogue, previousFile, options, lang);
    const comparison = safeCompare(previous, result);
    if (!comparison.success) throw new InputIssues(comparison.issues);
    extras.comparison = comparison.output;
  }
  if (target !== undefined) {
    const planned = safePlan(catalogue, result, target, await loadCosts(io, costsFile));
    if (!planned.success) throw new InputIssues(planned.issues);
    extras.plan = planned.output;
  }
  await emit(io, out, renderResult(catalogue, result, format, lang, true, extras));
  return 0;
}
