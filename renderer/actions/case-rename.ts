// "Rename case…": gives the current case a new (unique) name.

import { openCaseRegistry, renameCase } from '../cases/case-registry';
import { readCurrentCase } from '../db/current-database';
import { registerAction } from './registry';

export const renameCaseAction = registerAction<{ name: string }>({
  id: 'case.rename',
  label: 'Rename case…',
  async run(ctx, { name }) {
    const current = readCurrentCase();
    if (!current) throw new Error('No case is open.');
    const renamed = await renameCase(openCaseRegistry(), current.id, name);
    ctx.notify(`Case renamed to “${renamed.name}”.`);
  },
});
