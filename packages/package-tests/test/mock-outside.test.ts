import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { build, stop as stopEsbuild } from 'esbuild';
import { afterAll, describe, expect, inject, it } from 'vitest';

const { project } = inject('packed');
const installed = path.join(project, 'node_modules', '@engagekit', 'mock');
const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  main: string;
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

/** The versions of Prism's internals that answer a malformed JSON body instead of hanging. */
const PINNED_PRISM = ['prism-http-server@5.12.2', 'prism-core@5.8.0'];

/** The bare package name of an import specifier: `@scope/name/sub` -> `@scope/name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Starts the installed `engagekit-mock` bin for Whippy, sends it a malformed JSON body, and stops
 * it with SIGTERM as Ctrl-C would. Resolves with the status of the answer.
 */
async function serveWhippy(extraArgs: string[]): Promise<{ status: number; exitCode: number | null; pids: number[] }> {
  const bin = path.join(project, 'node_modules', '.bin', 'engagekit-mock');
  const child = spawn(bin, ['--api', 'whippy-v1', '--port', 'whippy-v1=0', ...extraArgs], { cwd: project });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let status: number;
  try {
    // An upper bound above startPrism's own 90 s readiness limit, so a slow start reports Prism's words.
    const deadline = Date.now() + 150_000;
    while (!/mock\(s\) ready/.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`engagekit-mock did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1];
    const response = await fetch(`${url}/contacts/3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11/sequences`, {
      method: 'POST',
      headers: { 'X-WHIPPY-KEY': 'k', 'content-type': 'application/json' },
      body: '{"limit": 5',
      // An upper bound, so a hang fails with its own message instead of the test's timeout.
      signal: AbortSignal.timeout(120_000),
    });
    status = response.status;
    await response.arrayBuffer();
  } finally {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  const exitCode = await exited;
  const pids = [...output.matchAll(/\(pid (\d+)\)/g)].map((match) => Number(match[1]));
  return { status, exitCode, pids };
}

/** Waits (a generous upper bound, never asserted) until no process has this pid any more. */
async function gone(pid: number): Promise<boolean> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// What another project gets from `npm install @engagekit/mock`: the global setup's install of the
// packed tarballs, with no workspace and no overrides of its own.
describe('@engagekit/mock installed in another project', () => {
  afterAll(() => stopEsbuild());

  it('depends on no other engagekit package, and on msw only as an optional peer, so it installs on its own', () => {
    expect(Object.keys(manifest.dependencies).filter((name) => name.startsWith('@engagekit/'))).toEqual([]);
    const peers = Object.keys(manifest.peerDependencies ?? {});
    expect(peers.filter((name) => !manifest.peerDependenciesMeta?.[name]?.optional)).toEqual([]);
  });

  it('imports from its bin and main entry only Node built-ins and the dependencies it declares', async () => {
    // The install also holds every other engagekit package and msw, so an undeclared import would
    // still load here; a user installing the mock alone would not have it.
    const entryPoints = [...Object.values(manifest.bin), manifest.main].map((file) => path.join(installed, file));
    const result = await build({ entryPoints, bundle: true, platform: 'node', format: 'esm', packages: 'external', write: false, outdir: path.join(project, 'mock-imports'), metafile: true, logLevel: 'silent' });
    const imported = Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((entry) => entry.external).map((entry) => entry.path));
    expect(imported.length).toBeGreaterThan(0);
    const undeclared = imported.filter((specifier) => !isBuiltin(specifier) && !(packageOf(specifier) in manifest.dependencies));
    expect(undeclared).toEqual([]);
  });

  it("installs Prism's internals at exactly the pinned versions", () => {
    const tree = execFileSync('npm', ['ls', '--all', '--parseable', '--long', '@stoplight/prism-http-server', '@stoplight/prism-core'], { cwd: project }).toString();
    const versions = [...tree.matchAll(/@stoplight\/(prism-http-server|prism-core)@([\d.]+)/g)].map((match) => `${match[1]}@${match[2]}`);
    expect(new Set(versions)).toEqual(new Set(PINNED_PRISM));
  });

  it('its bin serves a spec (stateful, the default), answers a malformed body, and stops cleanly on SIGTERM', async () => {
    const { status, exitCode, pids } = await serveWhippy([]);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(exitCode).toBe(0);
    for (const pid of pids) expect(await gone(pid)).toBe(true);
  });

  it('its bin serves a spec through the installed Prism (--stateless), answers a malformed body, and stops Prism on SIGTERM', async () => {
    const { status, exitCode, pids } = await serveWhippy(['--stateless']);
    // A malformed body gets an answer (older Prism internals hang here forever).
    expect(status).toBeGreaterThanOrEqual(400);
    expect(exitCode).toBe(0);
    expect(pids.length).toBeGreaterThan(0);
    for (const pid of pids) expect(await gone(pid)).toBe(true);
  });
});
