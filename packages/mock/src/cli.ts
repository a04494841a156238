#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { listApis } from './manifest.js';
import { startMocks } from './mocks.js';
import { stopAllPrisms } from './prism.js';

const HELP = `engagekit-mock — Prism mock servers for every engagekit spec

Usage: engagekit-mock [--api <id>]... [--port <id>=<port>]... [--host <host>] [--dynamic]

  --api <id>           start only this API (repeatable); default: all
  --port <id>=<port>   listen on this port (repeatable); also ENGAGEKIT_MOCK_PORT_<ID>, e.g.
                       ENGAGEKIT_MOCK_PORT_REPLY_V3=5010
  --host <host>        interface to listen on (default 127.0.0.1)
  --dynamic            generate responses from the schemas instead of the spec examples
  --list               print the APIs this package can mock and exit

Steer one response with a header: Prefer: code=404 · Prefer: example=<name> · Prefer: dynamic=true
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
  stopMocksOnSignals();
  const { values } = parseArgs({
    options: {
      api: { type: 'string', multiple: true },
      port: { type: 'string', multiple: true },
      host: { type: 'string', default: '127.0.0.1' },
      dynamic: { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
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

  const fleet = await startMocks({ apis: values.api, ports, host: values.host, dynamic: values.dynamic });

  for (const mock of fleet.running) console.log(`✓ ${mock.api.id} healthy: answered on ${mock.url} after ${mock.readyInMs} ms (pid ${mock.pid})`);
  for (const { api, error } of fleet.failed) console.error(`✗ ${api.id} did not start: ${error.message}`);
  console.log('');
  const rows = fleet.running.map((mock) => [mock.api.id, mock.api.version, mock.url, String(mock.api.operations)]);
  printTable(['API', 'VERSION', 'BASE URL', 'OPERATIONS'], rows);
  if (fleet.running.length === 0) {
    console.error('No mock could start.');
    process.exit(1);
  }
  console.log(`\n${fleet.running.length} mock(s) ready${values.dynamic ? ' (dynamic responses)' : ''}. Ctrl-C stops them all.`);
}

function printTable(header: string[], rows: string[][]) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
}

main().catch((error: Error) => {
  console.error(`engagekit-mock: ${error.message}`);
  process.exit(1);
});
