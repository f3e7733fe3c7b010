// "New case…" from the File menu: opens the New case dialog (which runs "case.new" with the name typed).

import { useUiStore } from '../state/ui-store';
import { registerAction } from './registry';

export const openNewCaseDialogAction = registerAction({
  id: 'case.new-dialog',
  label: 'New case…',
  run: () => useUiStore.getState().openCaseDialog('new'),
});
