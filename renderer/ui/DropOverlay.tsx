// The overlay covering the window while files are dragged over it.

export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">
        <strong>Drop to import</strong>
        <span>Each file is read and its events are added to the timeline.</span>
      </div>
    </div>
  );
}
