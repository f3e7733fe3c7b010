// One row of the Table view, memoised: while the grid scrolls only rows that come into view render; rows
// already on screen re-render only when their position, selection or active state changes.

import { FlexRender, type Row } from '@tanstack/react-table';
import { memo } from 'react';
import { COLUMN_TEMPLATE, type tableFeatureSet } from './table-columns';
import type { TableRow } from './table-rows';

interface Props {
  row: Row<typeof tableFeatureSet, TableRow>;
  index: number;
  /** Offset from the top of the body, px. */
  top: number;
  height: number;
  selected: boolean;
  active: boolean;
  onClick(index: number, id: string, additive: boolean): void;
}

export const TableRowView = memo(function TableRowView({ row, index, top, height, selected, active, onClick }: Props) {
  return (
    <div
      role="row"
      id={`table-row-${row.id}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-event-id={row.id}
      data-active={active || undefined}
      className="event-table-row"
      style={{ gridTemplateColumns: COLUMN_TEMPLATE, height, transform: `translateY(${top}px)` }}
      onClick={(event) => onClick(index, row.id, event.ctrlKey || event.metaKey)}
    >
      {row.getAllCells().map((cell) => (
        <div role="gridcell" key={cell.id} className={`event-table-cell cell-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});
