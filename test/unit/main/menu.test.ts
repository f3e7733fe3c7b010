// The application menu template: commands, accelerators, roles, platform and dev-mode differences.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../../app/ipc/contract';
import { buildMenuTemplate } from '../../../main/menu';

function build(platform = 'linux', isDev = false) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ appName: 'Event Timeline', platform, isDev, sendCommand: (c) => sent.push(c) });
  return { template, sent };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function allItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`item ${item?.label} has no click`);
  (item.click as () => void)();
}

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows/Linux', () => {
    expect(build().template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('File has Import… on CmdOrCtrl+O that sends the import command', () => {
    const { template, sent } = build();
    const importItem = submenu(template, 'File').find((item) => item.label === 'Import…');
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    click(importItem);
    expect(sent).toEqual(['import']);
  });

  it('File has Paste article, Export PNG and Export SVG sending their commands, and Quit', () => {
    const { template, sent } = build();
    const file = submenu(template, 'File');
    for (const label of ['Paste article as text…', 'Export PNG…', 'Export SVG…']) click(file.find((item) => item.label === label));
    expect(sent).toEqual(['paste-article', 'export-png', 'export-svg']);
    expect(file.some((item) => item.role === 'quit')).toBe(true);
  });

  it('File has Export PDF…, Export CSV… and Export JSON… sending their commands', () => {
    const { template, sent } = build();
    const file = submenu(template, 'File');
    for (const label of ['Export PDF…', 'Export CSV…', 'Export JSON…']) click(file.find((item) => item.label === label));
    expect(sent).toEqual(['export-pdf', 'export-csv', 'export-json']);
  });

  it('File has New case, Back up case… and Restore case… sending the case commands', () => {
    const { template, sent } = build();
    const file = submenu(template, 'File');
    for (const label of ['New case', 'Back up case…', 'Restore case…']) click(file.find((item) => item.label === label));
    expect(sent).toEqual(['new-case', 'backup-case', 'restore-case']);
  });

  it('View has Zoom in, Zoom out and Fit all sending timeline commands', () => {
    const { template, sent } = build();
    const view = submenu(template, 'View');
    for (const label of ['Zoom in', 'Zoom out', 'Fit all']) click(view.find((item) => item.label === label));
    expect(sent).toEqual(['zoom-in', 'zoom-out', 'fit']);
  });

  it('every menu command of the contract is reachable, and every click sends a valid one', () => {
    const { template, sent } = build();
    for (const item of allItems(template)) if (item.click) click(item);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('Edit has Undo, Redo and Delete sending their commands, with their keys shown but left to the renderer', () => {
    const { template, sent } = build();
    const edit = submenu(template, 'Edit');
    const items = ['Undo', 'Redo', 'Delete'].map((label) => edit.find((item) => item.label === label));
    for (const item of items) click(item);
    expect(sent).toEqual(['undo', 'redo', 'delete']);
    expect(items.map((item) => item?.accelerator)).toEqual(['CmdOrCtrl+Z', 'Shift+CmdOrCtrl+Z', 'Delete']);
    expect(items.every((item) => item?.registerAccelerator === false)).toBe(true);
    expect(edit.some((item) => item.role === 'undo' || item.role === 'redo' || item.role === 'delete')).toBe(false);
  });

  it('Edit keeps the standard clipboard roles', () => {
    const roles = submenu(build().template, 'Edit')
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('Help has About', () => {
    expect(submenu(build().template, 'Help').some((item) => item.role === 'about')).toBe(true);
  });

  it('offers reload and DevTools only in development', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools'];
    const production = allItems(build('linux', false).template).map((item) => item.role);
    const development = allItems(build('linux', true).template).map((item) => item.role);
    for (const role of devRoles) {
      expect(production).not.toContain(role);
      expect(development).toContain(role);
    }
  });

  it('no accelerator is bound twice', () => {
    const accelerators = allItems(build('linux', true).template).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('on macOS puts the app menu first with Quit, and File has no second Quit', () => {
    const { template } = build('darwin');
    expect(template[0]?.label).toBe('Event Timeline');
    expect(submenu(template, 'Event Timeline').some((item) => item.role === 'quit')).toBe(true);
    expect(submenu(template, 'File').some((item) => item.role === 'quit')).toBe(false);
  });
});
