// The top toolbar: Import…, Paste article, zoom, Fit all and Export… (the export dialog: PNG, SVG, PDF, CSV, JSON).

import type { ReactNode } from 'react';

interface Props {
  /** Controls shown after the title (the case menu and the view switch). */
  leading?: ReactNode;
  hasEvents: boolean;
  exporting: boolean;
  onImport(): void;
  onPaste(): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  onOpenExport(): void;
}

export function Toolbar(props: Props) {
  return (
    <header className="toolbar" role="toolbar" aria-label="Timeline tools">
      <h1 className="app-title">Event Timeline</h1>
      {props.leading}
      <button type="button" className="button primary" onClick={props.onImport}>
        Import…
      </button>
      <button type="button" className="button" onClick={props.onPaste}>
        Paste article
      </button>
      <span className="toolbar-gap" />
      <div className="button-group" role="group" aria-label="Zoom">
        <button type="button" className="button" onClick={props.onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" className="button" onClick={props.onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
      </div>
      <button type="button" className="button" onClick={props.onFit} disabled={!props.hasEvents}>
        Fit all
      </button>
      <button type="button" className="button" aria-haspopup="dialog" disabled={!props.hasEvents || props.exporting} onClick={props.onOpenExport}>
        Export…
      </button>
    </header>
  );
}
