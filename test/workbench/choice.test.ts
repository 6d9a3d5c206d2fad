import { describe, expect, it } from 'vitest';
import { permenpanrb592020 } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import { chooseOneCatalogue } from '../../src/cli/catalogue-choice.js';
import { safeUnitsChoice } from '../../src/workbench/choice.js';
import { loadCityFiles } from '../../src/workbench/loading.js';
import { freshSession } from '../../src/workbench/session.js';
import type { Assessment } from '../../src/model/assessment.js';

/*
 * The catalogue line of the city report: the page asks the command's own chooseOneCatalogue, with
 * CSV units as the command sees them (naming nothing), and says "from --catalogue" when the
 * catalogue on screen is not the files' choice, as `spbe rollup --catalogue <id>` would.
 */
const json: Assessment = { agency: 'Bappeda', year: 2024, levels: { '1': 3 } };
const sheet: Assessment = { agency: 'bapenda', levels: { '1': 2 } };
const onScreen = { kind: 'year', year: 2024 } as const;

describe('the city catalogue choice, as spbe rollup makes it', () => {
  it('lets a CSV unit follow the JSON ones: the year of the JSON files, as the command says', () => {
    const city = { units: [sheet, json], csvUnits: ['bapenda'] };
    const chosen = safeUnitsChoice(permenpanrb592020, onScreen, city);
    expect(chosen).toEqual({ success: true, output: { catalogue: permenpanrb592020, source: 'year', year: 2024 } });
    expect(chooseOneCatalogue(undefined, [['bapenda.csv', { csv: new Uint8Array() }], ['bappeda.json', { json }]])).toEqual({ catalogue: permenpanrb592020, source: 'year', year: 2024 });
    // Taken for a JSON file naming nothing, the sheet would have chosen the current instrument.
    expect(safeUnitsChoice(permenpanrb592020, onScreen, { units: [sheet, json], csvUnits: [] }).success).toBe(false);
  });

  it('refuses files that choose different catalogues with the command’s issue', () => {
    const chosen = safeUnitsChoice(permenpanrb592020, onScreen, { units: [json, { agency: 'Dinkes', year: 2026, levels: {} }], csvUnits: [] });
    expect(chosen.success ? [] : chosen.issues.map((issue) => issue.code)).toEqual(['input.catalogues_differ']);
  });

  it('says "from --catalogue" for a catalogue of one’s own, or a built-in one on screen other than the files’ choice', () => {
    expect(safeUnitsChoice(permenpanrb82026, onScreen, { units: [json], csvUnits: [] })).toEqual({ success: true, output: { catalogue: permenpanrb82026, source: 'flag' } });
    expect(safeUnitsChoice(permenpanrb592020, { kind: 'custom', name: 'x.json', definition: {} }, { units: [json], csvUnits: [] })).toEqual({ success: true, output: { catalogue: permenpanrb592020, source: 'flag' } });
  });

  it('gives the default for CSV sheets alone when the current instrument is on screen', () => {
    expect(safeUnitsChoice(permenpanrb82026, { kind: 'year', year: 2026 }, { units: [sheet], csvUnits: ['bapenda'] })).toEqual({ success: true, output: { catalogue: permenpanrb82026, source: 'default' } });
  });
});

describe('the city files choose the catalogue on screen', () => {
  const csvFile = (name: string): File => new File(['Indikator;Tingkat\n1;3\n'], name, { type: 'text/csv' });
  const jsonFile = (name: string, value: object): File => new File([JSON.stringify(value)], name, { type: 'application/json' });

  it('takes the catalogue the JSON files choose, a CSV dropped first following them', async () => {
    const session = freshSession(2026, 'id');
    await loadCityFiles(session, [csvFile('bapenda.csv'), jsonFile('bappeda.json', json)]);
    expect(session.state.source).toEqual({ kind: 'year', year: 2024 });
    expect(session.state.city.csvUnits).toEqual(['bapenda']);
    expect(session.state.city.units.map((unit) => unit.agency)).toEqual(['bapenda', 'Bappeda']);
  });

  it('takes the current instrument for files that name no catalogue or year, as spbe rollup does without --catalogue', async () => {
    const session = freshSession(2024, 'id');
    await loadCityFiles(session, [csvFile('bapenda.csv'), jsonFile('dinkes.json', { agency: 'Dinkes', levels: { '1': 2 } })]);
    const command = chooseOneCatalogue(undefined, [['bapenda.csv', { csv: new Uint8Array() }], ['dinkes.json', { json: { agency: 'Dinkes', levels: { '1': 2 } } }]]);
    expect(command).toEqual({ catalogue: permenpanrb82026, source: 'default' });
    expect(session.state.source).toEqual({ kind: 'year', year: 2026 });
    expect(safeUnitsChoice(permenpanrb82026, session.state.source, session.state.city)).toEqual({ success: true, output: command });
  });

  it('keeps a catalogue of one’s own, as --catalogue <file>, and the screen when only a responsibilities file comes', async () => {
    const own = freshSession(2024, 'id');
    own.state = { ...own.state, source: { kind: 'custom', name: 'x.json', definition: {} } };
    await loadCityFiles(own, [csvFile('bapenda.csv')]);
    expect(own.state.source).toEqual({ kind: 'custom', name: 'x.json', definition: {} });
    const alone = freshSession(2024, 'id');
    await loadCityFiles(alone, [jsonFile('tanggung-jawab.json', { indicators: { '1': { owners: ['Bappeda'] } } })]);
    expect(alone.state.source).toEqual({ kind: 'year', year: 2024 });
  });
});
