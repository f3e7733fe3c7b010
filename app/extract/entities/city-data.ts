// Cities from the maintained `city-timezones` data package (≈7.3k cities with country, province and population),
// bundled with the app for offline use as a generated subset (major-cities.generated.json, written from the package by
// `npm run data:cities`; a unit test checks it still matches the installed package). Plain JSON, so it runs unchanged in
// the Node CLI and in the renderer's Web Worker, and both stay small and quick to start.
//
// Only cities of at least CITY_DATA_MIN_POPULATION inhabitants are kept (≈2.3k of 7.3k). The threshold is a precision
// choice: below it the data holds many small towns whose names are ordinary words or names ("Bath", "Hope",
// "Independence"); above it a city is one that international news plausibly names. Smaller towns after "in"/"at" are
// still found (without country) by the fallback rule in place-in-capitalised.ts.

import rows from './major-cities.generated.json';

/** Minimum population of a city taken from the package (see the header for why). */
export const CITY_DATA_MIN_POPULATION = 150_000;

/** The fields of one package record that the gazetteer uses. */
export interface CityRecord {
  /** Name with diacritics ("Tromsø", "São Paulo"). */
  city: string;
  /** ASCII spelling ("Tromso", "Sao Paulo"), used as an alias. */
  city_ascii: string;
  /** ISO 3166-1 alpha-2 code of the country. */
  iso2: string;
  pop: number;
}

/** Cities at or above the population threshold, most populous first (so a shared name goes to the larger city). */
export function majorCities(): CityRecord[] {
  return (rows as [string, string, string, number][]).map(([city, city_ascii, iso2, pop]) => ({ city, city_ascii, iso2, pop }));
}
