// Writes app/extract/entities/major-cities.generated.json: the cities of the maintained `city-timezones` package with
// at least MIN_POPULATION inhabitants, as [name, ASCII name, ISO country code, population] rows, most populous first.
// The app bundles this subset instead of the package's 1.9 MB file (≈7.3k cities), which keeps the extraction worker
// and the CLI small and quick to start. Run `npm run data:cities` after updating the package; a unit test fails when
// the committed file no longer matches the installed package.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPackageJson, renderRows } from './package-data-file.mjs';

export { renderRows };

/** Keep in step with CITY_DATA_MIN_POPULATION in app/extract/entities/city-data.ts (the test checks it). */
export const MIN_POPULATION = 150_000;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OUTPUT = path.join(repoRoot, 'app/extract/entities/major-cities.generated.json');

/** The rows the app keeps, from the package's records. */
export function majorCityRows(records) {
  return records
    .filter((c) => c.pop >= MIN_POPULATION)
    .sort((a, b) => b.pop - a.pop || a.city.localeCompare(b.city) || a.iso2.localeCompare(b.iso2))
    .map((c) => [c.city, c.city_ascii, c.iso2, Math.round(c.pop)]);
}

export function packageRecords() {
  return readPackageJson('city-timezones/data/cityMap.json');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = majorCityRows(packageRecords());
  writeFileSync(OUTPUT, renderRows(rows));
  console.log(`${path.relative(repoRoot, OUTPUT)}: ${rows.length} cities of ${MIN_POPULATION.toLocaleString('en')}+ people`);
}
