// ESLint (flat config) for the whole repository: typescript-eslint with type information (each file is
// checked against the tsconfig that owns it: app/, main/ or the root one), the layer rules of the
// architecture (GUIDE.md) as per-folder import bans, no floating promises, no unused variables, and the
// 140-character line limit. Code layout itself is prettier's (.prettierrc.json, `npm run format`).

import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Node built-ins, by both spellings. */
const NODE_MODULES = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];

/** The Node globals the build and tool scripts (*.mjs) use. */
const NODE_GLOBALS = Object.fromEntries(
  ['Buffer', 'process', 'console', 'URL', 'setTimeout', 'clearTimeout', 'TextEncoder', 'TextDecoder'].map((name) => [name, 'readonly']),
);

/** What the core (app/) must not import: the other layers and any platform module. */
const CORE_BANS = {
  paths: [
    { name: 'electron', message: 'app/ runs in a worker, in main and in the CLI: Electron belongs in main/.' },
    ...NODE_MODULES.map((name) => ({ name, message: 'app/ must not use Node modules (it runs in a Web Worker): put it in main/.' })),
  ],
  patterns: [
    {
      regex: '^(react|react-dom|dexie|dexie-react-hooks|zustand|vis-timeline|vis-data|html-to-image)(/|$)',
      message: 'app/ is the framework-free core: no UI, DOM or storage libraries (they belong in renderer/).',
    },
    { regex: '^node:', message: 'app/ must not use Node modules (it runs in a Web Worker): put it in main/.' },
    { regex: '(^|/)(renderer|main)(/|$)', message: 'app/ imports nothing from renderer/ or main/ (the core is the bottom layer).' },
  ],
};

/** What the renderer must not import: the main process and Electron itself (it talks to main only through the preload bridge). */
const RENDERER_BANS = {
  paths: [{ name: 'electron', message: 'renderer/ reaches Electron only through the preload bridge (window.desktop).' }],
  patterns: [{ regex: '^(\\.\\./)+main/', message: 'renderer/ imports nothing from main/ (use the IPC contract in app/ipc).' }],
};

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'test/fixtures/**', '**/*.generated.*'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    plugins: { '@stylistic': stylistic },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // A `/// <reference path>` to a local declaration file is how a module without types is typed (pdfjs worker).
      '@typescript-eslint/triple-slash-reference': ['error', { path: 'always', types: 'prefer-import', lib: 'always' }],
      // Code lines are wrapped by prettier at 140; what it cannot wrap (a long string, regex or URL) is allowed.
      '@stylistic/max-len': [
        'error',
        { code: 140, tabWidth: 2, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: NODE_GLOBALS },
  },
  { files: ['app/**'], rules: { 'no-restricted-imports': ['error', CORE_BANS] } },
  { files: ['renderer/**'], rules: { 'no-restricted-imports': ['error', RENDERER_BANS] } },
);
