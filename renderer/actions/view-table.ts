// "Table": shows the events as a sortable table instead of the timeline.

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const showTableAction = registerAction({
  id: 'view.table',
  label: 'Table',
  run() {
    useUiStore.getState().setMainView('table');
  },
});
