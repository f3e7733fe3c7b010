// The size limit of one imported file (or pasted text), owned by the core's ingest; main's Import dialog
// and the IPC contract use the same number (the contract re-exports it, so the core never imports IPC).

/** Largest file the app imports (and the Import dialog reads). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
