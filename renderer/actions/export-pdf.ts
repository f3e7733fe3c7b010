// Action "Export PDF…": writes the PDF export the export dialog describes (see renderer/export/run-export.ts).

import { exportAction } from '../export/export-action';
import { registerAction } from './registry';

export const exportPdfAction = registerAction(exportAction('pdf'));
