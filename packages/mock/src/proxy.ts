// The sensor of issue 8: a proxy in front of the real API. Every request goes upstream unchanged,
// with the caller's own key; the real response streams back unchanged. Both are checked against
// the spec with the generated validators (`@engagekit/<api>/validators`), one line per violation;
// `record` writes each exchange as a recording with no key or auth header in it.
import http from 'node:http';
import https from 'node:https';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import type { ValidatorModule, Violation } from './engine/types.js';
import type { MockableApi } from './manifest.js';
import { Router } from './engine/router.js';
import { bodyOf, createMasker, queryOf, scrub, secretsOf, writeRecording, type Recording } from './recordings.js';

export interface ProxyOptions {
  api: MockableApi;
  /** Base URL of the real API, e.g. https://api.reply.io */
  upstream: string;
  port?: number;
  host?: string;
  /** Folder to write one recording per exchange into. */
  recordDir?: string;
  /** Also mask e-mail addresses and phone numbers in recordings. */
  mask?: boolean;
  /** Where report lines go (default: stdout). */
  report?: (line: string) => void;
  /** The API's validators; default: the generated ones bundled into the mock's dist/validators/. */
  validators?: ValidatorModule;
}

export interface RunningProxy {
  api: MockableApi;
  url: string;
  upstream: string;
  /** Resolves when the exchanges in flight are validated (and recorded). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The generated validators the mock's build bundles into dist/validators/, so a packed mock has them too. */
async function importValidators(api: MockableApi): Promise<ValidatorModule> {
  try {
    return (await import(pathToFileURL(api.validatorsPath).href)) as ValidatorModule;
  } catch (error) {
    throw new Error(`cannot load the ${api.id} validators at ${api.validatorsPath} (build the mock: pnpm exec turbo run build --filter=@engagekit/mock): ${(error as Error).message}`);
  }
}

/** Path prefixes of the spec's servers (`https://api.whippy.co/v1` → `/v1`). */
function serverPrefixes(specPath: string): string[] {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { servers?: { url: string }[] };
  return (spec.servers ?? [])
    .map((server) => new URL(server.url, 'http://server.invalid').pathname.replace(/\/+$/, ''))
    .filter(Boolean);
}

/**
 * The engine's router over the validated operations. Real traffic carries the server URL's path
 * prefix (Whippy's `/v1`), which spec paths leave out, so a path is also tried with it stripped.
 */
function operationRouter<T extends { method: string; path: string }>(operations: T[], prefixes: string[]) {
  const router = new Router<T>();
  for (const operation of operations) router.add(operation.method, operation.path, operation);
  return (method: string, pathname: string): { operation: T; params: Record<string, string> } | undefined => {
    const candidates = [pathname, ...prefixes.filter((prefix) => pathname.startsWith(`${prefix}/`)).map((prefix) => pathname.slice(prefix.length))];
    for (const candidate of candidates) {
      const found = router.match(method, candidate);
      if (found && 'route' in found) return { operation: found.route, params: found.params };
    }
    return undefined;
  };
}

function decode(buffer: Buffer, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return zlib.gunzipSync(buffer);
    case 'deflate':
      return zlib.inflateSync(buffer);
    case 'br':
      return zlib.brotliDecompressSync(buffer);
    default:
      return buffer;
  }
}

const mediaTypeOf = (contentType: string | undefined) => contentType?.split(';')[0]!.trim().toLowerCase();

/** `GetContact 200 /company: null where string expected`, `drift: ` first for drift. */
export function formatViolation(operationId: string, where: string, violation: Violation): string {
  return `${violation.drift ? 'drift: ' : ''}${operationId} ${where} ${violation.pointer || '/'}: ${violation.message}`;
}

