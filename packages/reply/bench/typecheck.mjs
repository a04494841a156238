// Type-check cost of the SDK for its users: `tsc --noEmit` of a small consumer of @engagekit/reply
// next to one making the same calls with bare openapi-fetch over the same generated types
// (bench/typecheck/). Both runs pay for the generated `paths` types; the difference is what the
// SDK's method types add. Prints figures, passes or fails nothing.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const dir = fileURLToPath(new URL('./typecheck/', import.meta.url));
const ROUNDS = Number(process.env.BENCH_TSC_ROUNDS ?? 5);

function typecheck(consumer) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    execFile(process.execPath, [tsc, '-p', `${dir}tsconfig.${consumer}.json`, '--extendedDiagnostics'], (error, stdout) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (error) return reject(new Error(`tsc failed on ${consumer}:\n${stdout}`));
      const figure = (label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(stdout)?.[1]);
      resolve({ wallMs, totalMs: figure('Total time') * 1000, checkMs: figure('Check time') * 1000, instantiations: figure('Instantiations') });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function typecheckCost() {
  const consumers = { 'openapi-fetch': 'openapi-fetch-consumer', '@engagekit/reply': 'sdk-consumer' };
  const runs = Object.fromEntries(Object.keys(consumers).map((name) => [name, []]));
  // One run of each in turn, so a busy moment of the machine lands on both alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, consumer] of Object.entries(consumers)) runs[name].push(await typecheck(consumer));
  }
  const rows = Object.fromEntries(
    Object.entries(runs).map(([name, samples]) => [
      name,
      Object.fromEntries(['wallMs', 'totalMs', 'checkMs', 'instantiations'].map((key) => [key, median(samples.map((sample) => sample[key]))])),
    ]),
  );
  const bare = rows['openapi-fetch'];
  console.log(`\nType-check cost: tsc --noEmit of a small consumer (5 calls, v3 + v4), median of ${ROUNDS} interleaved runs`);
  console.log(`  ${'consumer of'.padEnd(20)}${'tsc total ms'.padStart(14)}${'check ms'.padStart(10)}${'wall ms'.padStart(10)}${'instantiations'.padStart(16)}${'total ÷ openapi-fetch'.padStart(24)}`);
  for (const [name, row] of Object.entries(rows)) {
    const cells = [row.totalMs, row.checkMs, row.wallMs].map((value, index) => value.toFixed(0).padStart(index === 0 ? 14 : 10)).join('');
    console.log(`  ${name.padEnd(20)}${cells}${String(row.instantiations).padStart(16)}${`${(row.totalMs / bare.totalMs).toFixed(2)}×`.padStart(24)}`);
  }
  console.log('  (the SDK aims to stay within 1.5× of bare openapi-fetch)');
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await typecheckCost();
