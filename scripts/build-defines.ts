import { readFileSync } from 'node:fs';
import { checksumOf } from '../src/catalogue/checksum.js';
import { definition as definition52018 } from '../src/catalogues/permenpanrb-5-2018/definition.js';
import { definition as definition592020 } from '../src/catalogues/permenpanrb-59-2020/definition.js';
import { definition as definition82026 } from '../src/catalogues/permenpanrb-8-2026/definition.js';

/*
 * What every build of the library's code puts in place of its build-time names (esbuild's
 * `define`): tsup.config.ts, scripts/build-workbench.ts and scripts/size-breakdown.ts. The
 * version, and each built-in catalogue's checksum, computed here by checksumOf from the
 * definition the catalogue is assembled from: importing a built-in then neither hashes its
 * definition nor carries the checksum writer into a browser bundle (0.32 kB gzipped of the score
 * entry). Run from source (the tests), the catalogues compute their checksums themselves, and
 * test/catalogues/built-checksums.test.ts compares the built ones with those.
 */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

export const buildDefines: Record<string, string> = {
  __SPBE_VERSION__: JSON.stringify(version),
  __SPBE_CHECKSUM_5_2018__: JSON.stringify(checksumOf(definition52018)),
  __SPBE_CHECKSUM_59_2020__: JSON.stringify(checksumOf(definition592020)),
  __SPBE_CHECKSUM_8_2026__: JSON.stringify(checksumOf(definition82026)),
};