export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const { api, recordDir } = options;
  const upstream = new URL(options.upstream);
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') throw new Error(`--proxy: "${options.upstream}" is not an http(s) URL.`);
  const report = options.report ?? ((line: string) => console.log(line));
  const validators = options.validators ?? (await importValidators(api));
  const operations = validators.operationIds.map((id) => validators.operationValidators(id)!).filter(Boolean);
  const route = operationRouter(operations, serverPrefixes(api.specPath));
  const mask = options.mask ? createMasker() : undefined;
  const basePath = upstream.pathname.replace(/\/+$/, '');
  const client = upstream.protocol === 'https:' ? https : http;
  const inFlight = new Set<Promise<void>>();

  const check = (exchange: { method: string; url: URL; requestHeaders: http.IncomingHttpHeaders; requestBody: Buffer; status: number; responseHeaders: http.IncomingHttpHeaders; responseBody: Buffer }) => {
    const { method, url, status } = exchange;
    const matched = route(method, url.pathname);
    const requestType = exchange.requestHeaders['content-type'];
    const responseType = exchange.responseHeaders['content-type'];
    const requestBody = bodyOf(exchange.requestBody, requestType);
    let responseBody: unknown;
    try {
      responseBody = bodyOf(decode(exchange.responseBody, exchange.responseHeaders['content-encoding'] as string | undefined), responseType);
    } catch {
      responseBody = undefined;
    }
    const secrets = secretsOf(exchange.requestHeaders as Record<string, string | string[] | undefined>);
    if (!matched) {
      report(scrub(`unmatched: ${method} ${url.pathname} ${status} (no operation of ${api.id} has this path)`, secrets));
    } else {
      const operation = matched.operation;
      const id = operation.operationId;
      const lines: string[] = [];
      const add = (where: string, violations: Violation[] | undefined) => {
        for (const violation of violations ?? []) lines.push(formatViolation(id, where, violation));
      };
      add('request path', operation.request.path?.(matched.params));
      add('request query', operation.request.query?.(queryOf(url.searchParams)));
      add('request header', operation.request.header?.(exchange.requestHeaders));
      const requestValidate = operation.request.body?.[mediaTypeOf(requestType) ?? ''];
      if (requestBody !== undefined && requestValidate) add('request body', requestValidate(requestBody));
      else if (requestBody === undefined && operation.request.bodyRequired) lines.push(`${id} request body: missing required body`);
      if (responseBody !== undefined) {
        const validate = validators.responseValidator(id, status, mediaTypeOf(responseType));
        if (validate) add(String(status), validate(responseBody));
        else if (status < 400) lines.push(`drift: ${id} ${status}: a ${mediaTypeOf(responseType) ?? 'body'} response the spec does not document`);
      }
      for (const line of lines) report(scrub(line, secrets));
    }
    if (recordDir) {
      let recording: Recording = {
        api: api.id,
        ...(matched && { operationId: matched.operation.operationId }),
        request: {
          method: method.toUpperCase(),
          path: url.pathname,
          ...([...url.searchParams.keys()].length > 0 && { query: queryOf(url.searchParams) }),
          ...(requestBody !== undefined && { body: requestBody }),
        },
        response: { status, ...(responseType && { contentType: responseType }), ...(responseBody !== undefined && { body: responseBody }) },
        provenance: {
          kind: 'proxy capture',
          believedReal: `captured by engagekit-mock --proxy from ${upstream.origin} on ${new Date().toISOString()}`,
          masked: mask ? 'e-mail addresses and phone numbers (same original, same mask)' : 'nothing but credentials',
        },
      };
      recording = scrub(recording, secrets);
      if (mask) recording = { ...recording, request: mask(recording.request), response: mask(recording.response) };
      const file = writeRecording(recordDir, recording);
      report(`recorded ${file}`);
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const requestBody = Buffer.concat(chunks);
      const target = new URL(basePath + (req.url ?? '/'), upstream);
      const headers = { ...req.headers, host: upstream.host };
      let done: () => void = () => {};
      const settled = new Promise<void>((resolve) => (done = resolve));
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      const outgoing = client.request(target, { method: req.method, headers }, (upstreamRes) => {
        const status = upstreamRes.statusCode ?? 502;
        res.writeHead(status, upstreamRes.statusMessage, upstreamRes.rawHeaders);
        const responseChunks: Buffer[] = [];
        upstreamRes.on('data', (chunk: Buffer) => {
          responseChunks.push(chunk);
          res.write(chunk);
        });
        upstreamRes.on('end', () => {
          try {
            check({ method: req.method ?? 'GET', url: target, requestHeaders: req.headers, requestBody, status, responseHeaders: upstreamRes.headers, responseBody: Buffer.concat(responseChunks) });
          } catch (error) {
            report(`proxy: could not check ${req.method} ${target.pathname}: ${(error as Error).message}`);
          } finally {
            // The caller sees the end of the response only once the exchange is checked and recorded.
            res.end();
            done();
          }
        });
        upstreamRes.on('error', () => {
          res.destroy();
          done();
        });
      });
      outgoing.on('error', (error) => {
        report(`proxy: upstream ${upstream.origin} failed for ${req.method} ${target.pathname}: ${error.message}`);
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`engagekit proxy: upstream failed: ${error.message}\n`);
        done();
      });
      outgoing.end(requestBody);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as { port: number; address: string };
  const host = address.address.includes(':') ? `[${address.address}]` : address.address;
  return {
    api,
    url: `http://${host}:${address.port}`,
    upstream: upstream.href,
    idle: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
