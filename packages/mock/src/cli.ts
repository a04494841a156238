#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { listApis } from './manifest.js';
import { startMocks } from './mocks.js';
import { stopAllPrisms } from './prism.js';
import { runProxies } from './proxy-cli.js';
import { parseFaultRate, parseLatency } from './stateful.js';

const HELP = `engagekit-mock — mock servers for every engagekit spec: stateful by default, plain Prism with --stateless

Usage: engagekit-mock [--api <id>]... [--port <id>=<port>]... [--host <host>]
                      [--latency <min>-<max>] [--fault-rate <0..1>] | [--stateless [--dynamic]]
       engagekit-mock --proxy <upstream-base-url> [--api <id>]... [--port <id>=<port>]... [--record <dir>] [--mask]

  --api <id>           start only this API (repeatable); default: all
  --port <id>=<port>   listen on this port (repeatable); also ENGAGEKIT_MOCK_PORT_<ID>, e.g.
                       ENGAGEKIT_MOCK_PORT_REPLY_V3=5010
  --host <host>        interface to listen on (default 127.0.0.1)
  --latency <min>-<max>  delay every answer by a random time in this range (ms)
  --fault-rate <0..1>  answer this share of requests with an injected 429 (Retry-After) or 5xx
  --stateless          plain Prism: the spec's examples, no state (what the contract tests use)
  --dynamic            Prism, generating responses from the schemas (implies --stateless)
  --list               print the APIs this package can mock and exit
  --proxy <url>        instead of mocking, forward every request to this real API unchanged and print
                       each request/response violation of the spec (and drift) as one line
  --record <dir>       with --proxy: write each exchange as a recording (no key, no auth header)
  --mask               with --record: also mask e-mail addresses and phone numbers

Steer one response with a header: Prefer: code=404 · Prefer: example=<name>
Stateful mock: X-Mock-Session: <id> scopes state · POST /__mock/reset restores the seed (one session
with X-Mock-Session, else all) · X-Mock-Delay: <ms> · X-Mock-Fault: reset | timeout
`;

function portEnvName(id: string): string {
  return `ENGAGEKIT_MOCK_PORT_${id.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

function parsePort(text: string, where: string): number {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${where}: "${text}" is not a port number.`);
  return port;
}

/**
 * Installed before the first mock starts: a signal during start-up stops the mocks still starting
 * too (each also exits by itself once this process is gone, SIGKILL included; see prism-guard.cjs).
 */
function stopMocksOnSignals() {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the mocks…`);
    await stopAllPrisms();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal));
}

async function main() {
  const { values } = parseArgs({
    options: {
      api: { type: 'string', multiple: true },
      port: { type: 'string', multiple: true },
      host: { type: 'string', default: '127.0.0.1' },
      dynamic: { type: 'boolean', default: false },
      stateless: { type: 'boolean', default: false },
      latency: { type: 'string' },
      'fault-rate': { type: 'string' },
      list: { type: 'boolean', default: false },
      proxy: { type: 'string' },
      record: { type: 'string' },
      mask: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const apis = listApis();
  if (values.list) {
    for (const api of apis) console.log(`${api.id}\t${api.title}\tport ${api.defaultPort}\t${api.operations} operations`);
    return;
  }

  const ports: Record<string, number> = {};
  for (const api of apis) {
    const fromEnv = process.env[portEnvName(api.id)];
    if (fromEnv) ports[api.id] = parsePort(fromEnv, portEnvName(api.id));
  }
  for (const assignment of values.port ?? []) {
    const [id, port] = assignment.split('=');
    if (!id || port === undefined) throw new Error(`--port expects <id>=<port>, got "${assignment}".`);
    ports[id] = parsePort(port, `--port ${id}`);
  }

  if (values.proxy !== undefined) {
    await runProxies({ upstream: values.proxy, apis: values.api, ports, host: values.host, recordDir: values.record, mask: values.mask });
    return;
  }
  if (values.record !== undefined || values.mask) throw new Error('--record and --mask need --proxy <upstream-base-url>.');

  // Proxies stop on signals by themselves (proxy-cli.ts); mocks need this before the first starts.
  stopMocksOnSignals();

  const stateless = values.stateless || values.dynamic;
  const latency = values.latency === undefined ? undefined : parseLatency(values.latency);
  const faultRate = values['fault-rate'] === undefined ? undefined : parseFaultRate(values['fault-rate']);
  if (stateless && (latency || faultRate !== undefined)) throw new Error('--latency and --fault-rate apply to the stateful mock; drop --stateless/--dynamic.');
  const fleet = await startMocks({ apis: values.api, ports, host: values.host, dynamic: values.dynamic, stateless, latency, faultRate });

  for (const mock of fleet.running) console.log(`✓ ${mock.api.id} healthy: answered on ${mock.url} after ${mock.readyInMs} ms (pid ${mock.pid})`);
  for (const { api, error } of fleet.failed) console.error(`✗ ${api.id} did not start: ${error.message}`);
  console.log('');
  const rows = fleet.running.map((mock) => [mock.api.id, mock.api.version, mock.url, String(mock.api.operations)]);
  printTable(['API', 'VERSION', 'BASE URL', 'OPERATIONS'], rows);
  if (fleet.running.length === 0) {
    console.error('No mock could start.');
    process.exit(1);
  }
  const kind = values.dynamic ? 'Prism, dynamic responses' : stateless ? 'Prism, stateless' : 'stateful';
  console.log(`\n${fleet.running.length} mock(s) ready (${kind}). Ctrl-C stops them all.`);
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}

main().catch((error: Error) => {
  console.error(`engagekit-mock: ${error.message}`);
  process.exit(1);
});
