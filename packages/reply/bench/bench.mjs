#!/usr/bin/env node
// Prints, side by side: per-request overhead of the SDK vs bare openapi-fetch vs raw fetch (with a
// stubbed fetch and against a loopback server), the rate limiter's cost in-process and through a
// loopback redis-server, the shared budget of 4 worker processes against a strict server, the
// min+gz size of runtime + reply, and the tsc time of a small SDK consumer vs the same calls with
// bare openapi-fetch (typecheck.mjs).
// A script that prints figures, not a test: nothing here passes or fails.
import { build } from 'esbuild';
import { fork, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { Reply } from '../dist/index.js';
import { typecheckCost } from './typecheck.mjs';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2_000);
const WARMUP = 300;
const contact = { id: 12345, email: 'john.doe@company.com', firstName: 'John', lastName: 'Doe', companySize: 'oneThousand', customFields: [] };
const body = JSON.stringify(contact);

const ROUNDS = 5;

/** Runs every client in turns (round-robin), so JIT warm-up and GC land on all of them alike. */
async function measureAll(calls) {
  const names = Object.keys(calls);
  for (const name of names) for (let index = 0; index < WARMUP; index++) await calls[name]();
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) {
      for (let index = 0; index < REQUESTS / ROUNDS; index++) {
        const started = process.hrtime.bigint();
        await calls[name]();
        samples[name].push(Number(process.hrtime.bigint() - started) / 1_000);
      }
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const sorted = samples[name].sort((a, b) => a - b);
      const at = (share) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
      return [name, { median: at(0.5), p95: at(0.95), p99: at(0.99) }];
    }),
  );
}

function clients(baseUrl, fetchImpl) {
  const bare = createClient({ baseUrl, fetch: fetchImpl, headers: { Authorization: 'Bearer bench-key' } });
  const sdk = new Reply({ apiKey: 'bench-key', baseUrl, fetch: fetchImpl, rateLimit: false, logLevel: 'off' });
  const limited = new Reply({ apiKey: 'bench-key-2', baseUrl, fetch: fetchImpl, rateLimit: { perMinute: 1e9, perHour: 1e9 }, logLevel: 'off' });
  return {
    'raw fetch': async () => {
      const response = await fetchImpl(new Request(`${baseUrl}/v3/contacts/12345`, { headers: { Authorization: 'Bearer bench-key' } }));
      return response.json();
    },
    'openapi-fetch': () => bare.GET('/v3/contacts/{id}', { params: { path: { id: 12345 } } }),
    // The SDK times every attempt out; this is bare openapi-fetch paying for the same kind of signal.
    'openapi-fetch+timeout': () => bare.GET('/v3/contacts/{id}', { params: { path: { id: 12345 } }, signal: AbortSignal.timeout(60_000) }),
    'SDK (limiter off)': () => sdk.contacts.get({ id: 12345 }),
    'SDK (limiter on)': () => limited.contacts.get({ id: 12345 }),
  };
}

// validateResponses: 'off' must cost nothing; 'warn' runs the generated validators on every body
// (the contact above is valid, so nothing is logged: this is the price of checking).
function validationClients(baseUrl, fetchImpl) {
  const options = { apiKey: 'bench-key', baseUrl, fetch: fetchImpl, rateLimit: false, logLevel: 'off' };
  const off = new Reply({ ...options, validateResponses: 'off' });
  const on = new Reply({ ...options, validateResponses: 'warn' });
  return {
    'SDK (validation off)': () => off.contacts.get({ id: 12345 }),
    'SDK (validation on)': () => on.contacts.get({ id: 12345 }),
  };
}

async function run(label, baseUrl, fetchImpl) {
  const results = await measureAll({ ...clients(baseUrl, fetchImpl), ...validationClients(baseUrl, fetchImpl) });
  const bare = results['openapi-fetch'];
  console.log(`\n${label}: ${REQUESTS} sequential GET /v3/contacts/{id} per client, ${ROUNDS} interleaved rounds, after ${WARMUP} warm-up`);
  console.log(`  ${'client'.padEnd(24)}${'median µs'.padStart(12)}${'p95 µs'.padStart(12)}${'median ÷ openapi-fetch'.padStart(26)}`);
  for (const [name, { median, p95 }] of Object.entries(results)) {
    console.log(`  ${name.padEnd(24)}${median.toFixed(1).padStart(12)}${p95.toFixed(1).padStart(12)}${(median / bare.median).toFixed(3).padStart(26)}`);
  }
}

