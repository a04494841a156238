import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

// What another project does: install the packed package with npm (no workspace, no overrides of
// its own) and run the `engagekit-mock` bin.
describe('@engagekit/mock outside this repository', () => {
  it('installs from its tarball with Prism pinned, and its bin serves a spec', { timeout: 600_000 }, async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'engagekit-outside-'));
    // npm, not pnpm: pnpm pack would touch the workspace state other tasks read in parallel.
    execFileSync('npm', ['pack', '--pack-destination', project], { cwd: packageDir, stdio: 'pipe' });
    const tarball = readdirSync(project).find((file) => file.endsWith('.tgz'))!;
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'outside', private: true }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', `./${tarball}`], { cwd: project, stdio: 'pipe' });

    const tree = execFileSync('npm', ['ls', '--all', '--parseable', '--long', '@stoplight/prism-http-server', '@stoplight/prism-core'], { cwd: project }).toString();
    const versions = [...tree.matchAll(/@stoplight\/(prism-http-server|prism-core)@([\d.]+)/g)].map((match) => `${match[1]}@${match[2]}`);
    expect(new Set(versions)).toEqual(new Set(['prism-http-server@5.12.2', 'prism-core@5.8.0']));

    const bin = path.join(project, 'node_modules', '.bin', 'engagekit-mock');
    const child = spawn(bin, ['--api', 'whippy-v1', '--port', 'whippy-v1=0'], { cwd: project });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
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
      });
      // A malformed body gets an answer (older Prism internals hang here forever).
      expect(response.status).toBeGreaterThanOrEqual(400);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
