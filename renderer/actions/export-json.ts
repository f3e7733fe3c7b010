// Action "Export JSON…": writes the JSON export the export dialog describes (see renderer/export/run-export.ts).

import { exportAction } from '../export/export-action';
import { registerAction } from './registry';

export const exportJsonAction = registerAction(exportAction('json'));
