import { spawn } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './registry.mjs';

const redoclyBin = path.join(repoRoot, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

/**
 * Runs the Redocly CLI. Its stderr carries a Node 20 deprecation banner, so callers read stdout
 * and only show stderr when the command fails.
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export function runRedocly(args, { cwd = repoRoot } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [redoclyBin, ...args], {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** Drops the boxed Node-version banner Redocly prints on stderr. */
export function withoutBanner(text) {
  return text
    .split('\n')
    .filter((line) => !/^\s*[║╔╚]/.test(line))
    .join('\n')
    .trim();
}
