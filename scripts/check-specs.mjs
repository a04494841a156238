#!/usr/bin/env node
// The spec checks `pnpm test` runs, in one process over one bundle of each spec: lint, generated
// code up to date, coverage against the inventories, and the release gate. Run as four processes
// they bundled every spec four times. Each check still runs alone: `pnpm lint:specs`,
// `pnpm generate:check`, `pnpm specs:coverage:check`, `pnpm release:check`.
import { bundleAll } from './generate.mjs';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { checkLint } from './lint-specs.mjs';
import { checkGenerated } from './regen.mjs';
import { checkRelease } from './release-check.mjs';
import { checkCoverage } from './spec-coverage.mjs';

async function main() {
  const failed = [];
  const section = async (name, check) => {
    console.log(`\n== ${name}`);
    if (!(await check())) failed.push(name);
  };
  await section('lint (pnpm lint:specs)', checkLint);
  // A spec that does not lint may not bundle either; the lint problems above say why.
  let bundles;
  try {
    bundles = await bundleAll(loadRegistry());
  } catch (error) {
    console.error(error.message ?? error);
    failed.push('bundle');
  }
  if (bundles) {
    await section('generated code (pnpm generate:check)', () => checkGenerated({ bundles }));
    await section('coverage (pnpm specs:coverage:check)', async () => (await checkCoverage({ bundles })) === 0);
    await section('release gate (pnpm release:check)', () => checkRelease(repoRoot, { bundles }));
  }
  if (failed.length > 0) {
    console.error(`\nSpec checks failed: ${failed.join(', ')}.`);
    process.exit(1);
  }
  console.log('\nAll spec checks passed.');
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
