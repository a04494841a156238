import { memoryLogger, startFaultServer, type FaultServer } from '@engagekit/test-support';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseValidationError, Whippy } from '../src/index.js';

const servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('Whippy validateResponses', () => {
  it("throws ResponseValidationError in 'throw' mode and logs drift in 'warn' mode", async () => {
    const body = { data: { id: 'not-a-uuid', name: 'Ada', favourite_colour: 'green' } };
    const server = await startFaultServer(() => ({ status: 200, body }));
    servers.push(server);
    const logger = memoryLogger();
    const options = { apiKey: 'whippy-validation-key', baseUrl: server.url, rateLimit: false as const, maxRetries: 0, logger };
    const id = '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11';

    const error = await new Whippy({ ...options, validateResponses: 'throw' }).contacts.get({ id }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).operation).toBe('GetContact');
    expect((error as ResponseValidationError).violations).toEqual([expect.objectContaining({ pointer: '/data/id', keyword: 'format', expected: 'uuid' })]);
    expect(logger.lines).toEqual([expect.stringContaining('response drift: GetContact 200 /data/favourite_colour: unknown member favourite_colour (string)')]);

    await new Whippy({ ...options, validateResponses: 'warn' }).contacts.get({ id });
    expect(logger.lines).toContainEqual(expect.stringContaining('response validation: GetContact 200 /data/id: "not-a-uuid" is not a valid uuid'));
  });
});
