import { describe, expect, it } from 'vitest';
import { findStale, renderAll } from '../generate.mjs';
import { repoRoot } from '../lib/registry.mjs';
import { copyOfSpecs } from './fixtures.mjs';

describe('generate', () => {
  it('renders exactly what is committed', async () => {
    const files = await renderAll(copyOfSpecs().root);
    expect(Object.keys(files)).toContain('packages/reply-v3/src/generated/openapi.ts');
    expect(await findStale(files, repoRoot)).toEqual([]);
  });

  it('flags the generated files of a spec that changed, and only those', async () => {
    const copy = copyOfSpecs();
    copy.edit('specs/whippy/v1/components/schemas/ContactSequencesParams.yaml', (text) =>
      text.replace('enum: [draft, active, archived]', 'enum: [draft, active, archived, paused]'),
    );
    const stale = await findStale(await renderAll(copy.root), repoRoot);
    expect(stale.sort()).toEqual([
      'packages/mock/specs/whippy-v1.json',
      'packages/whippy-v1/src/generated/openapi.ts',
      'packages/whippy-v1/src/generated/validators.js',
    ]);
  });

  it('starts every generated TypeScript file with the do-not-edit header', async () => {
    const files = await renderAll(copyOfSpecs().root);
    for (const [file, contents] of Object.entries(files)) {
      if (file.endsWith('.ts')) expect(contents.startsWith('// generated — do not edit.')).toBe(true);
    }
  });
});
