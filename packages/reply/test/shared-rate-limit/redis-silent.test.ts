// A "Redis" that accepts the connection and never answers: calls go ahead on the in-process
// limiter once `rateLimit.redisTimeoutMs` is over, and the one warning names that bound.
import net from 'node:net';
import { memoryLogger, startFaultServer } from '@engagekit/test-support';
import { describe, expect, it } from 'vitest';
import { Reply } from '../../src/index.js';

describe('a Redis that never answers', () => {
  it('falls back after rateLimit.redisTimeoutMs (which also bounds the connection) and every call completes', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const server = await startFaultServer((request) => ({ status: 200, body: { id: Number(request.url.split('/').pop()) } }));
    try {
      const logger = memoryLogger();
      const port = (silent.address() as net.AddressInfo).port;
      const reply = new Reply({
        apiKey: 'silent-redis-key',
        baseUrl: server.url,
        logger,
        logLevel: 'info',
        // Above the 2 s the connection gets by default, so the warning shows the option reached it.
        rateLimit: { redisUrl: `redis://127.0.0.1:${port}`, redisTimeoutMs: 2_500, windows: [{ limit: 50, windowMs: 1_000 }] },
      });
      const contacts = await Promise.all([1, 2, 3].map((id) => reply.contacts.get({ id })));
      expect(contacts.map((contact) => (contact as { id: number }).id)).toEqual([1, 2, 3]);
      expect(server.requests).toHaveLength(3);
      const warnings = logger.lines.filter((line) => line.startsWith('warn') && line.includes('Redis'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/is unavailable \(no (answer|connection) within 2500 ms\)/);
      expect(sockets.size).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
      await server.close();
    }
  });
});
