// "Restore case…": reads a backup file (picked by the analyst, or given) back as a new case and opens it. A file
// that is not a valid backup is refused with the reason, and nothing changes.

import { restoreCase } from '../cases/case-backup';
import { openCaseRegistry } from '../cases/case-registry';
import { pickBackupFile, type PickedBackup } from '../cases/backup-file';
import { switchToCase } from '../cases/switch-case';
import { registerAction } from './registry';

export const restoreCaseAction = registerAction<PickedBackup | undefined>({
  id: 'case.restore',
  label: 'Restore case…',
  async run(ctx, given) {
    const picked = given ?? (await pickBackupFile());
    if (!picked) return;
    if ('error' in picked) return ctx.notify(`Restore failed: “${picked.fileName}” could not be read (${picked.error}).`);
    ctx.notify(`Restoring “${picked.fileName}”…`);
    try {
      switchToCase(await restoreCase(openCaseRegistry(), picked.bytes));
    } catch (error) {
      ctx.notify(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  },
});
