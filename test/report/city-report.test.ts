import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planCity } from '../../src/analysis/city/plan-city.js';
import { rollup } from '../../src/analysis/rollup/rollup.js';
import { permenpanrb52018 } from '../../src/catalogues/permenpanrb-5-2018/index.js';
import { permenpanrb592020 as catalogue } from '../../src/catalogues/permenpanrb-59-2020/index.js';
import { permenpanrb82026 } from '../../src/catalogues/permenpanrb-8-2026/index.js';
import type { Assessment, LevelInput } from '../../src/model/assessment.js';
import { renderCityHtml } from '../../src/report/city-html.js';
import { renderCityMarkdown, renderCityTable } from '../../src/report/city-text.js';
import { renderRollupTable } from '../../src/report/rollup-text.js';
import { renderCityPlanMarkdown, renderCityPlanTable } from '../../src/report/plan-city-text.js';
import { score } from '../../src/scoring/score.js';
import { exampleOpdAssessments } from '../helpers/assessments.js';
import { atZero, wideCatalogue } from '../helpers/wide-catalogue.js';

const read = (file: string): Assessment => JSON.parse(readFileSync(file, 'utf8')) as Assessment;
const units = exampleOpdAssessments('2024');
const city = rollup(catalogue, units, { minimumCoverage: '0.05', name: 'Kota Contoh' });
const cityPlan = planCity(catalogue, units, { index: '3.8' });
// An instrument change: 2018 under 5/2018, then 2023 under 59/2020, then this year.
const history = [
  { year: 2023, result: score(catalogue, read('examples/kota-contoh-2023.json')) },
  { year: 2018, result: score(permenpanrb52018, read('examples/kota-contoh-2018.json')) },
];

/** The values of an attribute on elements of a class, in document order. */
function attributes(html: string, element: string, className: string, attribute: string): string[] {
  const pattern = new RegExp(`<${element} class="[^"]*\\b${className}\\b[^"]*"[^>]*?\\b${attribute}="([^"]*)"`, 'gu');
  return [...html.matchAll(pattern)].map((match) => match[1] as string);
}

