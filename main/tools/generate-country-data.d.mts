// Types of generate-country-data.mjs for the unit test that checks the bundled country subset against the package.

import type { Country } from 'world-countries';
import type { CountryRecord } from '../../app/extract/entities/country-data';

export const OUTPUT: string;
export function countryRows(records: readonly Country[]): CountryRecord[];
export function renderRows(rows: readonly CountryRecord[]): string;
export function packageRecords(): Country[];
