// Types for main/launch.mjs (the `npm start` launcher), so TypeScript tests can import it.
export declare const MISSING_BINARY_MESSAGE: string;
export declare function defaultExecutableName(platform: string): string;
export declare function resolveElectronBinary(options: {
  electronDir: string;
  env?: Record<string, string | undefined>;
  platform?: string;
}): { ok: true; executable: string } | { ok: false; message: string };
export declare function ensureElectronBinary(options: {
  electronDir: string;
  env?: Record<string, string | undefined>;
  platform?: string;
  download: () => boolean;
}): { ok: true; executable: string } | { ok: false; message: string };
export declare function runElectron(executable: string, args: string[], env?: Record<string, string | undefined>): Promise<number>;
