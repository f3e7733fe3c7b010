// Countries from the maintained `world-countries` data package, bundled with the app for offline use as a generated
// subset of the fields the gazetteer reads (countries.generated.json, written from the package by
// `npm run data:countries`; a unit test checks it still matches the installed package). The package's own 1.2 MB
// file cost the extract command about 60 ms of its 0.39 s start-up to compile and evaluate; this one is 55 KB.

import rows from './countries.generated.json';

/** The fields of one package record that the gazetteer uses. */
export interface CountryRecord {
  /** ISO 3166-1 alpha-2 code. */
  cca2: string;
  /** Common English name ("Russia"). */
  name: string;
  /** Official English name ("Russian Federation"). */
  official: string;
  altSpellings: string[];
  /** English demonyms, masculine and feminine ("Russian", "Russian"), when the package has them. */
  demonyms?: [string, string];
  capital: string[];
  unMember: boolean;
}

/** All countries, in the package's order. */
export function countries(): readonly CountryRecord[] {
  return rows as CountryRecord[];
}
