#!/usr/bin/env node
// Builds one HTML API reference per spec with Redocly into docs-build/ (git-ignored).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { runRedocly, withoutBanner } from './lib/redocly.mjs';

/** @returns {Promise<{ api: string, output?: string, error?: string }[]>} */
export async function buildDocs(outDir = path.join(repoRoot, 'docs-build')) {
  const results = [];
  for (const api of loadRegistry()) {
    const output = path.join(outDir, `${api.id}.html`);
    const { code, stdout, stderr } = await runRedocly(['build-docs', api.id, `--output=${output}`]);
    results.push(code === 0 ? { api: api.id, output } : { api: api.id, error: withoutBanner(stderr) || stdout });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await buildDocs();
  for (const result of results) {
    if (result.error) console.error(`${result.api}: ${result.error}`);
    else console.log(`${result.api}: file://${result.output}`);
  }
  process.exit(results.some((result) => result.error) ? 1 : 0);
}
