// Loads the validators of a bundled spec from the same generator that writes
// `@engagekit/<api>/validators` (lib/validators.mjs): rendered, transpiled and imported from a
// private temp folder. `pnpm drift` uses it because it must validate against the spec as it is on
// disk now, including after `--apply` patched it, before any package is rebuilt.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { repoRoot } from './registry.mjs';
import { renderValidatorsModule } from './validators.mjs';

const transpile = (code) => ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } }).outputText;

/** @returns {Promise<import('../../packages/runtime/src/validation.ts').ValidatorModule>} */
export async function loadValidators(spec) {
  const folder = await mkdtemp(path.join(tmpdir(), 'engagekit-drift-validators-'));
  try {
    const runtime = await readFile(path.join(repoRoot, 'packages/runtime/src/validation.ts'), 'utf8');
    await writeFile(path.join(folder, 'validation.mjs'), transpile(runtime));
    const module = renderValidatorsModule(spec, '').js.replaceAll("'@engagekit/runtime/validation'", "'./validation.mjs'");
    await writeFile(path.join(folder, 'validators.mjs'), module);
    return await import(pathToFileURL(path.join(folder, 'validators.mjs')).href);
  } finally {
    // Node has read both files once the import resolved.
    await rm(folder, { recursive: true, force: true });
  }
}
