import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { publishedPackages, repoRoot } from './packages.js';

const execFileAsync = promisify(execFile);

// What a maintainer runs to release, short of uploading: pnpm packs each package (resolving
// `workspace:` versions) and hands the tarball to `npm publish --dry-run`, which checks it as the
// registry would. Nothing is sent.
describe('pnpm -r publish --dry-run', () => {
  it('succeeds from the workspace root and would publish every public package at its version', async () => {
    const { stdout } = await execFileAsync('pnpm', ['-r', 'publish', '--dry-run', '--no-git-checks'], {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wouldPublish = [...stdout.matchAll(/^\+ (@engagekit\/[\w-]+)@(\S+)$/gm)].map((match) => `${match[1]}@${match[2]}`);
    expect(wouldPublish.sort()).toEqual(publishedPackages().map((pkg) => `${pkg.name}@${pkg.version}`).sort());
  });
});
