import { resolveCatalogue } from '../catalogues.js';
import { UsageError } from '../errors.js';
import { helpText } from '../help.js';
import type { CliIo } from '../io.js';
import { choice, FORMATS, language, parseCommand, positionals, stringOption } from '../options.js';
import { emit } from '../output.js';
import { renderResult, SCORING_OPTIONS, scoreFile, scoreOptions } from './score.js';

/** `spbe report`: the HTML report (or another format) of one assessment, with extras. */
export async function reportCommand(io: CliIo, argv: readonly string[]): Promise<number> {
  const parsed = parseCommand(argv, { ...SCORING_OPTIONS, previous: { type: 'string' } });
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
  const options = scoreOptions(parsed.values);
  const catalogue = await resolveCatalogue(io, stringOption(parsed.values, 'catalogue'));
  const result = await scoreFile(io, catalogue, file as string, options);
  const previousFile = stringOption(parsed.values, 'previous');
  const previous = previousFile === undefined ? undefined : await scoreFile(io, catalogue, previousFile, options);
  const text = renderResult(catalogue, result, format, lang, true, previous ? { previous } : {});
  await emit(io, out, text);
  return 0;
}
