#!/usr/bin/env node
// Prints, side by side: per-request overhead of the SDK vs bare openapi-fetch vs raw fetch (with a
// stubbed fetch and against a loopback server), the min+gz size of runtime + reply, and the tsc
// time of a small SDK consumer vs the same calls with bare openapi-fetch (typecheck.mjs).
// A script that prints figures, not a test: nothing here passes or fails.
import { build } from 'esbuild';
import http from 'node:http';
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
      return [name, { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.floor(sorted.length * 0.95)] }];
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
  const withRoutes = await bundle(['openapi-fetch']);
  const everything = await bundle([]);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log('\nBundle size (esbuild, minified, gzip -9)');
  console.log(`  runtime + reply (hand-written; generated route tables and openapi-fetch external): ${kb(handWritten.min)} min, ${kb(handWritten.gz)} min+gz`);
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

await sizes();
await typecheckCost();
