import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { publishedPackages, repoRoot, type PackedInstall } from './packages.js';

interface PackResult {
  name: string;
  filename: string;
}

/**
 * Packs every published package with pnpm (which rewrites `workspace:*` to versions, as
 * `pnpm publish` does) and installs all tarballs with npm into an empty project outside the
 * workspace, as a user would. Every test, the mock's bin included, reuses that one install.
 */
export default function setup(project: TestProject) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'engagekit-packed-'));
  const cleanUp = () => rmSync(scratch, { recursive: true, force: true });
  try {
    project.provide('packed', packAndInstall(scratch));
  } catch (error) {
    // Vitest runs no teardown for a setup that threw.
    cleanUp();
    throw error;
  }
  return cleanUp;
}

function packAndInstall(scratch: string): PackedInstall {
  const tarballsDir = path.join(scratch, 'tarballs');
  const consumer = path.join(scratch, 'consumer');
  mkdirSync(tarballsDir);
  mkdirSync(consumer);
  const published = publishedPackages();
  // One recursive pnpm process for all packages: the same tarballs as a `pnpm pack` in each
  // package directory, without starting pnpm once per package.
  const filters = published.flatMap((pkg) => ['--filter', pkg.name]);
  let output: string;
  try {
    output = execFileSync('pnpm', ['--recursive', ...filters, 'pack', '--pack-destination', tarballsDir, '--json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    // pnpm reports a failed pack (a workspace: dependency it cannot resolve, say) as JSON on stdout.
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    throw new Error(`pnpm pack failed:\n${stdout}${stderr}`);
  }
  let packed: PackResult[];
  try {
    packed = ([] as PackResult[]).concat(JSON.parse(output));
  } catch {
    throw new Error(`pnpm pack printed no JSON list of tarballs:\n${output}`);
  }
  const tarballs = Object.fromEntries(packed.map((result) => [result.name, result.filename]));
  const missing = published.filter((pkg) => !tarballs[pkg.name]?.endsWith('.tgz')).map((pkg) => pkg.name);
  if (missing.length > 0) throw new Error(`pnpm pack made no tarball for ${missing.join(', ')}:\n${output}`);

  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  // @engagekit/mock/msw imports its optional peer msw; a user of that entry point installs it too.
  // (Redis, runtime's optional peer, is imported only when a client is given a redisUrl.)
  const mock = published.find((pkg) => pkg.name === '@engagekit/mock')!;
  const mockPeers = (JSON.parse(readFileSync(path.join(mock.dir, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies;
  const optionalPeers = [`msw@${mockPeers.msw}`];
  // Install scripts run, as for a user. The only one in this tree is msw's postinstall, a no-op
  // here (no `msw.workerDirectory`); --ignore-scripts saved no measurable CPU.
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...published.map((pkg) => tarballs[pkg.name]!), ...optionalPeers], { cwd: consumer, stdio: 'pipe' });
  return { tarballs, project: consumer };
}
