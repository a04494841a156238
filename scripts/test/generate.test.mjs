import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAll } from '../generate.mjs';
import { smallRepo } from './fixtures.mjs';

// Generation is checked on the small fixture specs; the real specs' generated files are checked by
// `pnpm generate:check`, one of the spec checks in `pnpm test` (`pnpm check:specs`).

/** Runs one of the copied scripts the way `pnpm` does, in the copy. */
function runScript(repo, script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repo.root, 'scripts', script), ...args], { cwd: repo.root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function writeAll(root, files) {
  for (const [relative, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, relative)), { recursive: true });
    await writeFile(path.join(root, relative), contents);
  }
}

const notesTypes = 'packages/notes-v1/src/generated/openapi.ts';
const noteStatusEdit = (text) => text.replace('enum: [open, done]', 'enum: [open, done, archived]');

describe('generate', () => {
  let repo;
  let files;
  beforeAll(async () => {
    repo = smallRepo({ scripts: true });
    files = await renderAll(repo.root);
    await writeAll(repo.root, files);
  });

  it('renders a client package, a mock bundle and the code-sample checks per spec, each marked generated', () => {
    expect(Object.keys(files).sort()).toEqual(
      [
        'packages/contract-tests/test/types/code-samples/notes-v1.ts',
        'packages/contract-tests/test/types/code-samples/shop-v1.ts',
        'packages/mock/specs/browser-data.d.ts',
        'packages/mock/specs/browser-data.js',
        'packages/mock/specs/manifest.json',
        'packages/mock/specs/notes-v1.json',
        'packages/mock/specs/notes-v1.resources.json',
        'packages/mock/specs/shop-v1.json',
        'packages/mock/specs/shop-v1.resources.json',
        ...['notes-v1', 'shop-v1'].flatMap((pkg) =>
          [
            'LICENSE',
            'README.md',
            'package.json',
            'src/generated/openapi.ts',
            'src/generated/routes.ts',
            'src/generated/validators.d.ts',
            'src/generated/validators.js',
            'src/index.ts',
            'tsconfig.json',
          ].map((file) => `packages/${pkg}/${file}`),
        ),
      ].sort(),
    );
    for (const [file, contents] of Object.entries(files)) {
      if (file.endsWith('.ts')) expect(contents.startsWith('// generated — do not edit.'), file).toBe(true);
    }
    expect(files['packages/contract-tests/test/types/code-samples/shop-v1.ts']).toContain('await shop.items.update({');
  });

  // `pnpm generate:check` runs `regen --check`; `generate --check` is the generator's own check. Both
  // run at once on the same copy: they only read it.
  const checks = (copy) => Promise.all(['generate.mjs', 'regen.mjs'].map((script) => runScript(copy, script, ['--check'])));
  const staleListed = (output) => [...output.matchAll(/^ {2}(\S+)$/gm)].map((match) => match[1]).sort();

  it('--check exits 0 when the generated files match the specs', async () => {
    for (const { code, output } of await checks(repo)) {
      expect(output).toMatch(/up to date/);
      expect(code).toBe(0);
    }
  });

  it('--check exits 1 and names exactly the stale files when a spec drifted from its generated files', async () => {
    const drifted = smallRepo({ scripts: true });
    await writeAll(drifted.root, files);
    drifted.edit('specs/notes/v1/openapi.yaml', noteStatusEdit);
    for (const { code, output } of await checks(drifted)) {
      expect(staleListed(output)).toEqual(['packages/mock/specs/notes-v1.json', notesTypes, 'packages/notes-v1/src/generated/validators.js']);
      expect(code).toBe(1);
    }
  });
});
