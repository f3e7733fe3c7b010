// The sandboxed preload (bundled by main/build.mjs into ONE CommonJS file, dist/main/preload.cjs):
// exposes the contract's DesktopBridge as `window.desktop` and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopBridge } from './desktop-bridge';

contextBridge.exposeInMainWorld('desktop', createDesktopBridge(ipcRenderer));
