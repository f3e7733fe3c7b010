// Cases as plain data: the registry database that lists the analyst's cases (one IndexedDB database per case),
// the record kept for each, and how a case's database is named. The first case keeps the pre-cases database
// ('event-timeline') in place, so upgrading never copies, and so can never lose, a row.

import { TIMELINE_DB_NAME } from './schema';

/** Name of the small registry database listing the cases. */
export const CASE_REGISTRY_DB_NAME = 'event-timeline-cases';

/** Dexie store specs of the registry database, by version (append only, like SCHEMA_VERSIONS). */
export const CASE_REGISTRY_VERSIONS: readonly { version: number; stores: Readonly<Record<string, string>> }[] = [
  { version: 1, stores: { cases: 'id, created' } },
];

/** One case of the registry. */
export interface CaseRecord {
  id: string;
  name: string;
  /** The IndexedDB database holding the case's articles, events, history and view. */
  databaseName: string;
  /** ISO timestamp. */
  created: string;
}

/** localStorage key of the current case (its id and database name, so the database opens synchronously). */
export const CURRENT_CASE_STORAGE_KEY = 'event-timeline.current-case';

/** localStorage key of case databases waiting to be deleted once no page has them open (after a reload). */
export const PENDING_DELETE_STORAGE_KEY = 'event-timeline.pending-case-deletes';

/** Name of the first case, made from the database that existed before cases. */
export const FIRST_CASE_NAME = 'First case';

/** The database of the first case: the pre-cases database, kept where it is. */
export const FIRST_CASE_DATABASE_NAME = TIMELINE_DB_NAME;

/** Database name of a new case. */
export function caseDatabaseName(caseId: string): string {
  return `${TIMELINE_DB_NAME}-case-${caseId}`;
}

/** Longest case name accepted. */
export const MAX_CASE_NAME_LENGTH = 120;

/** A trimmed case name, or an error message when it cannot be one. */
export function checkCaseName(name: string): { name: string } | { error: string } {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) return { error: 'A case needs a name.' };
  if (trimmed.length > MAX_CASE_NAME_LENGTH) return { error: `A case name has at most ${MAX_CASE_NAME_LENGTH} characters.` };
  return { name: trimmed };
}

/** A name not yet used by any case: the wanted one, else "wanted (2)", "wanted (3)", ... */
export function uniqueCaseName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLocaleLowerCase()));
  if (!taken.has(wanted.toLocaleLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!taken.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
