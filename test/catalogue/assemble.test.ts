import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

describe('compiled weights and ranges', () => {
  it('shares what written siblings leave even when the first child is the unweighted one', () => {
    const d = baseDefinition();
    // A1 (10): indicator 1 unweighted, indicator 2 weighs 4, so indicator 1 gets 6.
    delete d.groups[0].groups[0].indicators[0].weight;
    d.groups[0].groups[0].indicators[1].weight = '4';
    // A3 (60): 5 unweighted, 6 weighs 10, 7 unweighted: 25 each for 5 and 7.
    d.groups[1].groups[0].indicators[1].weight = '10';
    const catalogue = defineCatalogue(d);
    expect(catalogue.indicators.map((i) => i.weight)).toEqual(['6', '4', '15', '15', '25', '10', '25']);
  });

  it('shares a declared total over top-level groups that have no weight anywhere: 9 over 2 gives 4.5', () => {
    const d = baseDefinition();
    d.groups = d.groups.map((domain: Record<string, any>) => {
      delete domain.weight;
      domain.groups = domain.groups.slice(0, 1);
      delete domain.groups[0].weight;
      for (const indicator of domain.groups[0].indicators) delete indicator.weight;
      return domain;
    });
    d.totalWeight = '9';
    const catalogue = defineCatalogue(d);
    expect(catalogue.groups.filter((group) => group.depth === 0).map((group) => group.weight)).toEqual(['4.5', '4.5']);
    // D1/A1 holds indicators 1–2 (4.5/2 each), D2/A3 holds 5–7 (4.5/3 each).
    expect(catalogue.indicators.map((i) => i.weight)).toEqual(['2.25', '2.25', '1.5', '1.5', '1.5']);
    expect(catalogue.totalWeight).toBe('9');
  });

  it('spans the index range over every scale: lowest minimum to highest maximum', () => {
    const d = baseDefinition();
    d.scales.push({
      id: 'q',
      name: { id: 'Q', en: 'Q' },
      min: 0,
      max: 3,
      levels: [0, 1, 2, 3].map((level) => ({ level, name: { id: `q${level}`, en: `q${level}` }, meaning: { id: 'm', en: 'm' } })),
    });
    d.groups[0].groups[0].indicators[0].scale = 'q';
    d.predicates[2].min = '0';
    expect(defineCatalogue(d).range).toEqual({ min: 0, max: 5 });
  });
});
