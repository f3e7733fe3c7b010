// Types of generate-city-data.mjs for the unit test that checks the bundled city subset against the package.

export interface PackageCityRecord {
  city: string;
  city_ascii: string;
  iso2: string;
  pop: number;
}
export type CityRow = [name: string, asciiName: string, iso2: string, population: number];

export const MIN_POPULATION: number;
export const OUTPUT: string;
export function majorCityRows(records: readonly PackageCityRecord[]): CityRow[];
export function renderRows(rows: readonly CityRow[]): string;
export function packageRecords(): PackageCityRecord[];
