import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { publishedPackages, type PackedInstall } from './packages.js';

/**
 * Packs every published package once with pnpm (which rewrites `workspace:*` to versions, as
 * `pnpm publish` does) and installs all tarballs with npm into an empty project outside the
 * workspace, as a user would. Every test reuses that one install.
 */
export default function setup(project: TestProject) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'engagekit-packed-'));
  const tarballsDir = path.join(scratch, 'tarballs');
  const consumer = path.join(scratch, 'consumer');
  mkdirSync(tarballsDir);
  mkdirSync(consumer);
  const tarballs: Record<string, string> = {};
  for (const pkg of publishedPackages()) {
    const output = execFileSync('pnpm', ['pack', '--pack-destination', tarballsDir], { cwd: pkg.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = output.trim().split('\n').at(-1)!.trim();
    if (!tarball.endsWith('.tgz')) throw new Error(`pnpm pack ${pkg.name} printed no tarball path:\n${output}`);
    tarballs[pkg.name] = tarball;
  }
  writeFileSync(path.join(consumer, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true }, null, 2)}\n`);
  // @engagekit/mock/msw imports its optional peer msw; a user of that entry point installs it too.
  // (Redis, runtime's optional peer, is imported only when a client is given a redisUrl.)
  const mock = publishedPackages().find((pkg) => pkg.name === '@engagekit/mock')!;
  const mockPeers = (JSON.parse(readFileSync(path.join(mock.dir, 'package.json'), 'utf8')) as { peerDependencies: Record<string, string> }).peerDependencies;
  const optionalPeers = [`msw@${mockPeers.msw}`];
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...Object.values(tarballs), ...optionalPeers], { cwd: consumer, stdio: 'pipe' });
  project.provide('packed', { tarballs, project: consumer } satisfies PackedInstall);
  return () => rmSync(scratch, { recursive: true, force: true });
}
