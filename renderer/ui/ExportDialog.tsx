// The export dialog: format (PNG, SVG, PDF, CSV, JSON), range (visible window, all events, custom dates) and,
// for images, width, scale 1×–4×, title, subtitle, legend, lanes and theme; "Export <FORMAT>" and "Copy image".
// Pure UI over ExportOptions: the host runs the export actions.

import { useState, type FormEvent } from 'react';
import type { ExportTheme } from '../../app/export/export-theme';
import type { LaneGrouping } from '../../app/export/lane-groups';
import { EXPORT_FORMATS, type ExportFormat } from '../../app/ipc/contract';
import { formatName } from '../export/export-action';
import {
  EXPORT_SCALES,
  exportOptionsProblem,
  isImageFormat,
  MAX_EXPORT_WIDTH,
  MIN_EXPORT_WIDTH,
  type ExportOptions,
  type ExportRange,
} from '../export/export-options';
import { Modal } from './Modal';

interface Props {
  initial: ExportOptions;
  busy: boolean;
  /** Said under the range: how many filters apply. */
  filterNote: string | null;
  onExport(options: ExportOptions): void;
  onCopyImage(options: ExportOptions): void;
  onClose(): void;
}

const RANGES: { value: ExportRange; label: string }[] = [
  { value: 'visible', label: 'Visible window' },
  { value: 'all', label: 'All events' },
  { value: 'custom', label: 'Custom dates' },
];
const LANES: { value: LaneGrouping; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'type', label: 'By type' },
  { value: 'participant', label: 'By participant' },
  { value: 'place', label: 'By place' },
];
const THEMES: { value: ExportTheme; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'print', label: 'Print' },
];

export function ExportDialog({ initial, busy, filterNote, onExport, onCopyImage, onClose }: Props) {
  const [options, setOptions] = useState<ExportOptions>(initial);
  const set = (patch: Partial<ExportOptions>): void => setOptions((current) => ({ ...current, ...patch }));
  const problem = exportOptionsProblem(options);
  const image = isImageFormat(options.format);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!problem && !busy) onExport(options);
  };
  return (
    <Modal title="Export" onClose={onClose} className="export-dialog">
      <form className="export-form" onSubmit={submit}>
        <fieldset className="choice-row">
          <legend>Format</legend>
          {EXPORT_FORMATS.map((format: ExportFormat) => (
            <label key={format}>
              <input
                type="radio"
                name="export-format"
                value={format}
                checked={options.format === format}
                onChange={() => set({ format })}
              />
              {formatName(format)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-row">
          <legend>Range</legend>
          {RANGES.map((range) => (
            <label key={range.value}>
              <input
                type="radio"
                name="export-range"
                value={range.value}
                checked={options.range === range.value}
                onChange={() => set({ range: range.value })}
              />
              {range.label}
            </label>
          ))}
          <span className="date-pair">
            <label>
              From
              <input
                type="date"
                value={options.from}
                disabled={options.range !== 'custom'}
                onChange={(e) => set({ from: e.target.value })}
              />
            </label>
            <label>
              To
              <input type="date" value={options.to} disabled={options.range !== 'custom'} onChange={(e) => set({ to: e.target.value })} />
            </label>
          </span>
        </fieldset>
        {filterNote && <p className="hint">{filterNote}</p>}
        <fieldset className="export-image-options" disabled={!image}>
          <legend>Image</legend>
          <label>
            Title
            <input type="text" value={options.title} onChange={(e) => set({ title: e.target.value })} />
          </label>
          <label>
            Subtitle
            <input type="text" value={options.subtitle} placeholder="Optional" onChange={(e) => set({ subtitle: e.target.value })} />
          </label>
          <label>
            Width (px)
            <input
              type="number"
              min={MIN_EXPORT_WIDTH}
              max={MAX_EXPORT_WIDTH}
              step={10}
              value={options.width}
              onChange={(e) => set({ width: Number(e.target.value) })}
            />
          </label>
          <label>
            Scale
            <select value={options.scale} onChange={(e) => set({ scale: Number(e.target.value) })}>
              {EXPORT_SCALES.map((scale) => (
                <option key={scale} value={scale}>{`${scale}×`}</option>
              ))}
            </select>
          </label>
          <label>
            Lanes
            <select value={options.lanes} onChange={(e) => set({ lanes: e.target.value as LaneGrouping })}>
              {LANES.map((lanes) => (
                <option key={lanes.value} value={lanes.value}>
                  {lanes.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Theme
            <select value={options.theme} onChange={(e) => set({ theme: e.target.value as ExportTheme })}>
              {THEMES.map((theme) => (
                <option key={theme.value} value={theme.value}>
                  {theme.label}
                </option>
              ))}
            </select>
          </label>
          <label className="inline">
            <input type="checkbox" checked={options.legend} onChange={(e) => set({ legend: e.target.checked })} />
            Legend
          </label>
        </fieldset>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" disabled={busy || problem !== null} onClick={() => onCopyImage(options)}>
            Copy image
          </button>
          <span className="toolbar-gap" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={busy || problem !== null}>
            {`Export ${formatName(options.format)}`}
          </button>
        </div>
      </form>
    </Modal>
  );
}
