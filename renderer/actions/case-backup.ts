// "Back up case…": writes one file holding every table of the current case's database, its name and its view.

import { backupFileName, backUpCase } from '../cases/case-backup';
import { openCaseRegistry } from '../cases/case-registry';
import { saveBackupFile } from '../cases/backup-file';
import { readCurrentCase } from '../db/current-database';
import { registerAction } from './registry';
import { formatCount } from '../../app/model/format-count';

export const backUpCaseAction = registerAction({
  id: 'case.backup',
  label: 'Back up case…',
  async run(ctx) {
    const current = readCurrentCase();
    const record = current ? await openCaseRegistry().cases.get(current.id) : undefined;
    if (!record) throw new Error('No case is open.');
    const [articles, events] = [await ctx.db.articles.count(), await ctx.db.events.count()];
    ctx.notify(`Backing up case “${record.name}”…`);
    const saved = await saveBackupFile(backupFileName(record.name), await backUpCase(ctx.db, record.name));
    if (saved)
      ctx.notify(`Backed up case “${record.name}” (${formatCount(articles)} articles, ${formatCount(events)} events) to ${saved}.`);
  },
});
