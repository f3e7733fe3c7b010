// Dexie turns on its debug mode by itself when the page is served from localhost or 127.0.0.1 (the browser build of
// `npm run web` and the e2e and bench harness): every table call then creates a console task for async stack traces,
// which made opening a case and each window's reads slower there than in Electron, whose app:// origin never turns it
// on. The renderer and its workers run Dexie the same way on every origin. Imported for its effect by the modules
// that define the databases, before any is opened.

import Dexie from 'dexie';

Dexie.debug = false;