async function sizes() {
  const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
  // Split like an application bundler would: what `import()` loads (the validators and the code
  // that runs them) is fetched only when validateResponses is on, and is reported apart. The
  // initial size is the entry and every chunk it imports statically.
  const bundle = async (external) => {
    const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, external, splitting: true, outdir: 'bench-out', metafile: true });
    const outputs = result.metafile.outputs;
    const initial = new Set();
    const visit = (file) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const imported of outputs[file].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
    };
    visit(Object.keys(outputs).find((file) => outputs[file].entryPoint));
    const size = (files) => ({ min: files.reduce((sum, file) => sum + file.contents.length, 0), gz: files.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).length, 0) });
    const isInitial = (file) => [...initial].some((relative) => file.path.endsWith(relative.replace(/^bench-out/, '')));
    return { ...size(result.outputFiles.filter(isInitial)), lazy: size(result.outputFiles.filter((file) => !isInitial(file))) };
  };
  const handWritten = await bundle(['openapi-fetch', '@engagekit/reply-v3', '@engagekit/reply-v4']);
  // With code splitting, as browser bundlers do: what every user loads vs. the Redis limiter chunk,
  // which loads only when rateLimit.redisUrl or rateLimit.redis is set.
  const split = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    splitting: true,
    outdir: 'split',
    external: ['openapi-fetch', '@engagekit/reply-v3', '@engagekit/reply-v4'],
  });
  const gz = (file) => gzipSync(file.contents, { level: 9 }).length;
  const lazy = split.outputFiles.filter((file) => /redis-rate-limit/.test(file.path));
  const eager = split.outputFiles.filter((file) => !lazy.includes(file));
  const withRoutes = await bundle(['openapi-fetch']);
  const everything = await bundle([]);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log('\nBundle size (esbuild, minified, gzip -9)');
  console.log(`  runtime + reply (hand-written; generated route tables and openapi-fetch external): ${kb(handWritten.min)} min, ${kb(handWritten.gz)} min+gz`);
  console.log(`    of which loaded by default (code-split):                                        ${kb(eager.reduce((sum, file) => sum + file.contents.length, 0))} min, ${kb(eager.reduce((sum, file) => sum + gz(file), 0))} min+gz`);
  console.log(`    of which the Redis limiter chunk (only with rateLimit.redisUrl / redis):        ${kb(lazy.reduce((sum, file) => sum + file.contents.length, 0))} min, ${kb(lazy.reduce((sum, file) => sum + gz(file), 0))} min+gz`);
  console.log(`  + generated v3/v4 route tables (data for ${'~370'} methods):                      ${kb(withRoutes.min)} min, ${kb(withRoutes.gz)} min+gz`);
  console.log(`  + openapi-fetch (everything a user ships):                                        ${kb(everything.min)} min, ${kb(everything.gz)} min+gz`);
  console.log(`  loaded on demand by validateResponses (v3 + v4 validators, separate chunks):       ${kb(everything.lazy.min)} min, ${kb(everything.lazy.gz)} min+gz`);
}

const stub = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
await run('Stubbed fetch (no I/O)', 'https://api.reply.io', stub);

const server = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(body));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address();
await run('Loopback HTTP server (127.0.0.1)', `http://127.0.0.1:${port}`, globalThis.fetch);
server.close();

/** A throwaway loopback redis-server (Debian's), or undefined when it is not installed. */
async function startRedis() {
  const binary = '/usr/bin/redis-server';
  if (!existsSync(binary)) return undefined;
  const port = await new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, stop: () => child.kill('SIGKILL') };
}

