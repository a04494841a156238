import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// Several test files of several packages run at once under turbo, and two of them may find the same
// or another Debian package missing. apt-get allows one run at a time and fails at once on a held
// lock, so every install here queues on one lock file, and apt also waits for dpkg's own lock.
const APT_LOCK = '/tmp/engagekit-apt-get.lock';

/**
 * The path of `binary`, installing Debian's `pkg` with apt-get first when it is missing. Root and
 * apt-get are what CI and the dev machines have; elsewhere the error says what to run.
 */
export function ensureDebianPackage({ binary, pkg, purpose }: { binary: string; pkg: string; purpose: string }): string {
  if (existsSync(binary)) return binary;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`${purpose} needs ${binary}. Install it with: sudo apt-get install -y ${pkg}`);
  }
  console.log(`Installing Debian’s ${pkg} package for ${purpose} (once per machine)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const aptGet = (...args: string[]) =>
    execFileSync('flock', [APT_LOCK, 'apt-get', '-o', 'DPkg::Lock::Timeout=600', ...args], { stdio: 'inherit', env });
  // Another test may have installed it while this one waited for the lock.
  if (!existsSync(binary)) aptGet('update');
  if (!existsSync(binary)) aptGet('install', '-y', '--no-install-recommends', pkg);
  if (!existsSync(binary)) throw new Error(`apt-get installed ${pkg} but ${binary} is missing`);
  return binary;
}
