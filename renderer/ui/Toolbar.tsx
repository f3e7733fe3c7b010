// The top toolbar: Import…, Paste article, zoom, Fit all and the Export menu (PNG, SVG).

import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportFormat } from '../../app/ipc/contract';

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
  onExport(format: ExportFormat): void;
}

function ExportMenu({ disabled, onExport }: { disabled: boolean; onExport(format: ExportFormat): void }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event): void => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  const choose = (format: ExportFormat): void => {
    setOpen(false);
    onExport(format);
  };
  return (
    <div className="menu" ref={rootRef} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button" aria-haspopup="menu" aria-expanded={open} disabled={disabled} onClick={() => setOpen(!open)}>
        Export ▾
      </button>
      {open && (
        <div className="menu-items" role="menu">
          <button type="button" role="menuitem" autoFocus onClick={() => choose('png')}>
            Export PNG
          </button>
          <button type="button" role="menuitem" onClick={() => choose('svg')}>
            Export SVG
          </button>
        </div>
      )}
    </div>
  );
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
      <ExportMenu disabled={!props.hasEvents || props.exporting} onExport={props.onExport} />
    </header>
  );
}
