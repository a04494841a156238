#!/usr/bin/env node
// The release gate. Compares every spec with the API surface its client package last released
// (releases/<api>.json) and fails when a change breaks client code while no pending changeset gives
// the client package, and every SDK package that re-exports it, a breaking version bump.
// `--record` (run by `pnpm release:version`, after `changeset version`) writes the surface of every
// API whose client package has a new version line, so the next release compares with it.
// `--root <dir>` checks another checkout (the tests use a small fixture workspace).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import getReleasePlanModule from '@changesets/get-release-plan';
import { bundleAll } from './generate.mjs';
import { loadRegistry, repoRoot } from './lib/registry.mjs';
import { diffSpecs, formatChanges } from './lib/spec-diff.mjs';

const getReleasePlan = getReleasePlanModule.default ?? getReleasePlanModule;

/** Prose and examples do not change what client code compiles against; everything else does. */
const NOT_SURFACE = new Set(['description', 'summary', 'example', 'examples', 'externalDocs', 'x-codeSamples', 'tags']);

/** Maps whose keys are names chosen by the spec (a property called `description` is surface). */
const NAMED_MAPS = new Set(['properties', 'patternProperties', 'schemas', 'paths', 'responses', 'headers', 'content', 'parameters', 'requestBodies', 'securitySchemes', '$defs', 'dependentSchemas', 'encoding', 'mapping', 'links', 'callbacks', 'variables']);

/** The API surface of a bundled spec: the spec without prose and examples. */
export function apiSurface(node, parentKey) {
  if (Array.isArray(node)) return node.map((item) => apiSurface(item));
  if (!node || typeof node !== 'object') return node;
  const keepAll = NAMED_MAPS.has(parentKey);
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => keepAll || !NOT_SURFACE.has(key))
      .map(([key, value]) => [key, apiSurface(value, keepAll ? undefined : key)]),
  );
}

export const snapshotPath = (root, apiId) => path.join(root, 'releases', `${apiId}.json`);

