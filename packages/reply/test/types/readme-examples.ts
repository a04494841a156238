// The SDK snippets of the README, compiled by `tsc` so the documentation cannot drift from the types.
import { createClient } from 'redis';
import { NotFoundError, RateLimitError, Reply, ResponseValidationError, type ImportContact } from '../../src/index.js';

declare const apiKey: string;
declare const contacts: ImportContact[];
declare const contactIds: number[];

export async function readme() {
  const reply = new Reply({ apiKey: process.env.REPLY_API_KEY! });
  const contact = await reply.contacts.get({ id: 12345 });
  void contact;
  await reply.contacts.update({ id: 12345, body: { companySize: 'OneThousand' } });
  await reply.sequences.contacts.setStatus({ id: 100, body: { contactIds: [1, 2], statusInSequence: 'paused' } });
  await reply.v4.sequences.contacts.get({ id: 100, contact_id: 12345 });

  try {
    await reply.contacts.get({ id: 1 });
  } catch (error) {
    if (error instanceof NotFoundError) console.log(error.code);
    else if (error instanceof RateLimitError) console.log(error.retryAfter);
    else throw error;
  }

  await reply.contacts.get({ id: 1 }, { maxRetries: 5, timeout: 10_000 });
  new Reply({ apiKey, rateLimit: { onRateLimit: ({ waitMs }) => console.log(`waiting ${waitMs} ms`) } });
  new Reply({ apiKey, rateLimit: { windows: [{ limit: 20, windowMs: 2_000 }, { limit: 500, windowMs: 3_600_000 }] } });
  // Running many workers.
  new Reply({ apiKey, rateLimit: { redisUrl: process.env.REDIS_URL } });
  new Reply({ apiKey, rateLimit: { redis: createClient({ url: process.env.REDIS_URL }) } });

  for await (const item of reply.contacts.list({ top: 100 })) console.log(item.email);
  for await (const page of reply.contacts.filter({ body: { searchTerm: 'acme' } }).pages()) console.log(page.items.length);

  const job = await reply.emailValidations.schedule({ body: { contactIds: [1, 2, 3] } });
  const done = await job.wait({ pollInterval: 2_000, timeout: 600_000 });
  void done.status;

  const outcomes = await reply.contacts.importAll(contacts, { onProgress: ({ done: count, total }) => console.log(count, total) });
  void outcomes;
  const result = await reply.sequences.contacts.setStatusAll({ id: 100, contactIds, statusInSequence: 'paused' });
  void result.failed;
  // Reconciling `unknown` outcomes, and bounding a list's pages.
  const unknown = outcomes.filter((outcome) => outcome.status === 'unknown');
  for (const { item, requestError } of unknown) {
    const found = await reply.contacts.list({ email: item.email });
    void found.items.length, requestError?.message;
  }
  void result.unknown, result.requestErrors;
  for await (const item of reply.contacts.list({ top: 100 }, { maxPages: 50 })) void item;
  await reply.contacts.get({ id: 1 }, { timeout: Infinity });

  const controller = new AbortController();
  setTimeout(() => controller.abort(), 1_000);
  await reply.contacts.get({ id: 1 }, { signal: controller.signal });
  const { data, response } = await reply.contacts.get({ id: 1 }).withResponse();
  void data, response;

  const validating = new Reply({ apiKey, validateResponses: 'throw' });
  try {
    await validating.contacts.get({ id: 1 });
  } catch (error) {
    if (error instanceof ResponseValidationError) console.log(error.violations[0]);
  }
}
