// Action "Export CSV…": writes the CSV export the export dialog describes (see renderer/export/run-export.ts).

import { exportAction } from '../export/export-action';
import { registerAction } from './registry';

export const exportCsvAction = registerAction(exportAction('csv'));
