// Action "Export SVG…": writes the SVG export the export dialog describes (see renderer/export/run-export.ts).

import { exportAction } from '../export/export-action';
import { registerAction } from './registry';

export const exportSvgAction = registerAction(exportAction('svg'));
