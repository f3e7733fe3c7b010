// "Delete case…": removes a case and everything in it (the UI first asks, naming what will be lost: see
// deleteConfirmation). Deleting the current case switches to another one.

import { openCaseRegistry } from '../cases/case-registry';
import { deleteCase } from '../cases/switch-case';
import { registerAction } from './registry';

export const deleteCaseAction = registerAction<{ caseId: string }>({
  id: 'case.delete',
  label: 'Delete case…',
  async run(ctx, { caseId }) {
    const registry = openCaseRegistry();
    const record = await registry.cases.get(caseId);
    if (!record) throw new Error('That case no longer exists.');
    await deleteCase(registry, record);
    ctx.notify(`Case “${record.name}” deleted.`);
  },
});
