// Action "Export PNG…": writes the PNG export the export dialog describes (see renderer/export/run-export.ts).

import { exportAction } from '../export/export-action';
import { registerAction } from './registry';

export const exportPngAction = registerAction(exportAction('png'));
