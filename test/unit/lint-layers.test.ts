// The layer rules of eslint.config.js fire where GUIDE.md says: the core (app/) may import neither the other
// layers nor platform modules, the renderer may not import main/ or Electron. Linted as text with the repository's
// config (type-aware rules off: the probe files do not exist on disk).
import { ESLint } from 'eslint';
import path from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked, languageOptions: { parserOptions: { projectService: false } } },
  ],
});

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`// probe\n${code}\nexport {};\n`, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message.split("'")[1]!);
}

describe('lint layer rules', () => {
  it('keep app/ free of the other layers and of platform modules', async () => {
    const code = [
      "import 'react';",
      "import 'react-dom/client';",
      "import 'dexie';",
      "import 'electron';",
      "import 'node:fs';",
      "import 'path';",
      "import '../../renderer/db/queries';",
      "import '../../main/menu';",
      "import '../model/event';",
      "import 'fflate';",
    ].join('\n');
    expect(await restricted('app/ingest/probe.ts', code)).toEqual([
      'react',
      'react-dom/client',
      'dexie',
      'electron',
      'node:fs',
      'path',
      '../../renderer/db/queries',
      '../../main/menu',
    ]);
  }, 60_000);

  it('keep renderer/ away from main/ and Electron, but not from app/ or its own files', async () => {
    const code = [
      "import '../../main/menu';",
      "import 'electron';",
      "import '../../app/model/event';",
      "import '../main';",
      "import 'react';",
    ].join('\n');
    expect(await restricted('renderer/ui/probe.tsx', code)).toEqual(['../../main/menu', 'electron']);
  }, 60_000);
});
