#!/usr/bin/env node
// Builds one HTML API reference per spec with Redocly into docs-build/ (git-ignored).
import path from 'node:path';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { runRedocly, withoutBanner } from './lib/redocly.mjs';

const outDir = path.join(repoRoot, 'docs-build');
let failed = false;
for (const api of loadRegistry()) {
  const output = path.join(outDir, `${api.id}.html`);
  const { code, stdout, stderr } = await runRedocly(['build-docs', api.id, `--output=${output}`]);
  if (code !== 0) {
    failed = true;
    console.error(`${api.id}: ${withoutBanner(stderr) || stdout}`);
  } else {
    console.log(`${api.id}: file://${output}`);
  }
}
process.exit(failed ? 1 : 0);
