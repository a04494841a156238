#!/usr/bin/env node
// Prints, side by side in one run: requests per second on reply-v3 (GET /v3/contacts/12345) of the
// stateful mock, plain Prism (--stateless) and a bare Node HTTP server returning the same body,
// sequential and at concurrency 16; start-up time of reply-v3 alone and of all three APIs; and the
// resident memory of each mock, children included. A script that prints figures, not a test.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 600);
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 2_000);
const PATH = '/v3/contacts/12345';
const HEADERS = { authorization: 'Bearer bench-key' };

function start(args) {
  const startedAt = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve, reject) => {
    const exited = (code) => reject(new Error(`engagekit-mock ${args.join(' ')} exited ${code}:\n${output}`));
    child.once('exit', exited);
    child.stdout.on('data', () => {
      if (!/mock\(s\) ready/.test(output)) return;
      const urls = Object.fromEntries([...output.matchAll(/^(\S+)\s+\S+\s+(http:\/\/\S+)\s+\d+/gm)].map((match) => [match[1], match[2]]));
      child.off('exit', exited);
      resolve({ child, urls, startupMs: performance.now() - startedAt, stop: () => stop(child) });
    });
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** RSS of a process and every descendant (Prism runs one child process per API), in MiB. */
function rssMiB(rootPid) {
  const parents = new Map();
  const rss = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      parents.set(Number(entry), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]));
      rss.set(Number(entry), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // Gone meanwhile.
    }
  }
  const family = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) if (family.has(parent) && !family.has(pid)) family.add(pid), (grew = true);
  }
  return [...family].reduce((sum, pid) => sum + (rss.get(pid) ?? 0), 0) / 1024;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
function get(base) {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${PATH}`, { agent, headers: HEADERS }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`${base}: ${response.statusCode}`))));
    });
    request.on('error', reject);
  });
}

async function throughput(base, total, concurrency) {
  for (let i = 0; i < 50; i++) await get(base);
  let next = 0;
  const startedAt = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await get(base);
    }),
  );
  return total / ((performance.now() - startedAt) / 1_000);
}

async function bareServer(body) {
  const source = `const http = require('node:http'); const body = ${JSON.stringify(body)};
    const server = http.createServer((q, s) => s.writeHead(200, { 'content-type': 'application/json' }).end(body));
    server.listen(0, '127.0.0.1', () => console.log('bare on http://127.0.0.1:' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => child.stdout.on('data', (chunk) => resolve(/http:\/\/\S+/.exec(String(chunk))[0])));
  return { child, urls: { 'reply-v3': url }, stop: () => stop(child) };
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

// Start-up: each mock alone, then all three at once (the stateful mock serves them in one process).
const mocks = [];
for (const [name, extra] of [['stateful', []], ['Prism', ['--stateless']]]) {
  const alone = await start(['--api', 'reply-v3', '--port', 'reply-v3=0', ...extra]);
  await alone.stop();
  const all = await start(['--port', 'reply-v3=0', '--port', 'reply-v4=0', '--port', 'whippy-v1=0', ...extra]);
  mocks.push({ name, mock: all, startupAlone: alone.startupMs, startupAll: all.startupMs, rssReady: rssMiB(all.child.pid) });
}
// The same body the mocks send, from a server that does nothing else.
const body = await (await fetch(`${mocks[0].mock.urls['reply-v3']}${PATH}`, { headers: HEADERS })).text();
const bare = await bareServer(body);
mocks.splice(1, 0, { name: 'bare Node http', mock: bare, rssReady: rssMiB(bare.child.pid) });

// Rounds interleave the servers, so a burst of load elsewhere on the machine hits all of them; best round wins.
for (const entry of mocks) Object.assign(entry, { sequential: 0, concurrent: 0 });
for (let round = 0; round < ROUNDS; round++) {
  for (const entry of mocks) {
    const base = entry.mock.urls['reply-v3'];
    entry.sequential = Math.max(entry.sequential, await throughput(base, SEQUENTIAL, 1));
    entry.concurrent = Math.max(entry.concurrent, await throughput(base, CONCURRENT, 16));
  }
}
const rows = mocks.map((entry) => ({ ...entry, rss: rssMiB(entry.mock.child.pid) }));
for (const entry of mocks) await entry.mock.stop();
agent.destroy();

const prism = rows.find((row) => row.name === 'Prism');
const fmt = (value, digits = 0) => (value === undefined ? '—' : value.toFixed(digits));
const table = [
  ['mock (reply-v3)', 'req/s seq', 'req/s c=16', '× Prism c=16', 'start reply-v3', 'start all 3', 'RSS ready (all 3)', 'RSS after load'],
  ...rows.map((row) => [
    row.name,
    fmt(row.sequential),
    fmt(row.concurrent),
    `${fmt(row.concurrent / prism.concurrent, 1)}×`,
    row.startupAlone === undefined ? '—' : `${fmt(row.startupAlone)} ms`,
    row.startupAll === undefined ? '—' : `${fmt(row.startupAll)} ms`,
    `${fmt(row.rssReady)} MiB`,
    `${fmt(row.rss)} MiB`,
  ]),
];
const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
console.log(`GET ${PATH}: ${SEQUENTIAL} sequential requests, then ${CONCURRENT} at concurrency 16 (keep-alive); best of ${ROUNDS} interleaved rounds\n`);
for (const row of table) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
console.log('\nStart-up: from spawning engagekit-mock to its "ready" line (Prism: one process per API, started together).');
console.log('RSS: the CLI process and all its children; the bare server has no spec loaded, for scale only.');