describe('the city report in HTML', () => {
  const html = renderCityHtml(catalogue, city, { lang: 'id', plan: cityPlan, history });

  it('is self-contained: a CSP that forbids scripts and fetching, and no script or link', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/<script|<link|src="http|url\(/u);
    expect(html).toContain('@page { size: A4 landscape;');
  });

  it('shows the consolidated index, its predikat and the margin to the next band', () => {
    expect(html).toContain(`<div class="index-value">${city.consolidated.index.value.replace('.', ',')}</div>`);
    expect(html).toContain(city.consolidated.index.predicate.label.id);
    expect(html).toMatch(/Ke predikat berikutnya<\/dt><dd>\+[0-9,()…]+ lagi ke [A-Z]/u);
  });

  it('ranks the units with their coverage and lists the units not ranked apart', () => {
    expect(city.unranked.length).toBeGreaterThan(0);
    const ranking = html.slice(html.indexOf('<table class="ranking">'), html.indexOf('</table>', html.indexOf('<table class="ranking">')));
    for (const unit of city.units) expect(ranking).toContain(unit.unit);
    for (const unit of city.unranked) {
      expect(ranking).not.toContain(unit.unit);
      expect(html.slice(html.indexOf('Unit yang tidak diperingkat'))).toContain(unit.unit);
    }
  });

  it('has a map cell with its level as a number for every unit and indicator, and the city row', () => {
    const body = html.slice(html.indexOf('<table class="heat"'), html.indexOf('</table>', html.indexOf('<table class="heat"')));
    const rows = body.split('<tr').slice(2);
    expect(rows).toHaveLength(units.length + 1);
    for (const row of rows) expect(row.match(/<td /gu)).toHaveLength(catalogue.indicators.length);
    const diskominfo = city.units.find((u) => u.unit === 'Diskominfo') as (typeof city.units)[number];
    const row = rows.find((r) => r.includes(diskominfo.unit)) as string;
    const cells = [...row.matchAll(/<td [^>]*>([^<]*)<\/td>/gu)].map((m) => m[1]);
    expect(cells).toEqual(diskominfo.result?.indicators.map((i) => (i.level === null ? '–' : String(i.level))));
    // Every level of the scale is in the legend, with its colour.
    for (let level = catalogue.range.min; level <= catalogue.range.max; level++) expect(html).toMatch(new RegExp(`<span class="swatch b\\d">${level}</span>`, 'u'));
    // Column heads are the indicator numbers, with the full name in the title and the list below.
    expect(body).toContain('<th scope="col" title="1 Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah">1</th>');
    expect(html).toContain('<li><b>47</b><span>Layanan Publik Sektor 3</span></li>');
  });

  it('lists the indicators below target by cost, with their units by name', () => {
    const section = html.slice(html.indexOf('<section class="shortfalls">'));
    let at = 0;
    for (const shortfall of city.belowTarget.shortfalls) {
      const next = section.indexOf(`<td class="num">${shortfall.indicator}</td>`, at);
      expect(next).toBeGreaterThan(at);
      at = next;
      for (const unit of shortfall.units) expect(section.slice(at, section.indexOf('</tr>', at))).toContain(unit);
    }
  });

  it('gives each unit its share of both shortfalls and the shortfalls as a total row', () => {
    const table = html.slice(html.indexOf('<table class="attribution">'));
    for (const entry of city.attribution.index.units) expect(table).toContain(entry.unit);
    expect(table).toContain(`<tr class="total"><td>Kekurangan</td><td class="num">${city.attribution.index.shortfall.value.replace('.', ',')}</td>`);
  });

  it('shows the level target as a level, the same in the headline and the attribution header', () => {
    expect(city.belowTarget.level).toBe(3);
    expect(html).toContain('<dt>Target</dt><dd>Indeks SPBE 2,60 · Tingkat 3</dd>');
    expect(html).toContain('<th class="num">Ke target tingkat 3</th>');
    // Never as an index value: "3,00" would read as one beside the index target.
    expect(html).not.toContain('tingkat 3,00');
    const english = renderCityMarkdown(catalogue, city, { lang: 'en' });
    expect(english).toContain('- Target: SPBE Index 2.60 · Level 3');
    expect(english).toContain('| To the level target 3 |');
  });

  it('gives each unit its action list from the city plan', () => {
    expect(cityPlan.units.length).toBeGreaterThan(0);
    const section = html.slice(html.indexOf('<section class="actions">'));
    for (const unit of cityPlan.units) {
      expect(section).toContain(`<h3>${unit.unit} · Biaya ${unit.cost}</h3>`);
      for (const raise of unit.raises) expect(section).toContain(`<td class="num">${raise.indicator}</td>`);
    }
  });

  it('draws the trend with the change of instrument marked and never joined into one line', () => {
    expect(html.match(/class="instrument-change"/gu)).toHaveLength(1);
    // 2018 stands alone (5/2018); 2023 and this year make the one line (59/2020).
    const lines = attributes(html, 'polyline', 'trend-line', 'points');
    expect(lines).toHaveLength(1);
    expect((lines[0] as string).split(' ')).toHaveLength(2);
    expect(html.match(/class="trend-dot/gu)).toHaveLength(3);
    expect(html).toContain('Instrumen berganti');
    const years = [...html.matchAll(/<circle class="trend-dot[^>]*><title>(\d{4}) · ([^:]+):/gu)].map((m) => [m[1], m[2]]);
    expect(years).toEqual([
      ['2018', 'permenpanrb-5-2018'],
      ['2023', 'permenpanrb-59-2020'],
      ['2024', 'permenpanrb-59-2020'],
    ]);
  });

  it('leaves the trend and the action lists out when neither is given', () => {
    const plain = renderCityHtml(catalogue, city);
    expect(plain).not.toContain('class="trend"');
    expect(plain).not.toContain('<section class="actions">');
  });

  it('says so instead of a map when the roll-up kept no unit results', () => {
    const light = rollup(catalogue, units, { unitResults: false });
    expect(renderCityHtml(catalogue, light, { lang: 'en' })).toContain('No level map: the roll-up was made without');
    expect(renderCityTable(catalogue, light, { lang: 'en' })).toContain('No level map');
  });

  it('marks the cells of units that are not owners under the owner strategy', () => {
    const named = units.slice(0, 2);
    const owned = rollup(catalogue, named, {
      strategy: 'owner',
      responsibilities: { indicators: Object.fromEntries(catalogue.indicators.map((i) => [i.id, [named[0]?.agency as string]])) },
    });
    const page = renderCityHtml(catalogue, owned, { lang: 'en' });
    const second = named[1]?.agency as string;
    const row = page.slice(page.indexOf(`<th scope="row" title="${second}">`), page.indexOf('</tr>', page.indexOf(`<th scope="row" title="${second}">`)));
    expect(row).toMatch(/<td class="b\d aside" title="[^"]*not counted in the consolidation/u);
    expect(page).toContain('<span class="swatch aside">');
  });

  it('escapes names that carry markup', () => {
    const hostile = rollup(catalogue, [{ agency: '<img src=x onerror=alert(1)>', levels: { '1': 3 } }, ...units.slice(1, 3)]);
    const page = renderCityHtml(catalogue, hostile);
    expect(page).not.toContain('<img');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(renderCityMarkdown(catalogue, hostile)).toContain('\\<img src=x onerror=alert(1)\\>');
  });
});

describe('the city report as text and Markdown', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`keeps every text line within 80 columns (${lang})`, () => {
      const text = renderCityTable(catalogue, city, { lang, plan: cityPlan, history });
      for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    });
  }

  it('splits the map into blocks of columns that together hold every indicator once', () => {
    const text = renderCityTable(catalogue, city, { lang: 'en' });
    const heads = text
      .split('\n')
      .filter((line) => /^Unit(\s+\d+)+$/u.test(line))
      .flatMap((line) => line.split(/\s+/u).slice(1));
    expect(heads).toEqual(catalogue.indicators.map((i) => i.id));
  });

  it('names the units below target under each shortfall and wraps them instead of cutting', () => {
    const text = renderCityTable(catalogue, city, { lang: 'en' });
    for (const shortfall of city.belowTarget.shortfalls) {
      for (const unit of shortfall.units) expect(text.replace(/\n\s+/gu, ' ')).toContain(unit);
    }
  });

  it('marks the instrument change in the trend table in both forms', () => {
    const text = renderCityTable(catalogue, city, { lang: 'en', history });
    expect(text).toMatch(/2023 {2}permenpanrb-59-2020 +[0-9.]+ {2}\S.* {2}← Instrument changed/u);
    const markdown = renderCityMarkdown(catalogue, city, { lang: 'en', history });
    expect(markdown).toContain('| 2023 | permenpanrb-59-2020 |');
    expect(markdown).toContain('← Instrument changed |');
    expect(markdown).toContain('the line is not joined');
  });

  it('has a Markdown map row per unit with a cell per indicator', () => {
    const markdown = renderCityMarkdown(catalogue, city, { lang: 'en' });
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && line.split(' | ').length === catalogue.indicators.length + 1);
    expect(rows).toHaveLength(units.length + 2); // the header, every unit, the city
  });
});

