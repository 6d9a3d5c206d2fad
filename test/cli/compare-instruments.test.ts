import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const SPBE = 'examples/kota-contoh-2024.json';
const PEMDI = 'examples/kota-contoh-2026.json';

describe('spbe compare across instruments (Indeks SPBE and Indeks Pemdi)', () => {
  it('refuses by default, saying the instruments differ and naming the flag, not the library option', async () => {
    const { code, stderr, stdout } = await cli(['compare', SPBE, PEMDI, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'after.meta.catalogue: permenpanrb-59-2020 measures the SPBE Index and permenpanrb-8-2026 the Digital Government Index: ' +
        'different instruments, not the same index; pass --allow-different-catalogues to compare only the index and its predikat.\n',
    );
    const id = await cli(['compare', SPBE, PEMDI]);
    expect(id.stderr).toContain('instrumen berbeda, bukan indeks yang sama; gunakan --allow-different-catalogues');
  });

  it('--allow-different-catalogues compares the index and predikat only and says the instruments differ', async () => {
    const table = await cli(['compare', SPBE, PEMDI, '--allow-different-catalogues', '--lang', 'en']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('3.75 → 2.74  (-1.02)  Very good → Good');
    expect(table.stdout).toContain('Warning: the two results are different instruments (SPBE Index → Digital');
    expect(table.stdout).not.toContain('Indicators that changed');
    const md = await cli(['compare', SPBE, PEMDI, '--allow-different-catalogues', '--format', 'md']);
    expect(md.stdout).toContain('kedua hasil adalah instrumen yang berbeda (Indeks SPBE → Indeks Pemerintah Digital); hanya indeks dan predikatnya yang dibandingkan.');
    const json = await cli(['compare', SPBE, PEMDI, '--allow-different-catalogues', '--format', 'json']);
    const parsed = JSON.parse(json.stdout);
    expect(parsed.instruments.same).toBe(false);
    expect([parsed.instruments.before.id, parsed.instruments.after.id]).toEqual(['indeks-spbe', 'indeks-pemdi']);
    expect(parsed.index.after.exact).toBe('82087/30000');
    expect(parsed.groups).toEqual([]);
    expect(parsed.indicators).toEqual([]);
  });

  it('the self-assessment mode stays refused across instruments, even with the flag', async () => {
    const { code, stderr } = await cli(['compare', SPBE, PEMDI, '--allow-different-catalogues', '--self-assessment', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('both results must be of the same instrument');
  });

  it('one instrument needs no flag: the 2026 self-assessment against the assessor result', async () => {
    const { code, stdout } = await cli(['compare', 'examples/kota-contoh-2026-mandiri.json', PEMDI, '--self-assessment', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).not.toContain('different instruments');
  });
});
