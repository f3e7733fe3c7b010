// Action "Copy image": puts the PNG the export dialog describes on the clipboard (the export code loads on first use).

import { errorText } from '../export/export-action';
import type { ExportRequest } from '../export/run-export';
import type { ActionContext } from './action';
import { registerAction } from './registry';

export const copyImageAction = registerAction<ExportRequest>({
  id: 'export.copy-image',
  label: 'Copy image',
  async run(ctx: ActionContext, request: ExportRequest) {
    try {
      const { copyImage } = await import('../export/run-export');
      const { eventCount } = await copyImage(ctx.db, request);
      ctx.notify(`Copied an image of ${eventCount} event${eventCount === 1 ? '' : 's'} to the clipboard.`);
    } catch (error) {
      ctx.notify(`Copy image failed: ${errorText(error)}`);
    }
  },
});