describe('the roll-up table shows the units not ranked, the shortfalls with units and the attribution', () => {
  const text = renderRollupTable(city, { lang: 'en' });

  it('lists the units not ranked with their coverage', () => {
    const section = text.slice(text.indexOf('Units not ranked'));
    for (const unit of city.unranked) expect(section).toMatch(new RegExp(`${unit.unit.slice(0, 20)}.*${unit.coverage === '0' ? '0.0' : '\\d'}`, 'u'));
  });

  it('lists the shortfalls with the units below target by name', () => {
    const section = text.slice(text.indexOf("by what they cost the city's index"));
    for (const shortfall of city.belowTarget.shortfalls) {
      expect(section).toContain(`${shortfall.indicator}  `);
      for (const unit of shortfall.units) expect(section.replace(/\n\s+/gu, ' ')).toContain(unit);
    }
  });

  it("gives each unit's share and the shortfalls", () => {
    expect(text).toMatch(new RegExp(`Shortfall +${city.attribution.index.shortfall.value.replace('+', '\\+')} +${city.attribution.level.shortfall.value.replace('+', '\\+')}\\n`, 'u'));
  });
});

describe('the city report of Pemdi units that give fractional values', () => {
  const pemdiUnits: Assessment[] = [
    { agency: 'Diskominfo', levels: { '1': '7/6', '2': '1.26', '13': 3, '14': '2.5' } },
    { agency: 'Bappeda', levels: { '1': 2.5, '5': '1.3', '13': '7/3' } },
    { agency: 'Inspektorat', levels: { '1': 1, '9': '1.17', '10': '5/4' } },
  ];
  const pemdiCity = rollup(permenpanrb82026, pemdiUnits, { minimumCoverage: 0 });

  it('shows fractional levels and spreads as decimals in every form, never as fractions', () => {
    expect(pemdiCity.indicators[0]).toMatchObject({ min: 1, max: '5/2', spread: '3/2' });
    const forms = [
      renderCityHtml(permenpanrb82026, pemdiCity, { lang: 'id' }),
      renderCityMarkdown(permenpanrb82026, pemdiCity, { lang: 'en' }),
      renderCityTable(permenpanrb82026, pemdiCity, { lang: 'en' }),
      renderRollupTable(pemdiCity, { lang: 'en' }),
    ];
    for (const form of forms) expect(form).not.toMatch(/\b(7\/6|63\/50|5\/2|7\/3|3\/2)\b/u);
    // Indicator 1: (7/6 + 5/2 + 1) / 3 = 14/9, shown 1.56; Diskominfo's 7/6 shown ≈1.17.
    expect(forms[0]).toContain('1,56');
    expect(forms[0]).toContain('≈1,17');
    expect(forms[2]).toContain('1.56');
    // The widest spread lists min and max as decimals: indicator 1 from 1 to 2.5.
    expect(forms[3]).toMatch(/\n\s*1 +.+ 1 +2\.5\n/u);
  });
});

