import { describe, expect, it } from 'vitest';
import { defineCatalogue } from '../../src/catalogue/define.js';
import { catalogueByChecksum } from '../../src/catalogue/registry.js';
import { baseDefinition } from '../helpers/small-catalogue.js';

describe('catalogue registry', () => {
  it('keeps earlier live catalogues findable when another is registered', () => {
    const first = defineCatalogue(baseDefinition());
    const d = baseDefinition();
    d.id = 'uji-lain';
    const second = defineCatalogue(d);
    expect(catalogueByChecksum(first.checksum)).toBe(first);
    expect(catalogueByChecksum(second.checksum)).toBe(second);
  });

});