/** @returns {{ package: string, version: string, surface: any } | undefined} */
export function readSnapshot(root, apiId) {
  const file = snapshotPath(root, apiId);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/** Workspace packages by name, with their version, privacy and dependencies. */
function workspacePackages(root) {
  const packagesDir = path.join(root, 'packages');
  return new Map(
    readdirSync(packagesDir)
      .filter((name) => existsSync(path.join(packagesDir, name, 'package.json')))
      .map((name) => {
        const manifest = JSON.parse(readFileSync(path.join(packagesDir, name, 'package.json'), 'utf8'));
        return [manifest.name, { name: manifest.name, version: manifest.version, private: Boolean(manifest.private), dependencies: Object.keys(manifest.dependencies ?? {}) }];
      }),
  );
}

/**
 * Whether going from `from` to `to` is a breaking bump: one that leaves the caret range `^from`.
 * From 1.0.0 on that is a new major; for 0.x.y (x ≥ 1) a new minor or major, which is what npm's
 * caret ranges and semver's "anything may change in 0.x" make breaking; for 0.0.y any bump.
 */
export function isBreakingBump(from, to) {
  const [fromMajor, fromMinor, fromPatch] = from.split(/[.-]/).map(Number);
  const [toMajor, toMinor, toPatch] = to.split(/[.-]/).map(Number);
  if (fromMajor > 0) return toMajor > fromMajor;
  if (fromMinor > 0) return toMajor > 0 || toMinor > fromMinor;
  return toMajor > 0 || toMinor > 0 || toPatch > fromPatch;
}

/**
 * @param {{ bundles?: any[] }} [options] the registry's specs, already bundled (default: bundle them)
 * @returns {Promise<{ problems: string[], report: string[] }>} `problems` is empty when the gate
 *   passes; `report` says, per API, what changed since its last release and what bumps it has.
 */
export async function releaseCheck(root = repoRoot, { bundles } = {}) {
  const apis = loadRegistry(path.join(root, 'redocly.yaml'));
  bundles ??= await bundleAll(apis, root);
  const packages = workspacePackages(root);
  const plan = await getReleasePlan(root);
  const planned = new Map(plan.releases.map((release) => [release.name, release]));
  const problems = [];
  const report = [];
  for (const [index, api] of apis.entries()) {
    const snapshot = readSnapshot(root, api.id);
    if (!snapshot) {
      report.push(`${api.id}: never released (no releases/${api.id}.json); nothing to compare with`);
      continue;
    }
    const breaking = diffSpecs(snapshot.surface, apiSurface(bundles[index])).filter((change) => change.breaking);
    if (breaking.length === 0) {
      report.push(`${api.id}: no breaking change since ${snapshot.package}@${snapshot.version}`);
      continue;
    }
    // The client package and every published package that re-exports it (the SDKs).
    const affected = [api.packageName, ...[...packages.values()].filter((pkg) => !pkg.private && pkg.dependencies.includes(api.packageName)).map((pkg) => pkg.name)];
    report.push(`${api.id}: ${breaking.length} breaking change(s) since ${snapshot.package}@${snapshot.version}`);
    const problemsBefore = problems.length;
    for (const name of affected) {
      const current = packages.get(name)?.version;
      const release = planned.get(name);
      if (release && current && isBreakingBump(current, release.newVersion)) {
        report.push(`  ${name}: ${current} -> ${release.newVersion} (breaking bump pending)`);
        continue;
      }
      const pending = release ? `the pending changesets only take it to ${release.newVersion}` : 'no pending changeset bumps it';
      problems.push(
        `${name}@${current} needs a breaking bump (${current?.startsWith('0.') ? 'minor or major while 0.x' : 'major'}) for the breaking change(s) to ${api.id}, but ${pending}. Run \`pnpm changeset\`.`,
      );
    }
    // The list is long after a big spec change; it matters when it makes the gate fail.
    if (problems.length > problemsBefore) report.push(...formatChanges(breaking).map((line) => `  ${line}`));
  }
  return { problems, report };
}

/** Writes releases/<api>.json for every API whose client package version differs from its snapshot. */
export async function recordReleases(root = repoRoot, { bundles } = {}) {
  const apis = loadRegistry(path.join(root, 'redocly.yaml'));
  bundles ??= await bundleAll(apis, root);
  const packages = workspacePackages(root);
  const written = [];
  for (const [index, api] of apis.entries()) {
    const version = packages.get(api.packageName)?.version;
    if (!version || readSnapshot(root, api.id)?.version === version) continue;
    const snapshot = {
      '//': 'written by `pnpm release:version`: the API surface of this package\'s last release, which `pnpm release:check` compares the spec with',
      package: api.packageName,
      version,
      surface: apiSurface(bundles[index]),
    };
    await mkdir(path.dirname(snapshotPath(root, api.id)), { recursive: true });
    await writeFile(snapshotPath(root, api.id), `${JSON.stringify(snapshot, null, 2)}\n`);
    written.push(`${api.id} (${api.packageName}@${version})`);
  }
  return written;
}

async function main() {
  const rootFlag = process.argv.indexOf('--root');
  const root = rootFlag > 0 ? path.resolve(process.argv[rootFlag + 1]) : repoRoot;
  if (process.argv.includes('--record')) {
    const written = await recordReleases(root);
    console.log(written.length ? `Recorded the released API surface of ${written.join(', ')}.` : 'No client package has a new version; nothing recorded.');
    return;
  }
  if (!(await checkRelease(root))) process.exit(1);
}

/**
 * The release gate, printed: each package's verdict, then every problem.
 * @param {{ bundles?: any[] }} [options] the registry's specs, already bundled (default: bundle them)
 * @returns {Promise<boolean>} whether it passed
 */
export async function checkRelease(root = repoRoot, { bundles } = {}) {
  const { problems, report } = await releaseCheck(root, { bundles });
  console.log(report.join('\n'));
  if (problems.length > 0) {
    console.error(`\nRelease check failed:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    return false;
  }
  console.log('\nRelease check passed.');
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
