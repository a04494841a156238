#!/usr/bin/env node
// The regeneration workflow after the vendors' docs change: lint every spec, regenerate every
// client and mock bundle, rebuild, and print (and record in each spec's CHANGELOG.md) what changed
// in the API since the last commit. `--check` only verifies that generated code is up to date.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleAll, findStale, renderAll } from './generate.mjs';
import { formatProblem, lintSpecs } from './lint-specs.mjs';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { diffSpecs, formatChanges } from './lib/spec-diff.mjs';

/** Bundles of every spec as committed at `revision`; an API absent there maps to undefined. */
export async function committedBundles(revision = 'HEAD', root = repoRoot) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'engagekit-regen-'));
  try {
    const archive = execFileSync('git', ['archive', revision, 'redocly.yaml', 'specs'], { cwd: root, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', scratch], { input: archive });
    const apis = loadRegistry(path.join(scratch, 'redocly.yaml'));
    const specs = await bundleAll(apis, scratch);
    return new Map(apis.map((api, index) => [api.id, specs[index]]));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Appends an entry unless the newest entry already says the same. */
export async function recordChangelog(file, date, lines) {
  const entry = `## ${date}\n\n${lines.join('\n')}\n`;
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === null) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `# API changelog\n\nWritten by \`pnpm regen\`: what changed in this spec, and whether it breaks client code.\n\n${entry}`);
    return true;
  }
  const entries = current.split(/^## /m).slice(1);
  const newest = entries.at(-1);
  if (newest && `## ${newest}`.trim().replace(/^## \S+/, '') === entry.trim().replace(/^## \S+/, '')) return false;
  await appendFile(file, `\n${entry}`);
  return true;
}

/**
 * Whether the committed generated files match the specs; prints the verdict and any stale file.
 * @param {{ bundles?: any[] }} [options] the registry's specs, already bundled (default: bundle them)
 * @returns {Promise<boolean>}
 */
export async function checkGenerated({ bundles } = {}) {
  const stale = await findStale(await renderAll(repoRoot, { bundles }));
  if (stale.length > 0) {
    console.error(`Generated code is stale (${stale.length} files). Run \`pnpm regen\` and commit the result:`);
    for (const file of stale) console.error(`  ${file}`);
    return false;
  }
  console.log('Generated code is up to date.');
  return true;
}

async function check() {
  if (!(await checkGenerated())) process.exit(1);
}

async function regen() {
  console.log('1/4 lint');
  const results = await lintSpecs();
  const problems = results.flatMap((result) => result.problems);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
    console.error(`Lint failed with ${problems.length} problem(s); nothing was regenerated.`);
    process.exit(1);
  }

  console.log('2/4 bundle and generate');
  const files = await renderAll();
  const stale = await findStale(files);
  for (const relative of stale) {
    await mkdir(path.dirname(path.join(repoRoot, relative)), { recursive: true });
    await writeFile(path.join(repoRoot, relative), files[relative]);
  }
  console.log(`    ${stale.length} generated file(s) changed`);

  console.log('3/4 build');
  const build = spawnSync('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  console.log('4/4 API changelog against the last commit\n');
  const before = await committedBundles();
  const apis = loadRegistry();
  const after = await bundleAll(apis);
  const date = new Date().toISOString().slice(0, 10);
  for (const [index, api] of apis.entries()) {
    const old = before.get(api.id);
    const lines = old ? formatChanges(diffSpecs(old, after[index])) : ['- new API'];
    console.log(`## ${api.id}`);
    console.log(lines.join('\n'));
    console.log('');
    if (lines[0] !== '- no API changes') {
      const changelog = path.join(repoRoot, path.dirname(api.root), 'CHANGELOG.md');
      if (await recordChangelog(changelog, date, lines)) console.log(`(recorded in ${path.relative(repoRoot, changelog)})\n`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  (process.argv.includes('--check') ? check() : regen()).catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
