// The engine behind a Node HTTP server: the default `engagekit-mock`. The engine decides every
// answer; this adapter only reads bodies, waits, and carries out connection faults.

import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { MockEngine } from './engine/engine.js';
import type { MockResponse } from './engine/types.js';
import { PortInUseError } from './ports.js';

export interface StatefulServerOptions {
  port?: number;
  host?: string;
  /** How long a `X-Mock-Fault: timeout` request is held before its socket is destroyed (default 10 min). */
  hangLimitMs?: number;
}

export interface RunningStatefulServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  readonly readyInMs: number;
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 20 * 1024 * 1024;

export async function startStatefulServer(engine: MockEngine, options: StatefulServerOptions = {}): Promise<RunningStatefulServer> {
  const startedAt = performance.now();
  const host = options.host ?? '127.0.0.1';
  const hangLimitMs = options.hangLimitMs ?? 600_000;
  const hanging = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) {
        response.writeHead(413, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: 'Payload Too Large', status: 413 }));
        return;
      }
      const headers: Record<string, string | undefined> = {};
      for (const [name, value] of Object.entries(request.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      let answer: MockResponse;
      try {
        answer = engine.handle({ method: request.method ?? 'GET', url: request.url ?? '/', headers, body: size > 0 ? Buffer.concat(chunks).toString('utf8') : undefined });
      } catch (error) {
        answer = { status: 500, delayMs: 0, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify({ title: 'Mock failure', status: 500, detail: (error as Error).message }) };
      }
      const send = () => {
        if (answer.fault?.kind === 'reset') {
          request.socket.resetAndDestroy();
          return;
        }
        if (answer.fault?.kind === 'timeout') {
          hanging.add(request.socket);
          request.socket.once('close', () => hanging.delete(request.socket));
          later(hangLimitMs, () => request.socket.destroy());
          return;
        }
        try {
          response.writeHead(answer.status, answer.headers);
          response.end(request.method === 'HEAD' ? undefined : answer.body);
        } catch (error) {
          // An answer Node refuses to send must still end the request, never leave it hanging.
          if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
          response.end(`engagekit mock could not send its answer: ${(error as Error).message}`);
        }
      };
      if (answer.delayMs > 0) later(answer.delayMs, send);
      else send();
    });
  });
  server.keepAliveTimeout = 5_000;
  // A connection that never finishes its headers is closed, as the Prism launcher does.
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(`Port ${options.port} on ${host} is already in use. Stop whatever listens there or choose another port.`, options.port ?? 0)
          : error,
      ),
    );
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const readyInMs = Math.round(performance.now() - startedAt);
  let stopped: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    port,
    pid: process.pid,
    readyInMs,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const socket of hanging) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopped;
    },
  };
}
