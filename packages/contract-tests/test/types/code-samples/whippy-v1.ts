// generated — do not edit. Source: specs/whippy/v1/openapi.yaml via scripts/lib/code-samples.mjs. Regenerate with `pnpm generate`.
// Every code sample of the whippy-v1 reference (scripts/lib/code-samples.mjs), type-checked by `tsc`.
// Nothing here runs; a call that does not compile fails `pnpm typecheck`.
import { Whippy } from '@engagekit/whippy';
import { createClient } from '@engagekit/whippy-v1';

export async function sdkSamples() {
  const whippy = new Whippy({ apiKey: process.env.WHIPPY_API_KEY! });
  // GET /contacts (GetContacts)
  {
    const result = await whippy.contacts.list();
  }
  // POST /contacts (CreateContact)
  {
    const result = await whippy.contacts.create({
      body: { phone: '+13105551234', name: 'Maria Lopez' },
    });
  }
  // POST /contacts/search (SearchContacts)
  {
    const result = await whippy.contacts.search({ body: { phone: '+13105551234' } });
  }
  // POST /contacts/upsert (UpsertContacts)
  {
    const result = await whippy.contacts.upsert({
      body: {
        contacts: [
          { phone: '+13105551234', name: 'Maria Lopez', external_id: 'crm-1042' },
          { phone: '+13105555678', name: 'Sam Lee', email: 'sam.lee@example.com' },
        ],
        opt_in_to_all_channels: true,
      },
    });
  }
  // GET /contacts/{id} (GetContact)
  {
    const result = await whippy.contacts.get({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // PUT /contacts/{id} (UpdateContact)
  {
    const result = await whippy.contacts.update({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: {
        phone: '+13105551234',
        name: 'Maria Lopez',
        email: 'maria@lopez.example',
        language: 'en',
      },
    });
  }
  // DELETE /contacts/{id} (DeleteContact)
  {
    const result = await whippy.contacts.delete({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // POST /contacts/{id}/sequences (ListContactSequences)
  {
    const result = await whippy.contacts.listSequences({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { limit: 50, offset: 0 },
    });
  }
  // GET /contacts/{id}/communication_preferences (GetContactCommunicationPreferences)
  {
    const result = await whippy.contacts.listCommunicationPreferences({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // POST /contacts/{id}/communication_preferences/opt_in (OptInCommunicationPreference)
  {
    const result = await whippy.contacts.optIn({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: {
        channel: [
          { id: '6c510dfc-97a6-44a8-a966-e5b37ff1e9c5', phone: '+13105550000' },
        ],
        contacts: [{ phone: '+13105551234', name: 'Maria Lopez' }],
      },
    });
  }
  // POST /contacts/{id}/communication_preferences/opt_out (OptOutCommunicationPreference)
  {
    const result = await whippy.contacts.optOut({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: {
        channel: [
          { id: '6c510dfc-97a6-44a8-a966-e5b37ff1e9c5', phone: '+13105550000' },
        ],
        contacts: [{ phone: '+13105551234', name: 'Maria Lopez' }],
      },
    });
  }
  // GET /sequences (GetSequences)
  {
    const result = await whippy.sequences.list();
  }
  // GET /sequences/runs (GetSequenceRuns)
  {
    const result = await whippy.sequences.runs.list();
  }
  // GET /sequences/{id} (GetSequence)
  {
    const result = await whippy.sequences.get({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // GET /sequences/{id}/contacts (GetSequenceContacts)
  {
    const result = await whippy.sequences.contacts.list({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // POST /sequences/{id}/contacts (CreateSequenceContacts)
  {
    const result = await whippy.sequences.contacts.add({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: {
        from: '+13105550000',
        to: [
          { phone: '+13105551234', name: 'Maria Lopez' },
          { phone: '+13105555678', name: 'Sam Lee' },
        ],
      },
    });
  }
  // DELETE /sequences/{id}/contacts (RemoveSequenceContacts)
  {
    const result = await whippy.sequences.contacts.remove({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { contacts: [{ phone: '+13105551234' }, { phone: '+13105555678' }] },
    });
  }
}

export async function clientSamples() {
  const client = createClient({ apiKey: process.env.WHIPPY_API_KEY! });
  // GET /contacts (GetContacts)
  {
    const { data, error } = await client.GET('/contacts');
  }
  // POST /contacts (CreateContact)
  {
    const { data, error } = await client.POST('/contacts', {
      body: { phone: '+13105551234', name: 'Maria Lopez' },
    });
  }
  // POST /contacts/search (SearchContacts)
  {
    const { data, error } = await client.POST('/contacts/search', {
      body: { phone: '+13105551234' },
    });
  }
  // POST /contacts/upsert (UpsertContacts)
  {
    const { data, error } = await client.POST('/contacts/upsert', {
      body: {
        contacts: [
          { phone: '+13105551234', name: 'Maria Lopez', external_id: 'crm-1042' },
          { phone: '+13105555678', name: 'Sam Lee', email: 'sam.lee@example.com' },
        ],
        opt_in_to_all_channels: true,
      },
    });
  }
  // GET /contacts/{id} (GetContact)
  {
    const { data, error } = await client.GET('/contacts/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // PUT /contacts/{id} (UpdateContact)
  {
    const { data, error } = await client.PUT('/contacts/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: {
        phone: '+13105551234',
        name: 'Maria Lopez',
        email: 'maria@lopez.example',
        language: 'en',
      },
    });
  }
  // DELETE /contacts/{id} (DeleteContact)
  {
    const { data, error } = await client.DELETE('/contacts/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // POST /contacts/{id}/sequences (ListContactSequences)
  {
    const { data, error } = await client.POST('/contacts/{id}/sequences', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: { limit: 50, offset: 0 },
    });
  }
  // GET /contacts/{id}/communication_preferences (GetContactCommunicationPreferences)
  {
    const { data, error } = await client.GET('/contacts/{id}/communication_preferences', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // POST /contacts/{id}/communication_preferences/opt_in (OptInCommunicationPreference)
  {
    const { data, error } = await client.POST('/contacts/{id}/communication_preferences/opt_in', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: {
        channel: [
          { id: '6c510dfc-97a6-44a8-a966-e5b37ff1e9c5', phone: '+13105550000' },
        ],
        contacts: [{ phone: '+13105551234', name: 'Maria Lopez' }],
      },
    });
  }
  // POST /contacts/{id}/communication_preferences/opt_out (OptOutCommunicationPreference)
  {
    const { data, error } = await client.POST('/contacts/{id}/communication_preferences/opt_out', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: {
        channel: [
          { id: '6c510dfc-97a6-44a8-a966-e5b37ff1e9c5', phone: '+13105550000' },
        ],
        contacts: [{ phone: '+13105551234', name: 'Maria Lopez' }],
      },
    });
  }
  // GET /sequences (GetSequences)
  {
    const { data, error } = await client.GET('/sequences');
  }
  // GET /sequences/runs (GetSequenceRuns)
  {
    const { data, error } = await client.GET('/sequences/runs');
  }
  // GET /sequences/{id} (GetSequence)
  {
    const { data, error } = await client.GET('/sequences/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // GET /sequences/{id}/contacts (GetSequenceContacts)
  {
    const { data, error } = await client.GET('/sequences/{id}/contacts', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // POST /sequences/{id}/contacts (CreateSequenceContacts)
  {
    const { data, error } = await client.POST('/sequences/{id}/contacts', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: {
        from: '+13105550000',
        to: [
          { phone: '+13105551234', name: 'Maria Lopez' },
          { phone: '+13105555678', name: 'Sam Lee' },
        ],
      },
    });
  }
  // DELETE /sequences/{id}/contacts (RemoveSequenceContacts)
  {
    const { data, error } = await client.DELETE('/sequences/{id}/contacts', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: { contacts: [{ phone: '+13105551234' }, { phone: '+13105555678' }] },
    });
  }
}
