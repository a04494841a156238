import { manualClock, startFaultServer } from '@engagekit/test-support';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BackgroundJobError, Reply } from '../src/index.js';

const SECRET = 'reply_key_5b1e0c7d9a';

describe('a Reply client never shows its key', () => {
  it('util.inspect (hidden members and all) and JSON.stringify, for v3 and its v4 core', () => {
    const reply = new Reply({ apiKey: SECRET, rateLimit: false });
    const texts = [inspect(reply, { depth: Infinity, showHidden: true }), JSON.stringify(reply), inspect(reply.v4, { depth: Infinity, showHidden: true })];
    for (const text of texts) expect(text).not.toContain(SECRET);
  });
});

describe('background jobs', () => {
  it.each(['Expired', 'Failed', 'Cancelled'])('a job that ends %s throws BackgroundJobError', async (status) => {
    const server = await startFaultServer((request) =>
      request.method === 'POST'
        ? { status: 202, headers: { location: '/v3/background-jobs/6f1c' }, body: { jobId: '6f1c' } }
        : { status: 200, body: { id: '6f1c', status } },
    );
    try {
      const reply = new Reply({ apiKey: SECRET, baseUrl: server.url, rateLimit: false, logLevel: 'off', clock: manualClock() });
      const job = await reply.emailValidations.schedule({ body: { contactIds: [1] } } as never);
      const error = await job.wait({ pollInterval: 1_000, timeout: 5_000 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BackgroundJobError);
      expect(error).toMatchObject({ status, jobId: '6f1c', message: `background job 6f1c ended as ${status}` });
      expect(server.requests.filter((request) => request.method === 'GET')).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
