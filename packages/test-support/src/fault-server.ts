import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer. */
export type Step =
  | { status: number; headers?: Record<string, string>; body?: unknown; rawBody?: string; delayMs?: number }
  | { reset: true }
  /**
   * Headers promising a longer body, the first part of it, then `stall` (the socket stays open,
   * silent, until the server closes) or `reset` (the socket is destroyed mid-body).
   */
  | { status: number; headers?: Record<string, string>; partialBody: string; then: 'stall' | 'reset' };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface FaultServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A loopback HTTP server that answers from a script, for testing retries, timeouts and faults.
 * Bounded: it answers at most `maxRequests` and shuts itself down after `lifetimeMs`, a bound for a
 * test that forgot to close it, far above how long a test may take on a busy machine.
 */
export async function startFaultServer(
  script: (request: RecordedRequest, index: number) => Step,
  { maxRequests = 5_000, lifetimeMs = 600_000 } = {},
): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((incoming, outgoing) => {
    let body = '';
    incoming.on('data', (chunk) => (body += chunk));
    incoming.on('end', () => {
      const request: RecordedRequest = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body };
      requests.push(request);
      if (requests.length > maxRequests) {
        outgoing.writeHead(503).end();
        return;
      }
      const step = script(request, requests.length - 1);
      if ('reset' in step) {
        incoming.socket.destroy();
        return;
      }
      if ('partialBody' in step) {
        const promised = Buffer.byteLength(step.partialBody) + 1_000;
        outgoing.writeHead(step.status, { 'content-type': 'application/json', 'content-length': String(promised), ...step.headers });
        outgoing.write(step.partialBody, () => {
          // Destroyed only once the first part is on the wire, so the client sees headers and a cut body.
          if (step.then === 'reset') incoming.socket.destroy();
        });
        return;
      }
      const send = () => {
        if (outgoing.destroyed) return;
        const text = step.rawBody ?? (step.body === undefined ? '' : JSON.stringify(step.body));
        outgoing.writeHead(step.status, { 'content-type': 'application/json', ...step.headers });
        outgoing.end(text);
      };
      if (step.delayMs) setTimeout(send, step.delayMs).unref();
      else send();
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  setTimeout(() => void close(), lifetimeMs).unref();
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close };
}

/** Time that only moves when the code under test sleeps, recording every sleep. */
export function manualClock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
    sleep: async (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A logger that keeps every line, to assert on what was (not) logged. */
export function memoryLogger() {
  const lines: string[] = [];
  const keep = (level: string) => (message: string, details?: Record<string, unknown>) =>
    lines.push(`${level} ${message} ${details ? JSON.stringify(details) : ''}`);
  return { lines, error: keep('error'), warn: keep('warn'), info: keep('info'), debug: keep('debug') };
}
