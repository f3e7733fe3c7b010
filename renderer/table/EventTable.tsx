// The Table view: every event (one row per cluster of merged reports) under the current filters and search, in sortable
// columns, virtualised with TanStack Virtual so only the rows on screen are in the DOM (100,000 rows scroll
// like 100). The selection is the store's selectedEventIds, shared with the timeline and the side panel: a
// click selects (Ctrl/Cmd+click adds), arrow keys, Page Up/Down, Home and End move the active row and Enter
// opens it in the side panel.

import { useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineDb } from '../db/timeline-db';
import { useUiStore } from '../state/ui-store';
import { COLUMN_TEMPLATE, TABLE_COLUMNS, tableFeatureSet } from './table-columns';
import { TableRowView } from './TableRowView';
import { filterTableRows, type TableRow } from './table-rows';
import { useSearchMatches } from './use-search-matches';
import { useTableRows } from './use-table-rows';
import './event-table.css';

const ROW_HEIGHT = 32;
const NO_ROWS: TableRow[] = [];

export function EventTable({ db }: { db: TimelineDb }) {
  const { rows: loaded, complete } = useTableRows(db);
  const filters = useUiStore((state) => state.filters);
  const selectedIds = useUiStore((state) => state.selectedEventIds);
  const select = useUiStore((state) => state.select);
  const matches = useSearchMatches();
  const data = useMemo(
    () => (loaded && matches !== undefined ? filterTableRows(loaded, filters, matches) : NO_ROWS),
    [loaded, filters, matches],
  );
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useTable({
    features: tableFeatureSet,
    columns: TABLE_COLUMNS,
    data: data as TableRow[],
    getRowId: (row) => row.id,
    state: { sorting },
    onSortingChange: setSorting,
    enableMultiSort: false,
    sortDescFirst: false,
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const [active, setActive] = useState(0);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  // A selection made elsewhere (timeline, article viewer) becomes the active row and is scrolled into view.
  const primary = selectedIds[0];
  useEffect(() => {
    if (primary === undefined) return;
    const index = rows.findIndex((row) => row.id === primary);
    if (index < 0) return;
    setActive(index);
    virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [primary, rows]);

  const moveTo = (index: number): void => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget) return; // keys on a header's sort button are the button's
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key in moves && rows.length > 0) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter' && rows[active]) {
      event.preventDefault();
      select([rows[active].id]);
    }
  };
  const onRowClick = (index: number, id: string, additive: boolean): void => {
    setActive(index);
    if (!additive) return select([id]);
    select(selected.has(id) ? selectedIds.filter((other) => other !== id) : [...selectedIds, id]);
  };

  const clickRef = useRef(onRowClick);
  clickRef.current = onRowClick;
  const onRowClickStable = useCallback((index: number, id: string, additive: boolean) => clickRef.current(index, id, additive), []);

  const activeId = rows[active]?.id;
  return (
    <div className="event-table" data-row-count={rows.length} data-complete={complete}>
      {!complete && loaded !== undefined && loaded.length > 0 && (
        <p className="event-table-loading" role="status">
          Showing the first events by date; loading all of them…
        </p>
      )}
      <div
        ref={scrollRef}
        className="event-table-scroll"
        role="grid"
        aria-label="Events table"
        aria-rowcount={rows.length + 1}
        aria-colcount={TABLE_COLUMNS.length}
        aria-multiselectable
        aria-activedescendant={activeId ? `table-row-${activeId}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
      >
        <div role="rowgroup" className="event-table-head">
          {table.getHeaderGroups().map((group) => (
            <div role="row" aria-rowindex={1} key={group.id} className="event-table-row" style={{ gridTemplateColumns: COLUMN_TEMPLATE }}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <div
                    role="columnheader"
                    key={header.id}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    className="event-table-header"
                  >
                    <button type="button" className="event-table-sort" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span aria-hidden="true" className="sort-mark">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div role="rowgroup" className="event-table-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <TableRowView
                key={row.id}
                row={row}
                index={item.index}
                top={item.start}
                height={ROW_HEIGHT}
                selected={selected.has(row.id)}
                active={item.index === active}
                onClick={onRowClickStable}
              />
            );
          })}
        </div>
        {loaded !== undefined && rows.length === 0 && (
          <p className="event-table-empty muted">
            {matches === undefined ? 'Searching…' : `No events${loaded.length > 0 ? ' match the filters and search' : ' yet'}.`}
          </p>
        )}
      </div>
    </div>
  );
}
