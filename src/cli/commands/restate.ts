import { renderRestatementMarkdown, renderRestatementTable } from '../../report/restatement-text.js';
import { wrap } from '../../report/text-layout.js';
import { flagCatalogue, resolveCatalogue } from '../catalogues.js';
import { commandFlags, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { choice, positionals, stringOption, type Flags } from '../options.js';
import { emit, jsonText } from '../output.js';
import { restateFile } from '../restate-input.js';

const RESTATE_FORMATS = ['json', 'table', 'md'] as const;

/** `--mapping <file>`: also read by `score` and `report` for their estimate section. */
export const MAPPING_FLAG = {
  mapping: {
    type: 'string',
    value: { id: '<berkas>', en: '<file>' },
    help: {
      id: 'berkas pemetaan antarkatalog (mis. examples/mappings/59-2020-to-8-2026.json)',
      en: 'a mapping file between catalogues (e.g. examples/mappings/59-2020-to-8-2026.json)',
    },
  },
} as const satisfies Flags;

const RESTATE_FLAGS = {
  ...MAPPING_FLAG,
  to: {
    type: 'string',
    value: { id: '<id|berkas.json>', en: '<id|file.json>' },
    help: { id: 'katalog sasaran (bawaan: "to" pemetaan)', en: 'the target catalogue (default: the mapping\'s "to")' },
  },
} as const satisfies Flags;

/** The `--mapping` file, which `spbe restate` cannot do without. */
export function requiredMapping(values: Parameters<typeof stringOption>[0], usage: string): string {
  const file = stringOption(values, 'mapping');
  if (file === undefined) throw new UsageError({ id: `--mapping <berkas> wajib: ${usage}`, en: `--mapping <file> is required: ${usage}` });
  return file;
}

/**
 * `spbe restate <file> --mapping <file> [--to <catalogue>]`: an assessment or result restated as
 * an assessment of another catalogue. `json` (the default) writes the restated assessment, ready
 * for `spbe score`, and reports the provenance and every unmapped target on stderr; `table` and
 * `md` write that report instead.
 */
export const restateCommand: Command = {
  flags: commandFlags(RESTATE_FLAGS, RESTATE_FORMATS, 'json'),
  async run(io, parsed, lang) {
    const usage = 'spbe restate <file> --mapping <file> [--to <catalogue>]';
    const [file] = positionals(parsed, 1, 1, usage) as [string];
    const mappingFile = requiredMapping(parsed.values, usage);
    const format = choice<(typeof RESTATE_FORMATS)[number]>(parsed.values, 'format', 'json');
    const catalogue = await flagCatalogue(io, stringOption(parsed.values, 'catalogue'));
    const toSpec = stringOption(parsed.values, 'to');
    const to = toSpec === undefined ? undefined : await resolveCatalogue(io, toSpec);
    const { restatement, to: target, line } = await restateFile(io, file, mappingFile, { ...(catalogue ? { catalogue } : {}), ...(to ? { to } : {}) }, lang);
    const options = { lang, ...(target === undefined ? {} : { catalogue: target }) };
    const out = stringOption(parsed.values, 'out');
    if (format === 'json') {
      io.stderr(`${line}\n\n${renderRestatementTable(restatement, options)}`);
      if (!restatement.complete) {
        const next = out === undefined || out === '-' ? '<berkas>' : out;
        const hint =
          lang === 'id'
            ? `Penilaian ini parsial: isi indikator yang kosong, atau hitung perkiraannya dengan spbe score ${next} --missing partial.`
            : `This assessment is partial: fill in the empty indicators, or score the estimate with spbe score ${next === '<berkas>' ? '<file>' : next} --missing partial.`;
        io.stderr(`\n${wrap(hint).join('\n')}\n`);
      }
      await emit(io, out, jsonText(restatement.assessment));
      return 0;
    }
    const text = format === 'md' ? renderRestatementMarkdown(restatement, options) : renderRestatementTable(restatement, options);
    await emit(io, out, format === 'md' ? text.replace('\n', `\n\n${line}\n`) : `${line}\n\n${text}`);
    return 0;
  },
};
