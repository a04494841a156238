import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { findApi, MockStartError, startMocks, startPrism } from '../src/index.js';

describe('startPrism', () => {
  it('serves a bundled spec on a free port and stops by PID', async () => {
    const prism = await startPrism({ specPath: findApi('reply-v4').specPath });
    try {
      expect(prism.pid).toBeGreaterThan(0);
      const response = await fetch(`${prism.url}/v4/sequences/1/contacts/2`, { headers: { 'X-API-Key': 'k' } });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ contactId: 12345, status: 'Active' });
    } finally {
      await prism.stop();
    }
    expect(() => process.kill(prism.pid, 0)).toThrow();
  });

  it('reports why Prism could not load a broken spec', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'engagekit-mock-'));
    const specPath = path.join(dir, 'broken.yaml');
    writeFileSync(specPath, 'openapi: 3.1.0\npaths: [this is not a paths object\n');
    await expect(startPrism({ specPath })).rejects.toThrow(/Prism exited/);
  });
});

describe('startMocks', () => {
  it('keeps the others running when one mock cannot start', async () => {
    const blocked = await holdPort();
    const fleet = await startMocks({ apis: ['reply-v3', 'whippy-v1'], ports: { 'reply-v3': blocked.port, 'whippy-v1': 0 } });
    try {
      expect(fleet.failed.map(({ api }) => api.id)).toEqual(['reply-v3']);
      expect(fleet.failed[0]?.error.message).toContain(`Port ${blocked.port}`);
      expect(fleet.running.map((mock) => mock.api.id)).toEqual(['whippy-v1']);
      expect(fleet.url('whippy-v1')).toBe(fleet.running[0]?.url);
      expect(() => fleet.url('reply-v3')).toThrow(`The reply-v3 mock did not start: Port ${blocked.port}`);
    } finally {
      await fleet.stop();
      await blocked.stop();
    }
  });

  it('with requireAll, stops the mocks that started and throws every failure', async () => {
    const blocked = await holdPort();
    try {
      const attempt = startMocks({ apis: ['reply-v4', 'whippy-v1'], ports: { 'reply-v4': blocked.port, 'whippy-v1': 0 }, requireAll: true });
      const error = await attempt.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(MockStartError);
      const failure = error as MockStartError;
      expect(failure.failures.map(({ api }) => api.id)).toEqual(['reply-v4']);
      expect(failure.message).toContain(`reply-v4: Port ${blocked.port} on 127.0.0.1 is already in use`);
      expect(childPrismsServing('whippy-v1.json')).toEqual([]);
    } finally {
      await blocked.stop();
    }
  });
});

/** A port some other program already listens on; what listens there does not matter to the mocks. */
async function holdPort(): Promise<{ port: number; stop: () => Promise<void> }> {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** PIDs of this process's children whose command line names the given spec file. */
function childPrismsServing(specFile: string): number[] {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((match): match is RegExpMatchArray => match !== null && Number(match[2]) === process.pid && match[3]!.includes(specFile))
    .map((match) => Number(match[1]));
}
