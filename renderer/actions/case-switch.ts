// Switch case: opens another case (the page reloads onto its database, with its own view).

import { openCaseRegistry } from '../cases/case-registry';
import { switchToCase } from '../cases/switch-case';
import { registerAction } from './registry';

export const switchCaseAction = registerAction<{ caseId: string }>({
  id: 'case.switch',
  label: 'Switch case',
  async run(_ctx, { caseId }) {
    const record = await openCaseRegistry().cases.get(caseId);
    if (!record) throw new Error('That case no longer exists.');
    switchToCase(record);
  },
});
