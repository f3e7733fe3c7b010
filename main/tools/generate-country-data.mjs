// Writes app/extract/entities/countries.generated.json: the fields of the maintained `world-countries` package that
// the gazetteer reads (ISO code, common and official name, alternative spellings, English demonyms, capitals, UN
// membership), one country per line, in the package's order. The app bundles this 55 KB subset instead of the
// package's 1.2 MB file, whose parsing and evaluation cost the extract command about 60 ms of its 0.39 s start-up.
// Run `npm run data:countries` after updating the package; a unit test fails when the committed file no longer
// matches the installed package.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackageJson, renderRows } from './package-data-file.mjs';

export { renderRows };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = path.join(repoRoot, 'app/extract/entities/countries.generated.json');

/** The records the app keeps, from the package's records. */
export function countryRows(records) {
  return records.map((c) => ({
    cca2: c.cca2,
    name: c.name.common,
    official: c.name.official,
    altSpellings: c.altSpellings,
    ...(c.demonyms?.eng ? { demonyms: [c.demonyms.eng.m, c.demonyms.eng.f] } : {}),
    capital: c.capital ?? [],
    unMember: c.unMember,
  }));
}

export function packageRecords() {
  return readPackageJson('world-countries/countries.json');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = countryRows(packageRecords());
  writeFileSync(OUTPUT, renderRows(rows));
  console.log(`${path.relative(repoRoot, OUTPUT)}: ${rows.length} countries`);
}
