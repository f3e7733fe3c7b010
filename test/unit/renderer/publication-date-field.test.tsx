// @vitest-environment jsdom
// The publication-date field of an article card (React in jsdom): two dates typed 100 ms apart both commit,
// in order, and the second wins, even when the first re-extraction lands while the second is being typed.

import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PublicationDateField } from '../../../renderer/ui/PublicationDateField';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
const commits: string[] = [];

function render(value: string, busy: boolean): void {
  act(() =>
    root.render(createElement(PublicationDateField, { articleId: 'a', value, busy, onCommit: (date: string) => commits.push(date) })),
  );
}

const input = (): HTMLInputElement => container.querySelector('input')!;

function type(date: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setValue.call(input(), date);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function pressEnter(): void {
  act(() => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  commits.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('PublicationDateField', () => {
  it('keeps the second date typed while the first re-extraction lands, and commits it on Enter', () => {
    render('2023-09-21', false);
    type('2023-09-25');
    pressEnter();
    render('2023-09-21', true); // the first change is being applied
    act(() => {
      vi.advanceTimersByTime(100);
    });
    type('2023-09-28'); // typed 100 ms later
    render('2023-09-25', false); // the first re-extraction lands mid-edit
    expect(input().value).toBe('2023-09-28');
    pressEnter();
    expect(commits).toEqual(['2023-09-25', '2023-09-28']);
  });

  it('does not fall back to the first date when it lands after the second was committed', () => {
    render('2023-09-21', false);
    type('2023-09-25');
    pressEnter();
    render('2023-09-21', true);
    act(() => {
      vi.advanceTimersByTime(100);
    });
    type('2023-09-28');
    pressEnter();
    render('2023-09-25', true); // first landed, second still running
    expect(input().value).toBe('2023-09-28');
    pressEnter(); // pressing Enter again commits nothing stale
    render('2023-09-28', false);
    expect(input().value).toBe('2023-09-28');
    expect(commits).toEqual(['2023-09-25', '2023-09-28']);
  });

  it('commits after a pause without Enter, and follows the stored date when nothing is being edited', () => {
    render('2023-09-21', false);
    type('2023-09-25');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(commits).toEqual(['2023-09-25']);
    render('2023-09-25', false);
    render('2023-10-01', false); // changed elsewhere (undo, another window)
    expect(input().value).toBe('2023-10-01');
  });
});
