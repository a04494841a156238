// Starts the stateful mock of one API in this process: load its data, build the engine once,
// listen. Ready the moment `listen` returns; nothing to poll.

import { loadApiData } from './api-data.js';
import { createEngine, type EngineOptions, type MockEngine } from './engine/engine.js';
import { startStatefulServer, type RunningStatefulServer } from './http-server.js';
import type { MockableApi } from './manifest.js';

export interface StatefulMockOptions extends EngineOptions {
  port?: number;
  host?: string;
}

export interface RunningStatefulMock extends RunningStatefulServer {
  readonly engine: MockEngine;
}

export async function startStatefulMock(api: MockableApi, options: StatefulMockOptions = {}): Promise<RunningStatefulMock> {
  const startedAt = performance.now();
  const engine = createEngine(await loadApiData(api), options);
  const server = await startStatefulServer(engine, { port: options.port, host: options.host });
  return Object.assign(server, { engine, readyInMs: Math.round(performance.now() - startedAt) });
}

/** Parses `--latency <min>-<max>` (milliseconds; a single number means a fixed delay). */
export function parseLatency(text: string): { min: number; max: number } {
  const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text);
  if (!match) throw new Error(`--latency expects <min>-<max> in milliseconds, e.g. 50-300; got "${text}".`);
  const min = Number(match[1]);
  const max = Number(match[2] ?? match[1]);
  if (max < min) throw new Error(`--latency ${text}: the maximum is below the minimum.`);
  return { min, max };
}

/** Parses `--fault-rate <0..1>`. */
export function parseFaultRate(text: string): number {
  const rate = Number(text);
  if (text.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) throw new Error(`--fault-rate expects a number from 0 to 1; got "${text}".`);
  return rate;
}
