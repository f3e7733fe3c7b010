// The toolbar's view switch: "Timeline" and "Table" toggle buttons (actions view.timeline and view.table).

import { showTableAction } from '../actions/view-table';
import { showTimelineAction } from '../actions/view-timeline';
import { runAction } from '../cases/run-action';
import { useUiStore } from '../state/ui-store';

export function ViewSwitch() {
  const mainView = useUiStore((state) => state.mainView);
  return (
    <div className="button-group view-switch" role="group" aria-label="View">
      {[showTimelineAction, showTableAction].map((action) => (
        <button
          type="button"
          key={action.id}
          className="button"
          aria-pressed={mainView === (action === showTableAction ? 'table' : 'timeline')}
          onClick={() => void runAction(action, undefined)}
        >
          {action.label}
        </button>
      ))}
    </div>
  );
}
