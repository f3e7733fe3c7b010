// Mounts the React application on the page's root element with the opened case. Loaded by the entry point
// (renderer/main.tsx) as its own chunk, fetched and evaluated while the case's database opens.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StartedCase } from '../cases/start-case';
import { App } from './App';

export function mountApp(root: HTMLElement, started?: StartedCase): void {
  createRoot(root).render(
    <StrictMode>
      <App remembered={started} />
    </StrictMode>,
  );
}
