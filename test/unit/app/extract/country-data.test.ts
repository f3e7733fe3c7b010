// Countries from the world-countries data package, bundled as a generated subset: the committed file is what the
// generator makes from the installed package, and the gazetteer still finds names, demonyms and capitals from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, countryRows, packageRecords, renderRows } from '../../../../main/tools/generate-country-data.mjs';
import { countries } from '../../../../app/extract/entities/country-data';
import { findEntities } from '../../../../app/extract/entities/find-entities';
import { splitSentences } from '../../../../app/extract/text/sentences';

describe('country data', () => {
  it('the bundled subset is what the generator makes from the installed package', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderRows(countryRows(packageRecords())));
    expect(countries().length).toBe(packageRecords().length);
  });

  it('official names, demonyms and capitals come from it', () => {
    const text = 'Talks with Afghanistan, the Hellenic Republic and Ukrainian officials took place in Kyiv.';
    const found = findEntities(text, splitSentences(text)).map((m) => [m.text, m.name, m.ruleId]);
    expect(found).toEqual([
      ['Afghanistan', 'Afghanistan', 'country-name'],
      ['Hellenic Republic', 'Greece', 'country-name'],
      ['Ukrainian', 'Ukraine', 'country-demonym'],
      ['Kyiv', 'Kyiv', 'place-capital'],
    ]);
  });
});