describe('the city plan of Pemdi units that give fractional values', () => {
  it('shows each raise from its fractional value as a decimal, in every form', () => {
    const units: Assessment[] = [
      { agency: 'Diskominfo', levels: { '19': '7/6' as LevelInput, '20': '1.26' as LevelInput } },
      { agency: 'Bappeda', levels: { '19': '2.5' as LevelInput, '20': 2 } },
    ];
    const cityPlan = planCity(permenpanrb82026, units, { index: '3' });
    expect(cityPlan.units.flatMap((unit) => unit.raises).some((raise) => raise.from === '7/6')).toBe(true);
    const rolled = rollup(permenpanrb82026, units, { minimumCoverage: 0 });
    const forms = [
      renderCityPlanTable(cityPlan, { lang: 'id' }),
      renderCityPlanMarkdown(cityPlan, { lang: 'en' }),
      renderCityHtml(permenpanrb82026, rolled, { lang: 'en', plan: cityPlan }),
      renderCityTable(permenpanrb82026, rolled, { lang: 'en', plan: cityPlan }),
    ];
    for (const form of forms) expect(form).not.toMatch(/\b(7\/6|63\/50)\b/u);
    expect(forms[0]).toContain('≈1,17');
    expect(forms[1]).toContain('≈1.17');
  });
});

