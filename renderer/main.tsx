// Renderer entry point: opens the current case (renderer/cases/start-case.ts), then mounts the React application
// with the case's remembered window.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startCurrentCase, type StartedCase } from './cases/start-case';
import { App } from './ui/App';
import { measureSince } from './lib/perf-measure';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const mount = (started?: StartedCase): void =>
  createRoot(root).render(
    <StrictMode>
      <App remembered={started} />
    </StrictMode>,
  );
const opening = performance.now();
startCurrentCase().then(
  (started) => {
    measureSince('startup:case', opening);
    mount(started);
  },
  (error: unknown) => {
    console.error('could not open the current case', error);
    mount(); // the app still opens (on the remembered or first case's database)
  },
);
