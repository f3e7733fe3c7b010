// The toolbar's case control: a menu button named after the current case ("Case: Ukraine 2022") with New case,
// Rename case…, Delete case…, Back up case…, Restore case… and the other cases to switch to; and the dialogs
// those open. Each command is an action of the registry (renderer/actions/case-*.ts).

import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import type { AppAction } from '../actions/action';
import { backUpCaseAction } from '../actions/case-backup';
import { deleteCaseAction } from '../actions/case-delete';
import { newCaseAction } from '../actions/case-new';
import { renameCaseAction } from '../actions/case-rename';
import { restoreCaseAction } from '../actions/case-restore';
import { switchCaseAction } from '../actions/case-switch';
import { readCurrentCase } from '../db/current-database';
import { useUiStore } from '../state/ui-store';
import { useOutsideClose } from '../ui/use-outside-close';
import { CaseNameDialog } from './CaseNameDialog';
import { DeleteCaseDialog } from './DeleteCaseDialog';
import { listCases, openCaseRegistry } from './case-registry';
import { runAction } from './run-action';
import './cases.css';

export function CaseMenu() {
  const cases = useLiveQuery(() => listCases(openCaseRegistry()), []);
  const currentId = readCurrentCase()?.id;
  const current = cases?.find((record) => record.id === currentId);
  const others = cases?.filter((record) => record.id !== currentId) ?? [];
  const dialog = useUiStore((state) => state.caseDialog);
  const openDialog = useUiStore((state) => state.openCaseDialog);
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsideClose(open, rootRef, close);

  const choose = (run: () => void): void => {
    setOpen(false);
    run();
  };
  const item = <Arg,>(action: AppAction<Arg>, arg: Arg) => (
    <button type="button" role="menuitem" onClick={() => choose(() => void runAction(action, arg))}>
      {action.label}
    </button>
  );

  return (
    <div className="menu case-menu" ref={rootRef} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="button case-button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-case-id={currentId}
      >
        Case: <span className="case-name">{current?.name ?? '…'}</span> ▾
      </button>
      {open && (
        <div className="menu-items case-menu-items" role="menu" aria-label="Case">
          <button type="button" role="menuitem" autoFocus onClick={() => choose(() => openDialog('new'))}>
            {newCaseAction.label}
          </button>
          <button type="button" role="menuitem" onClick={() => choose(() => openDialog('rename'))}>
            {renameCaseAction.label}
          </button>
          <button type="button" role="menuitem" onClick={() => choose(() => openDialog('delete'))}>
            {deleteCaseAction.label}
          </button>
          <hr />
          {item(backUpCaseAction, undefined)}
          {item(restoreCaseAction, undefined)}
          {others.length > 0 && (
            <>
              <hr />
              <p className="menu-heading">Switch to</p>
              {others.map((record) => (
                <button
                  type="button"
                  role="menuitem"
                  key={record.id}
                  data-case-id={record.id}
                  onClick={() => choose(() => void runAction(switchCaseAction, { caseId: record.id }))}
                >
                  {record.name}
                </button>
              ))}
            </>
          )}
        </div>
      )}
      {dialog === 'new' && (
        <CaseNameDialog
          title="New case"
          submitLabel="Create case"
          initialName=""
          onClose={() => openDialog(null)}
          onSubmit={(name) => {
            openDialog(null);
            void runAction(newCaseAction, { name });
          }}
        />
      )}
      {dialog === 'rename' && current && (
        <CaseNameDialog
          title="Rename case"
          submitLabel="Rename"
          initialName={current.name}
          onClose={() => openDialog(null)}
          onSubmit={(name) => {
            openDialog(null);
            void runAction(renameCaseAction, { name });
          }}
        />
      )}
      {dialog === 'delete' && current && (
        <DeleteCaseDialog
          record={current}
          canDelete={others.length > 0}
          onClose={() => openDialog(null)}
          onConfirm={() => {
            openDialog(null);
            void runAction(deleteCaseAction, { caseId: current.id });
          }}
        />
      )}
    </div>
  );
}
