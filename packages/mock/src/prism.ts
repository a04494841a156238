import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertPortFree, findFreePort } from './ports.js';

export interface PrismOptions {
  /** Spec file Prism serves. */
  specPath: string;
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  host?: string;
  /** Generate responses from schemas instead of returning the spec's examples. */
  dynamic?: boolean;
  /** How long to wait for the first answer before giving up. */
  readyTimeoutMs?: number;
  /** A connection that sends no byte for this long is closed (default 10 s). */
  headerTimeoutMs?: number;
}

export interface RunningPrism {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** Milliseconds from spawn to the first HTTP answer. */
  readonly readyInMs: number;
  /** Resolves once the process (and anything it started) has exited. */
  stop(): Promise<void>;
}

const require = createRequire(import.meta.url);

// The v3 spec takes Prism about 3 s to load on an idle 2-core machine; a test run that starts a
// dozen other processes at once can make it ten times slower.
const DEFAULT_READY_TIMEOUT_MS = 90_000;

/** Loaded into each Prism process: it exits when we do, and closes connections that never send. */
const GUARD = fileURLToPath(new URL('../preload/prism-guard.cjs', import.meta.url));

/** Every Prism process this process started and that has not exited, starting ones included. */
const live = new Set<ChildProcess>();

/** Stops every Prism this process started, ready or not: what a signal handler calls. */
export async function stopAllPrisms(): Promise<void> {
  await Promise.all([...live].map((child) => stopProcessGroup(child)));
}

function prismEntry(): string {
  const packageJson = require.resolve('@stoplight/prism-cli/package.json');
  const { bin } = require(packageJson) as { bin: { prism: string } };
  return path.join(path.dirname(packageJson), bin.prism);
}

/** Starts a real Prism mock process and resolves once it answers HTTP. */
export async function startPrism(options: PrismOptions): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  if (options.port !== undefined) {
    await assertPortFree(options.port, host);
    return launch(options, host, options.port);
  }
  // A port we picked can be taken by another process between our probe and Prism's bind; then
  // Prism exits with EADDRINUSE and a fresh pick is the fix, not an error for the caller.
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort(host);
    try {
      return await launch(options, host, port);
    } catch (error) {
      if (!(error instanceof PrismExitedError && /EADDRINUSE/.test(error.message)) || attempt === 3) throw error;
    }
  }
}

async function launch(options: PrismOptions, host: string, port: number): Promise<RunningPrism> {
  const args = ['--require', GUARD, prismEntry(), 'mock', options.specPath, '--host', host, '--port', String(port), '--verboseLevel', 'warn'];
  if (options.dynamic) args.push('--dynamic');
  const env = { ...process.env };
  if (options.headerTimeoutMs !== undefined) env.ENGAGEKIT_MOCK_HEADER_TIMEOUT_MS = String(options.headerTimeoutMs);
  // Its own process group, so stop() can end Prism and anything it forks in one signal. Its stdin
  // is a pipe only we hold: the guard exits when it closes, that is, when this process is gone.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['pipe', 'pipe', 'pipe'], env });
  child.stdin?.on('error', () => undefined);
  live.add(child);
  child.once('exit', () => live.delete(child));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const url = `http://${host}:${port}`;
  const spawnedAt = Date.now();
  const stop = () => stopProcessGroup(child);
  try {
    await waitUntilAnswering(url, child, options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, pid: child.pid ?? -1, readyInMs: Date.now() - spawnedAt, stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  while (Date.now() < deadline) {
    if (exited()) {
      throw new PrismExitedError(`Prism exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output().trim()}`);
    }
    // Any HTTP answer (a 404 for this unknown path included) means a server is up; it is ours only
    // while our process lives, else a stranger took the port and the check above reports the exit.
    const answered = await fetch(`${url}/__engagekit_ready`, { signal: AbortSignal.timeout(1_000) }).then(
      () => true,
      () => false,
    );
    if (answered && !exited()) return;
    if (!answered) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Prism did not answer on ${url} within ${timeoutMs} ms:\n${output().trim()}`);
}

/** Prism's process ended before it answered; the message carries what it printed. */
export class PrismExitedError extends Error {
  override name = 'PrismExitedError';
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  const pid = child.pid;
  return new Promise((resolve) => {
    const killTimer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(killTimer);
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}
