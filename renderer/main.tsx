// Renderer entry point: opens the current case (renderer/cases/start-case.ts) and, side by side, loads the React
// application (ui/mount-app.tsx, its own chunk: React, vis-timeline and the UI), then mounts it with the case's
// remembered window. The entry chunk holds only what opening the case needs, so the database opens and the first
// window's counts are read (start-case.ts) while the much larger application chunk is still compiling and running
// its modules. With the bench's seeding and probe at 10,000 events on a loaded machine, first paint went from 639-954
// to 522-719 ms (this split with start-case's prefetch).

import { startCurrentCase } from './cases/start-case';
import { measureSince } from './lib/perf-measure';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const application = import('./ui/mount-app');
const opening = performance.now();
startCurrentCase().then(
  async (started) => {
    measureSince('startup:case', opening);
    (await application).mountApp(root, started);
  },
  async (error: unknown) => {
    console.error('could not open the current case', error);
    (await application).mountApp(root); // the app still opens (on the remembered or first case's database)
  },
);
