// The mock leaves nothing behind: however the CLI ends, its Prism children end too, and a
// connection that never sends is closed. Processes are found with ps, killed by pid, and waited for
// by polling with generous bounds; no assertion is about elapsed time.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { findApi, startPrism } from '../src/index.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const BOUND_MS = 90_000;
const started: ChildProcess[] = [];
const prismPids: number[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.pid && alive(child.pid)) kill(child.pid, 'SIGKILL');
  for (const pid of prismPids.splice(0)) if (alive(pid)) kill(pid, 'SIGKILL');
});

function kill(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/** A pid counts as alive while /proc has it and it is not a zombie waiting for a reaper. */
function alive(pid: number): boolean {
  if (!existsSync(`/proc/${pid}`)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function childrenOf(parent: number): number[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([pid, ppid]) => ppid === parent && pid !== undefined && alive(pid))
    .map(([pid]) => pid!);
}

async function until<T>(what: string, probe: () => T | undefined | false): Promise<T> {
  const deadline = Date.now() + BOUND_MS;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function runCli(args: string[], options: { ownGroup?: boolean } = {}) {
  const child = spawn(process.execPath, [cli, ...args], { detached: options.ownGroup ?? false, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, pid: child.pid!, exited, output: () => output };
}

async function prismChildren(cliPid: number): Promise<number[]> {
  const pids = await until('a Prism child of the CLI', () => {
    const found = childrenOf(cliPid);
    return found.length > 0 && found;
  });
  prismPids.push(...pids);
  return pids;
}

// Prism runs as child processes only behind --stateless; the stateful mock lives in the CLI's own process.
describe('the CLI’s Prism children end with it', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s during start-up stops the mocks that are starting', async (signal) => {
    const run = runCli(['--stateless', '--api', 'reply-v4', '--api', 'whippy-v1', '--port', 'reply-v4=0', '--port', 'whippy-v1=0']);
    const children = await prismChildren(run.pid);
    kill(run.pid, signal);
    // Prism takes a second or more to load a spec, far longer than finding its pid: still starting.
    expect(run.output()).not.toMatch(/ready/);
    await run.exited;
    // The CLI waits for its children before it exits: none may outlive it, even briefly.
    expect(children.filter(alive)).toEqual([]);
  });

  it('SIGHUP after start-up stops every mock', async () => {
    const run = runCli(['--stateless', '--api', 'reply-v4', '--api', 'whippy-v1', '--port', 'reply-v4=0', '--port', 'whippy-v1=0']);
    await until('the mocks to be ready', () => /mock\(s\) ready/.test(run.output()));
    const children = childrenOf(run.pid);
    prismPids.push(...children);
    expect(children).toHaveLength(2);
    kill(run.pid, 'SIGHUP');
    await run.exited;
    expect(children.filter(alive)).toEqual([]);
  });

  it('SIGKILL of the CLI’s process group: the children notice and exit', async () => {
    const run = runCli(['--stateless', '--api', 'reply-v4', '--port', 'reply-v4=0'], { ownGroup: true });
    await until('the mock to be ready', () => /mock\(s\) ready/.test(run.output()));
    const children = childrenOf(run.pid);
    prismPids.push(...children);
    expect(children).toHaveLength(1);
    kill(-run.pid, 'SIGKILL');
    await run.exited;
    await until('the orphaned Prism to exit', () => children.every((pid) => !alive(pid)));
    expect(children.filter(alive)).toEqual([]);
  });
});

describe('idle connections', () => {
  it('a connection that never sends is closed after the header timeout', async () => {
    const prism = await startPrism({ specPath: findApi('reply-v4').specPath, headerTimeoutMs: 1_000 });
    prismPids.push(prism.pid);
    try {
      const socket = net.connect(prism.port, '127.0.0.1');
      const closed = new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)));
      await new Promise((resolve) => socket.once('connect', resolve));
      const outcome = await Promise.race([closed, new Promise<false>((resolve) => setTimeout(() => resolve(false), BOUND_MS).unref())]);
      socket.destroy();
      expect(outcome).toBe(true);
      // The server still answers a connection that does send.
      const response = await fetch(`${prism.url}/v4/sequences/1/contacts/2`, { headers: { 'X-API-Key': 'k' } });
      expect(response.status).toBe(200);
    } finally {
      await prism.stop();
    }
  });
});
