// @vitest-environment jsdom
// The toolbar (React in jsdom) re-renders when an action's enabled state changes (Undo becomes possible), and not
// on UI changes no button depends on (each key typed into Search), which used to redraw it on every key.

import { act, createElement, Profiler } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../../renderer/actions/history-undo';
import type { ActionContext } from '../../../renderer/actions/action';
import { useUiStore } from '../../../renderer/state/ui-store';
import { ActionsProvider } from '../../../renderer/ui/actions-context';
import { Toolbar } from '../../../renderer/ui/Toolbar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let renders = 0;
const ctx = { db: {}, notify: () => undefined } as unknown as ActionContext;

const undoButton = (): HTMLButtonElement => container.querySelector('button[aria-label="Undo"]')!;

beforeEach(() => {
  useUiStore.setState({ undoLabel: null, search: '' });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  renders = 0;
  act(() =>
    root.render(
      createElement(
        Profiler,
        { id: 'toolbar', onRender: () => void renders++ },
        createElement(ActionsProvider, { value: ctx, children: createElement(Toolbar) }),
      ),
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('Toolbar re-rendering', () => {
  it('follows an enabled state that changes', () => {
    expect(undoButton().disabled).toBe(true);
    act(() => useUiStore.getState().setFacts({ undoLabel: 'Edit event' }));
    expect(undoButton().disabled).toBe(false);
  });

  it('does not re-render while the analyst types a search', () => {
    const before = renders;
    for (const text of ['A', 'Am', 'Ama', 'Amara']) act(() => useUiStore.getState().setSearch(text));
    expect(renders).toBe(before);
    act(() => useUiStore.getState().setFacts({ undoLabel: 'Edit event' }));
    expect(renders).toBe(before + 1);
  });
});
