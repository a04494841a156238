import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { ensureDebianPackage } from './debian.js';

const REDIS_SERVER = '/usr/bin/redis-server';

/** Debian's redis-server, which the shared rate-limit tests run; installed when missing. */
export function ensureRedisServer(): string {
  return ensureDebianPackage({ binary: REDIS_SERVER, pkg: 'redis-server', purpose: 'the shared rate-limit tests' });
}

/** A port nobody listens on right now (the OS picks it). */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface RedisServer {
  port: number;
  url: string;
  /** SIGKILL, as a crash would; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port (a fresh, empty Redis). */
  restart(): Promise<void>;
  /** Stops it for good; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * A throwaway redis-server on loopback without persistence. Resolves once it accepts connections
 * (it says so on stdout); `readyTimeoutMs` is only an upper bound for a broken install.
 */
export async function startRedisServer({ port, readyTimeoutMs = 90_000 }: { port?: number; readyTimeoutMs?: number } = {}): Promise<RedisServer> {
  const binary = ensureRedisServer();
  const chosen = port ?? (await findFreePort());
  let child: ChildProcess | undefined;

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      const args = ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'];
      const started = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = started;
      let output = '';
      const timer = setTimeout(() => fail(new Error(`redis-server did not get ready on port ${chosen}:\n${output}`)), readyTimeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        started.kill('SIGKILL');
        reject(error);
      };
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          started.stdout!.off('data', onData);
          started.stdout!.resume();
          resolve();
        }
      };
      started.stdout!.on('data', onData);
      started.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.once('exit', (code, signal) => fail(new Error(`redis-server exited (${code ?? signal}) before it was ready:\n${output}`)));
    });

  const halt = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill(signal);
    await exited;
  };

  await launch();
  return {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    kill: () => halt('SIGKILL'),
    restart: async () => {
      await halt('SIGKILL');
      await launch();
    },
    stop: () => halt('SIGTERM'),
  };
}