/** What the limiter adds to a request: off, in-process, and through Redis on loopback. */
async function limiterCost(baseUrl, redisUrl) {
  // Limits nobody reaches: what is measured is the bookkeeping, never a wait.
  const windows = [
    { limit: 1e9, windowMs: 60_000 },
    { limit: 1e9, windowMs: 3_600_000 },
  ];
  const make = (apiKey, rateLimit) => new Reply({ apiKey, baseUrl, rateLimit, logLevel: 'off' });
  const clientsByName = {
    'limiter off': make('bench-limiter-off', false),
    'in-process limiter': make('bench-limiter-local', { windows }),
    ...(redisUrl ? { 'Redis limiter (loopback)': make('bench-limiter-redis', { windows, redisUrl }) } : {}),
  };
  const calls = Object.fromEntries(Object.entries(clientsByName).map(([name, client]) => [name, () => client.contacts.get({ id: 12345 })]));
  const results = await measureAll(calls);
  const off = results['limiter off'];
  console.log(`\nRate limiter cost per request (loopback HTTP server, ${REQUESTS} sequential GETs per client, limits never reached)`);
  // p99 on a shared machine is mostly scheduling noise, so only the medians are subtracted.
  console.log(`  ${'limiter'.padEnd(26)}${'median µs'.padStart(12)}${'p99 µs'.padStart(12)}${'median − off µs'.padStart(18)}`);
  for (const [name, { median, p99 }] of Object.entries(results)) {
    console.log(`  ${name.padEnd(26)}${median.toFixed(1).padStart(12)}${p99.toFixed(1).padStart(12)}${(median - off.median).toFixed(1).padStart(18)}`);
  }
  if (!redisUrl) console.log('  Redis limiter: skipped, redis-server is not installed (apt-get install redis-server)');
}

/** 4 worker processes, one key, one Redis budget, against a server allowing 20 per 2 s (429 beyond). */
async function sharedBudget(redisUrl) {
  const LIMIT = 20;
  const WINDOW_MS = 2_000;
  const WORKERS = 4;
  const PER_WORKER = 25;
  const log = [];
  const accepted = [];
  const strict = http.createServer((request, response) => {
    const at = Date.now();
    const inside = accepted.filter((time) => time > at - WINDOW_MS);
    if (inside.length >= LIMIT) {
      log.push({ at, status: 429 });
      response.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' }).end('{"status":429}');
      return;
    }
    accepted.push(at);
    log.push({ at, status: 200 });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise((resolve) => strict.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${strict.address().port}`;
  const script = fileURLToPath(new URL('../test/fixtures/rate-limit-worker.mjs', import.meta.url));
  const workers = Array.from({ length: WORKERS }, (_, index) => fork(script, [baseUrl, redisUrl, 'bench-shared-budget-key', `w${index}`]));
  const next = (child, type) => new Promise((resolve) => child.on('message', (message) => message.type === type && resolve(message)));
  await Promise.all(workers.map((child) => next(child, 'ready')));
  const results = await Promise.all(
    workers.map((child, worker) => {
      const done = next(child, 'done');
      child.send({ type: 'calls', seq: 1, ids: Array.from({ length: PER_WORKER }, (_, index) => worker * 1_000 + index) });
      return done;
    }),
  );
  for (const child of workers) child.kill();
  strict.close();
  const times = log.map((entry) => entry.at).sort((a, b) => a - b);
  let peak = 0;
  for (let end = 0, start = 0; end < times.length; end++) {
    while (times[start] <= times[end] - WINDOW_MS) start++;
    peak = Math.max(peak, end - start + 1);
  }
  const total = WORKERS * PER_WORKER;
  const floor = (Math.ceil(total / LIMIT) - 1) * WINDOW_MS;
  const span = times.at(-1) - times[0];
  console.log(`\nShared budget on Redis: ${WORKERS} processes × ${PER_WORKER} calls, one key, server allows ${LIMIT} per ${WINDOW_MS} ms`);
  console.log(`  calls done ${results.reduce((sum, result) => sum + result.ok, 0)}/${total}, failed ${results.reduce((sum, result) => sum + result.errors.length, 0)}`);
  console.log(`  429s ${log.filter((entry) => entry.status === 429).length}, peak per ${WINDOW_MS} ms window ${peak} (limit ${LIMIT})`);
  console.log(`  first to last request ${span} ms, rate floor ${floor} ms: +${span - floor} ms`);
}

const redis = await startRedis();
try {
  const limiterServer = http.createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(body));
  await new Promise((resolve) => limiterServer.listen(0, '127.0.0.1', resolve));
  await limiterCost(`http://127.0.0.1:${limiterServer.address().port}`, redis?.url);
  limiterServer.close();
  if (redis) await sharedBudget(redis.url);
} finally {
  redis?.stop();
}

await sizes();
await typecheckCost();
