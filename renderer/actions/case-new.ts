// "New case": adds an empty case with the given name and switches to it (the page reloads onto its database).

import { createCase, openCaseRegistry } from '../cases/case-registry';
import { switchToCase } from '../cases/switch-case';
import { registerAction } from './registry';

export const newCaseAction = registerAction<{ name: string }>({
  id: 'case.new',
  label: 'New case',
  async run(_ctx, { name }) {
    switchToCase(await createCase(openCaseRegistry(), name));
  },
});
