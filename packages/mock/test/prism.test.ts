import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findApi, startMocks, startPrism } from '../src/index.js';

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
    await expect(startPrism({ specPath, readyTimeoutMs: 20_000 })).rejects.toThrow(/Prism exited/);
  });
});

describe('startMocks', () => {
  it('keeps the others running when one mock cannot start', async () => {
    const v3 = findApi('reply-v3');
    const blocked = await startPrism({ specPath: v3.specPath });
    const fleet = await startMocks({ apis: ['reply-v3', 'whippy-v1'], ports: { 'reply-v3': blocked.port, 'whippy-v1': 0 } });
    try {
      expect(fleet.failed.map(({ api }) => api.id)).toEqual(['reply-v3']);
      expect(fleet.failed[0]?.error.message).toContain(`Port ${blocked.port}`);
      expect(fleet.running.map((mock) => mock.api.id)).toEqual(['whippy-v1']);
    } finally {
      await fleet.stop();
      await blocked.stop();
    }
  });
});
