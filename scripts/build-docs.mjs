#!/usr/bin/env node
// Builds one HTML API reference per spec with Redocly into docs-build/ (git-ignored). Each spec is
// bundled first and every operation given its code samples (`x-codeSamples`: the SDK call and the
// typed-client call), which Redocly shows next to the operation.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleAll } from './generate.mjs';
import { addCodeSamples } from './lib/code-samples.mjs';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { runRedocly, withoutBanner } from './lib/redocly.mjs';

/**
 * @param {{ root?: string, outDir?: string }} [options] root: a checkout whose redocly.yaml and specs are read
 * @returns {Promise<{ api: string, output?: string, error?: string }[]>}
 */
export async function buildDocs({ root = repoRoot, outDir = path.join(root, 'docs-build') } = {}) {
  const apis = loadRegistry(path.join(root, 'redocly.yaml'));
  const specs = await bundleAll(apis, root);
  const scratch = await mkdtemp(path.join(tmpdir(), 'engagekit-docs-'));
  try {
    return await Promise.all(
      apis.map(async (api, index) => {
        const bundled = path.join(scratch, `${api.id}.json`);
        await writeFile(bundled, JSON.stringify(addCodeSamples(specs[index], api)));
        const output = path.join(outDir, `${api.id}.html`);
        const { code, stdout, stderr } = await runRedocly(['build-docs', bundled, `--output=${output}`, '--inlineBundle'], { cwd: root });
        return code === 0 ? { api: api.id, output } : { api: api.id, error: withoutBanner(stderr) || stdout };
      }),
    );
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await buildDocs();
  for (const result of results) {
    if (result.error) console.error(`${result.api}: ${result.error}`);
    else console.log(`${result.api}: file://${result.output}`);
  }
  process.exit(results.some((result) => result.error) ? 1 : 0);
}
