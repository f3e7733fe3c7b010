// The Table view's columns (date, type, label, participants, places, status, confidence, sources, reviewed) for
// TanStack Table: each with its cell and its sort order (ascending; TanStack reverses it); COLUMN_TEMPLATE gives the widths.

import { createColumnHelper, createSortedRowModel, rowSortingFeature, tableFeatures, type Row } from '@tanstack/react-table';
import { eventTypeInfo } from '../../app/model/event-types';
import { formatEventDate } from '../lib/format-date';
import type { TableRow } from './table-rows';

export const tableFeatureSet = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
type Features = typeof tableFeatureSet;

const helper = createColumnHelper<Features, TableRow>();

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const byText = (a: string, b: string): number => collator.compare(a, b);
/** Ties are broken by date then id, so every sort is total and stable across reloads. */
const byDate = (a: TableRow, b: TableRow): number =>
  a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);
const sortBy =
  (compare: (a: TableRow, b: TableRow) => number) =>
  (a: Row<Features, TableRow>, b: Row<Features, TableRow>): number =>
    compare(a.original, b.original) || byDate(a.original, b.original);

/** Column widths (px), in column order, for the grid layout of header and rows. */
export const COLUMN_TEMPLATE = '190px 130px minmax(240px, 2fr) minmax(160px, 1.4fr) minmax(120px, 1fr) 96px 96px 72px 110px';

const REVIEW_TEXT = { accepted: 'Accepted', rejected: 'Rejected' } as const;

export const TABLE_COLUMNS = helper.columns([
  helper.accessor('start', {
    id: 'date',
    header: 'Date',
    sortFn: sortBy(() => 0),
    cell: (info) => formatEventDate(info.row.original),
  }),
  helper.accessor('type', {
    header: 'Type',
    sortFn: sortBy((a, b) => byText(eventTypeInfo(a.type).label, eventTypeInfo(b.type).label)),
    cell: (info) => (
      <span className="table-type" style={{ ['--event-color' as string]: eventTypeInfo(info.getValue()).color }}>
        {eventTypeInfo(info.getValue()).label}
      </span>
    ),
  }),
  helper.accessor('label', {
    header: 'Label',
    sortFn: sortBy((a, b) => byText(a.label, b.label)),
    cell: (info) => (
      <>
        {info.getValue()}
        {info.row.original.editedFields.length > 0 && (
          <span className="table-edited" title={`Edited: ${info.row.original.editedFields.join(', ')}`}>
            {' '}
            ✎ edited
          </span>
        )}
      </>
    ),
  }),
  helper.accessor((row) => row.participants.join(', '), {
    id: 'participants',
    header: 'Participants',
    sortFn: sortBy((a, b) => byText(a.participants.join(', '), b.participants.join(', '))),
  }),
  helper.accessor((row) => row.places.join(', '), {
    id: 'places',
    header: 'Places',
    sortFn: sortBy((a, b) => byText(a.places.join(', '), b.places.join(', '))),
  }),
  helper.accessor('status', { header: 'Status', sortFn: sortBy((a, b) => a.status.localeCompare(b.status)) }),
  helper.accessor('confidence', {
    header: 'Confidence',
    sortFn: sortBy((a, b) => a.confidence - b.confidence),
    cell: (info) => `${Math.round(info.getValue() * 100)}%`,
  }),
  helper.accessor('sources', { header: 'Sources', sortFn: sortBy((a, b) => a.sources - b.sources) }),
  helper.accessor('reviewState', {
    id: 'reviewed',
    header: 'Reviewed',
    sortFn: sortBy((a, b) => (a.reviewState ?? '').localeCompare(b.reviewState ?? '')),
    cell: (info) => {
      const state = info.getValue();
      return state ? REVIEW_TEXT[state] : <span className="muted">Not reviewed</span>;
    },
  }),
]);
