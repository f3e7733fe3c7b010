// The top toolbar, drawn from the action registry: every action with a `toolbar` placement is a button (or an
// item of a drop-down such as Export) in its group, in order, with the action's label as its accessible name, its
// shortcut in the tooltip and its enabled state. Other developers add buttons by giving their action a placement.

import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { AppAction } from '../actions/action';
import { allActions } from '../actions/registry';
import { IS_MAC, shortcutText } from '../actions/shortcut-text';
import { useUiStore } from '../state/ui-store';
import { useActionContext, useRunAction } from './actions-context';
import { useOutsideClose } from './use-outside-close';

/** Group order left to right; groups not listed follow in order of first appearance. */
export const TOOLBAR_GROUPS = ['file', 'edit', 'view', 'export'];

type Action = AppAction<never>;

const tooltip = (action: Action): string => (action.shortcut ? `${action.label} (${shortcutText(action.shortcut, IS_MAC)})` : action.label);

function ToolbarMenu({
  name,
  actions,
  enabled,
  run,
}: {
  name: string;
  actions: Action[];
  enabled(action: Action): boolean;
  run(action: Action): void;
}) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useOutsideClose(open, rootRef, close);
  const anyEnabled = actions.some(enabled);
  return (
    <div className="menu" ref={rootRef} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!anyEnabled}
        onClick={() => setOpen(!open)}
      >
        {name} ▾
      </button>
      {open && (
        <div className="menu-items" role="menu">
          {actions.map((action, i) => (
            <button
              key={action.id}
              type="button"
              role="menuitem"
              autoFocus={i === 0}
              disabled={!enabled(action)}
              title={tooltip(action)}
              onClick={() => {
                setOpen(false);
                run(action);
              }}
            >
              {action.toolbar?.text ?? action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function groupsOf(actions: readonly Action[]): Array<[string, Action[]]> {
  const groups = new Map<string, Action[]>(TOOLBAR_GROUPS.map((group) => [group, []]));
  for (const action of actions) {
    const group = action.toolbar!.group;
    groups.set(group, [...(groups.get(group) ?? []), action]);
  }
  for (const list of groups.values()) list.sort((a, b) => a.toolbar!.order - b.toolbar!.order);
  return [...groups.entries()].filter(([, list]) => list.length > 0);
}

/** One character per action, '1' enabled and '0' disabled: a value that changes exactly when an enabled state does. */
export function enabledStates(actions: readonly Action[], enabled: (action: Action) => boolean): string {
  return actions.map((action) => (enabled(action) ? '1' : '0')).join('');
}

/** `leading`: controls shown after the title (the case menu and the view switch). */
export function Toolbar({ leading }: { leading?: ReactNode }) {
  const ctx = useActionContext();
  const runAction = useRunAction();
  const enabled = (action: Action): boolean => !action.isEnabled || action.isEnabled(ctx);
  const run = (action: Action): void => runAction(action.id);
  const toolbarActions = allActions().filter((action) => action.toolbar);
  // Enabled states read the UI store: re-render when one of them changes, not on every store change (a search key).
  useUiStore(() => enabledStates(toolbarActions, enabled));
  const groups = groupsOf(toolbarActions);
  return (
    <header className="toolbar" role="toolbar" aria-label="Timeline tools">
      <h1 className="app-title">Event Timeline</h1>
      {leading}
      {groups.map(([group, actions]) => {
        const buttons = actions.filter((action) => !action.toolbar!.menu);
        const menus = [...new Set(actions.flatMap((action) => (action.toolbar!.menu ? [action.toolbar!.menu] : [])))];
        return (
          <div
            key={group}
            className={group === 'view' ? 'button-group' : 'toolbar-group'}
            role="group"
            aria-label={group}
            data-toolbar-group={group}
          >
            {buttons.map((action) => (
              <button
                key={action.id}
                type="button"
                className={`button${action.toolbar!.primary ? ' primary' : ''}`}
                aria-label={action.label}
                title={tooltip(action)}
                data-action-id={action.id}
                disabled={!enabled(action)}
                onClick={() => run(action)}
              >
                {action.toolbar!.text ?? action.label}
              </button>
            ))}
            {menus.map((menu) => (
              <ToolbarMenu
                key={menu}
                name={menu}
                actions={actions.filter((action) => action.toolbar!.menu === menu)}
                enabled={enabled}
                run={run}
              />
            ))}
          </div>
        );
      })}
    </header>
  );
}
