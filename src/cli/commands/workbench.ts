import { readFile } from 'node:fs/promises';
import { commandFlags, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { EXIT } from '../io.js';
import { positionals, stringOption } from '../options.js';
import { emit } from '../output.js';

/**
 * The workbench page the build writes beside the command's bundle (dist/workbench.html next to
 * dist/cli.js). Read at run time, not bundled: the command stays small and the page is one file.
 */
const WORKBENCH_PAGE = new URL('./workbench.html', import.meta.url);

/** `spbe workbench`: writes the offline workbench page (one self-contained HTML file). */
export const workbenchCommand: Command = {
  flags: commandFlags({}, []),
  async run(io, parsed) {
    positionals(parsed, 0, 0, 'spbe workbench [-o workbench.html]');
    const page = await readFile(WORKBENCH_PAGE, 'utf8').catch(() => {
      throw new UsageError({
        id: `Halaman meja kerja tidak ditemukan (${WORKBENCH_PAGE.pathname}): jalankan "npm run build" lebih dulu.`,
        en: `The workbench page is missing (${WORKBENCH_PAGE.pathname}): run "npm run build" first.`,
      });
    });
    await emit(io, stringOption(parsed.values, 'out'), page);
    return EXIT.ok;
  },
};
