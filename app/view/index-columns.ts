// The view index's scan columns: per slot, typed arrays of what every window query and filter tests (live and lead
// flags, start and end day numbers, type, status and article as small codes, the longest span of the event's span
// class), so a scan over 100,000 events touches a few flat arrays instead of 100,000 objects; and the filters
// compiled against them (type and status as lookup tables; the other filters through matchesFilters on the row).

import { filtersAreEmpty, matchesFilters, type EventFilters } from '../model/event-filter';
import { spanClassMaxDays } from './day-count-deltas';
import type { IndexedEvent } from './view-index';

export const LIVE = 1;
export const LEAD = 2;

/** Codes for a small set of strings (types, statuses, article ids). */
class Codes {
  private readonly codes = new Map<string, number>();
  readonly names: string[] = [];

  codeOf(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.codes.set(name, code);
      this.names.push(name);
    }
    return code;
  }

  find(name: string): number | undefined {
    return this.codes.get(name);
  }
}

export class IndexColumns {
  flags = new Uint8Array(1024);
  startDay = new Int32Array(1024);
  endDay = new Int32Array(1024);
  type = new Uint8Array(1024);
  status = new Uint8Array(1024);
  article = new Int32Array(1024);
  /** Longest span of the event's span class, in days (isWideFor). */
  spanDays = new Float64Array(1024);
  readonly types = new Codes();
  readonly statuses = new Codes();
  readonly articles = new Codes();

  set(slot: number, event: IndexedEvent): void {
    if (slot >= this.flags.length) this.grow(slot + 1);
    this.flags[slot] = LIVE | (event.lead ? LEAD : 0);
    this.startDay[slot] = event.startDay;
    this.endDay[slot] = event.endDay;
    this.type[slot] = this.types.codeOf(event.type);
    this.status[slot] = this.statuses.codeOf(event.status);
    this.article[slot] = this.articles.codeOf(event.articleId);
    this.spanDays[slot] = spanClassMaxDays(event.span);
  }

  clear(slot: number): void {
    if (slot < this.flags.length) this.flags[slot] = 0;
  }

  private grow(wanted: number): void {
    let size = this.flags.length;
    while (size < wanted) size *= 2;
    const grown = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(old);
      return next;
    };
    this.flags = grown(this.flags, (n) => new Uint8Array(n));
    this.startDay = grown(this.startDay, (n) => new Int32Array(n));
    this.endDay = grown(this.endDay, (n) => new Int32Array(n));
    this.type = grown(this.type, (n) => new Uint8Array(n));
    this.status = grown(this.status, (n) => new Uint8Array(n));
    this.article = grown(this.article, (n) => new Int32Array(n));
    this.spanDays = grown(this.spanDays, (n) => new Float64Array(n));
  }
}

/** Filters compiled for a scan: lookup tables by code for type and status, the rest as a row test (null: none). */
export interface CompiledFilters {
  types: Uint8Array | null;
  statuses: Uint8Array | null;
  rest: ((event: IndexedEvent) => boolean) | null;
}

function allowed(codes: IndexColumns['types'], names: readonly string[]): Uint8Array | null {
  if (names.length === 0) return null;
  const table = new Uint8Array(256);
  for (const name of names) {
    const code = codes.find(name);
    if (code !== undefined) table[code] = 1;
  }
  return table;
}

export function compileFilters(columns: IndexColumns, filters: EventFilters): CompiledFilters {
  const others = { ...filters, types: [], statuses: [] };
  return {
    types: allowed(columns.types, filters.types),
    statuses: allowed(columns.statuses, filters.statuses),
    rest: filtersAreEmpty(others) ? null : (event) => matchesFilters(event, others),
  };
}
