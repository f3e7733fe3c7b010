// What the generators of the app's bundled data subsets share (generate-city-data.mjs, generate-country-data.mjs):
// reading a data package's JSON file, and writing the subset one record per line, so that an update of the package
// gives a readable diff of the committed file.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The parsed JSON file `specifier` of an installed package ("world-countries/countries.json"). */
export function readPackageJson(specifier) {
  return JSON.parse(readFileSync(createRequire(import.meta.url).resolve(specifier), 'utf8'));
}

/** The file's text: a JSON array with one record per line. */
export function renderRows(rows) {
  return `[\n${rows.map((row) => JSON.stringify(row)).join(',\n')}\n]\n`;
}