describe('a city value is shown by the rule a unit value is: in full when its decimal ends, else rounded after "≈"', () => {
  const units: Assessment[] = [
    { agency: 'Diskominfo', levels: { '19': '7/6' as LevelInput, '20': '1.26' as LevelInput, '14': '2.5' as LevelInput } },
    { agency: 'Bappeda', levels: { '19': '2.5' as LevelInput, '20': 2, '14': '2.5' as LevelInput } },
  ];
  // 19: (7/6 + 5/2) / 2 = 11/6 (≈1.83); 20: (1.26 + 2) / 2 = 1.63; 14: 5/2 = 2.5.
  const city = rollup(permenpanrb82026, units, { minimumCoverage: 0 });
  const cityPlan = planCity(permenpanrb82026, units, { index: '3' });

  it('in the map\'s city row, in every form', () => {
    const table = renderCityTable(permenpanrb82026, city, { lang: 'en' });
    const cityRows = table.split('\n').filter((line) => line.startsWith('City (consolidated)')).join(' ');
    expect(cityRows).toMatch(/ 2\.5(?!\d)/u);
    expect(cityRows).toContain(' ≈1.83');
    expect(cityRows).toContain(' 1.63');
    expect(cityRows).not.toMatch(/ (2\.50|1\.83)/u);
    const html = renderCityHtml(permenpanrb82026, city, { lang: 'id' });
    expect(html).toMatch(/title="Kota \(konsolidasi\) · 19 [^"]+: ≈1,83">≈1,83<\/td>/u);
    expect(html).toMatch(/title="Kota \(konsolidasi\) · 14 [^"]+: 2,5">2,5<\/td>/u);
    const markdown = renderCityMarkdown(permenpanrb82026, city, { lang: 'en' });
    expect(markdown.split('\n').find((line) => line.startsWith('| **City (consolidated)'))).toMatch(/\| \*\*≈1\.83\*\* \| \*\*1\.63\*\* \|/u);
  });

  it('says in the map\'s legend what "≈" means, and only where a cell shows it', () => {
    expect(renderCityTable(permenpanrb82026, city, { lang: 'en' }).replace(/\s+/gu, ' ')).toContain('≈ rounded to two decimals (the exact value is in the JSON output).');
    expect(renderCityHtml(permenpanrb82026, city, { lang: 'id' })).toContain('<li><span class="swatch">≈</span>dibulatkan ke dua desimal (nilai eksak di keluaran JSON)</li>');
    const whole = rollup(permenpanrb82026, [{ agency: 'Diskominfo', levels: { '19': 3, '20': '2.5' as LevelInput } }], { minimumCoverage: 0 });
    expect(renderCityTable(permenpanrb82026, whole, { lang: 'en' })).not.toContain('rounded to two decimals');
    expect(renderCityHtml(permenpanrb82026, whole, { lang: 'en' })).not.toContain('rounded to two decimals');
  });

  it('in the indicators below the level target, in every form', () => {
    expect(renderRollupTable(city, { lang: 'en' })).toMatch(/^19\s+.+\s+≈1\.83\s+[0-9.]+$/mu);
    expect(renderRollupTable(city, { lang: 'en' })).toMatch(/^14\s+.+\s+2\.5\s+[0-9.]+$/mu);
    expect(renderCityMarkdown(permenpanrb82026, city, { lang: 'id' })).toMatch(/^\| 19 \| [^|]+ \| ≈1,83 \| [0-9,]+ \|/mu);
    expect(renderCityHtml(permenpanrb82026, city, { lang: 'en' })).toMatch(/<td class="num">19<\/td><td>[^<]+<\/td><td class="num">≈1\.83<\/td>/u);
  });

  it('in the city plan\'s table per indicator, before and after', () => {
    const table = renderCityPlanTable(cityPlan, { lang: 'id' });
    const markdown = renderCityPlanMarkdown(cityPlan, { lang: 'en' });
    const after = (id: string) => cityPlan.indicators.find((change) => change.indicator === id)?.to.exact;
    // After the plan the city holds 9/4 on 19 and 4 on 20: shown in full, "2,25" and "4", not "4,00".
    expect([after('19'), after('20')]).toEqual(['9/4', '4']);
    expect(table).toMatch(/^19\s+.+\s+≈1,83\s+2,25\s+\d+\s+\d+$/mu);
    expect(table).toMatch(/^20\s+.+\s+1,63\s+4\s+\d+\s+\d+$/mu);
    expect(markdown).toMatch(/^\| 19 \| [^|]+ \| ≈1\.83 \| 2\.25 \| /mu);
  });
});

describe('a city plan past the exact tables', () => {
  // Relaxed over each unit's options, with a bound of 5 it cannot close (see plan-city.test.ts).
  it('says it is not proven cheapest, and by how much it may cost more, in the table, the Markdown and the HTML', { timeout: 60_000 }, () => {
    const wide = wideCatalogue(1000, 47);
    const bounded = planCity(wide, atZero(wide, 2), { index: '600' }, { costs: { defaultCost: [10, ...Array.from({ length: 999 }, () => 1)] } });
    expect(bounded).toMatchObject({ optimal: false, bound: '5' });
    expect(renderCityPlanTable(bounded, { lang: 'en' })).toContain('Not proven cheapest: it costs at most this much more than the cheapest plan: 5');
    expect(renderCityPlanTable(bounded, { lang: 'id' })).toContain('Tidak terbukti termurah: paling banyak lebih mahal 5');
    expect(renderCityPlanMarkdown(bounded, { lang: 'en' })).toContain('Not proven cheapest: it costs at most this much more than the cheapest plan: 5');
    const city = rollup(wide, atZero(wide, 2));
    expect(renderCityHtml(wide, city, { lang: 'en', plan: bounded })).toContain('Not proven cheapest; costs at most 5 more than the cheapest plan.');
  });
});
