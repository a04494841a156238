// The calls of sdk-consumer.ts, made with bare openapi-fetch over the generated types.
import type { paths as V3 } from '@engagekit/reply-v3';
import type { paths as V4 } from '@engagekit/reply-v4';
import createClient from 'openapi-fetch';

const headers = { Authorization: `Bearer ${process.env.REPLY_API_KEY!}` };
const v3 = createClient<V3>({ baseUrl: 'https://api.reply.io', headers });
const v4 = createClient<V4>({ baseUrl: 'https://api.reply.io', headers: { 'X-API-Key': process.env.REPLY_API_KEY! } });

export async function consumer() {
  const { data: contact } = await v3.GET('/v3/contacts/{id}', { params: { path: { id: 12345 } } });
  await v3.PATCH('/v3/contacts/{id}', { params: { path: { id: 12345 } }, body: { firstName: 'Jane', companySize: 'OneThousand' } });
  const { data: page } = await v3.GET('/v3/contacts', { params: { query: { top: 100 } } });
  await v3.POST('/v3/sequences/{id}/contacts/set-status-in-sequence', {
    params: { path: { id: 100 } },
    body: { contactIds: [1, 2], statusInSequence: 'paused' },
  });
  const { data: link } = await v4.GET('/v4/sequences/{id}/contacts/{contact_id}', { params: { path: { id: 100, contact_id: 12345 } } });
  return [contact?.email, page?.items.length, link?.status];
}
