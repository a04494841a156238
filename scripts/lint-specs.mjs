#!/usr/bin/env node
// Lints every spec in the registry with Redocly (in this process) and prints one line per problem as
// `file:line:col  severity  rule  message`. Any error or warning fails the run.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { formatProblem, lintApi } from './lib/redocly.mjs';

/**
 * @param {{ configPath?: string, cwd?: string }} [options]
 * @returns {Promise<{ api: string, problems: { file: string, line?: number, col?: number, severity: string, rule: string, message: string }[] }[]>}
 */
export async function lintSpecs({ configPath = path.join(repoRoot, 'redocly.yaml'), cwd = path.dirname(configPath) } = {}) {
  const apis = loadRegistry(configPath);
  return Promise.all(apis.map(async ({ id }) => ({ api: id, problems: await lintApi(id, { configPath, cwd }) })));
}

export { formatProblem };

/** Lints every registry spec and prints each problem; returns whether all were clean. */
export async function checkLint() {
  const results = await lintSpecs();
  let total = 0;
  for (const { api, problems } of results) {
    total += problems.length;
    console.log(`${api}: ${problems.length === 0 ? 'clean' : `${problems.length} problem(s)`}`);
    for (const problem of problems) console.log(`  ${formatProblem(problem)}`);
  }
  if (total > 0) {
    console.error(`\nSpec lint failed: ${total} problem(s). Errors and warnings both fail.`);
    return false;
  }
  console.log(`All ${results.length} specs lint clean (0 errors, 0 warnings).`);
  return true;
}

async function main() {
  if (!(await checkLint())) process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
