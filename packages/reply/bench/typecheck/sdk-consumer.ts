// A small consumer of the SDK; openapi-fetch-consumer.ts makes the same calls with bare
// openapi-fetch over the same generated types. `pnpm bench` type-checks both and compares.
import { Reply } from '@engagekit/reply';

const reply = new Reply({ apiKey: process.env.REPLY_API_KEY! });

export async function consumer() {
  const contact = await reply.contacts.get({ id: 12345 });
  await reply.contacts.update({ id: 12345, body: { firstName: 'Jane', companySize: 'OneThousand' } });
  const page = await reply.contacts.list({ top: 100 });
  await reply.sequences.contacts.setStatus({ id: 100, body: { contactIds: [1, 2], statusInSequence: 'paused' } });
  const link = await reply.v4.sequences.contacts.get({ id: 100, contact_id: 12345 });
  return [contact.email, page.items.length, link.status];
}
