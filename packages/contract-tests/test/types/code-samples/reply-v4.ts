// generated — do not edit. Source: specs/reply/v4/openapi.yaml via scripts/lib/code-samples.mjs. Regenerate with `pnpm generate`.
// Every code sample of the reply-v4 reference (scripts/lib/code-samples.mjs), type-checked by `tsc`.
// Nothing here runs; a call that does not compile fails `pnpm typecheck`.
import { Reply } from '@engagekit/reply';
import { createClient } from '@engagekit/reply-v4';

export async function sdkSamples() {
  const reply = new Reply({ apiKey: process.env.REPLY_API_KEY! });
  // POST /v4/contacts (CreateContact)
  {
    const result = await reply.v4.contacts.create({
      body: {
        email: 'john.doe@company.com',
        firstName: 'John',
        lastName: 'Doe',
        title: 'Senior Product Manager',
        company: 'Tech Solutions Inc',
        phone: '+1-415-555-0123',
        linkedInUrl: 'https://www.linkedin.com/in/johndoe',
        accountId: 100,
        customFields: [{ key: 'leadSource', value: 'Conference' }],
      },
    });
  }
  // POST /v4/contacts/import (ImportContacts)
  {
    const result = await reply.v4.contacts.import({
      body: {
        items: [
          {
            email: 'john@example.com',
            firstName: 'John',
            lastName: 'Doe',
            company: 'Acme',
          },
          {
            email: 'jane@example.com',
            firstName: 'Jane',
            lastName: 'Smith',
            company: 'Globex',
          },
        ],
        options: {
          overwriteExisting: false,
          skipExisting: true,
          detectTimeZone: true,
          listIds: [10, 20],
        },
      },
    });
  }
  // POST /v4/contacts/filter (FilterContacts)
  {
    const result = await reply.v4.contacts.filter({
      body: {
        rules: [{ property: 'title', condition: 'Contains', value: 'Manager' }],
        sequenceId: 100,
        sortBy: 'addingDate',
        sortDirection: 'desc',
      },
    });
  }
  // PATCH /v4/contacts/{id} (UpdateContact)
  {
    const result = await reply.v4.contacts.update({
      id: 12345,
      body: {
        title: 'VP of Product',
        customFields: [{ name: 'budget', value: '100k-250k' }],
      },
    });
  }
  // GET /v4/sequences/{id} (GetSequence)
  {
    const result = await reply.v4.sequences.get({ id: 12345 });
  }
  // GET /v4/sequences/{id}/contacts (ListContactsInSequence)
  {
    const result = await reply.v4.sequences.contacts.list({ id: 12345 });
  }
  // GET /v4/sequences/{id}/contacts/{contact_id} (GetSequenceContact)
  {
    const result = await reply.v4.sequences.contacts.get({
      id: 12345,
      contact_id: 12345,
    });
  }
  // PUT /v4/sequences/{id}/contact-links/{contact_id}/status (SetSequenceContactStatus)
  {
    const result = await reply.v4.sequences.contacts.setStatus({
      id: 12345,
      contact_id: 12345,
      body: { status: 'Active' },
    });
  }
  // POST /v4/sequences/{id}/contact-links/bulk (BulkAddContactsToSequence)
  {
    const result = await reply.v4.sequences.contacts.bulkAdd({
      id: 12345,
      body: { contactIds: [123], removeFromExisting: false, startStepId: 123 },
    });
  }
  // POST /v4/sequences/{id}/contact-links/bulk-delete (BulkRemoveContactsFromSequence)
  {
    const result = await reply.v4.sequences.contacts.bulkRemove({
      id: 12345,
      body: { contactIds: [123] },
    });
  }
  // POST /v4/sequences/{id}/steps (CreateSequenceStep)
  {
    const result = await reply.v4.sequences.steps.create({
      id: 12345,
      body: {
        type: 'Email',
        delayInMinutes: 1440,
        executionMode: 'Automatic',
        templates: [
          {
            subject: 'Following up',
            body: 'Hi {{firstName}}, just checking you saw my last note.',
          },
        ],
      },
    });
  }
  // PUT /v4/sequences/{id}/steps/{step_id}/templates/{template_id} (UpdateSequenceStepTemplateVariant)
  {
    const result = await reply.v4.sequences.steps.updateTemplateVariant({
      id: 12345,
      step_id: 12345,
      template_id: 12345,
      body: {
        subject: 'A quick question',
        body: 'Hi {{firstName}}, do you have ten minutes this week?',
      },
    });
  }
  // GET /v4/sequences/{id}/email-accounts (ListEmailAccountsInSequence)
  {
    const result = await reply.v4.sequences.emailAccounts.list({ id: 12345 });
  }
  // PUT /v4/sequences/{id}/email-account-links (SetSequenceEmailAccounts)
  {
    const result = await reply.v4.sequences.emailAccounts.set({
      id: 12345,
      body: { emailAccountIds: [12345, 67890] },
    });
  }
}

export async function clientSamples() {
  const client = createClient({ apiKey: process.env.REPLY_API_KEY! });
  // POST /v4/contacts (CreateContact)
  {
    const { data, error } = await client.POST('/v4/contacts', {
      body: {
        email: 'john.doe@company.com',
        firstName: 'John',
        lastName: 'Doe',
        title: 'Senior Product Manager',
        company: 'Tech Solutions Inc',
        phone: '+1-415-555-0123',
        linkedInUrl: 'https://www.linkedin.com/in/johndoe',
        accountId: 100,
        customFields: [{ key: 'leadSource', value: 'Conference' }],
      },
    });
  }
  // POST /v4/contacts/import (ImportContacts)
  {
    const { data, error } = await client.POST('/v4/contacts/import', {
      body: {
        items: [
          {
            email: 'john@example.com',
            firstName: 'John',
            lastName: 'Doe',
            company: 'Acme',
          },
          {
            email: 'jane@example.com',
            firstName: 'Jane',
            lastName: 'Smith',
            company: 'Globex',
          },
        ],
        options: {
          overwriteExisting: false,
          skipExisting: true,
          detectTimeZone: true,
          listIds: [10, 20],
        },
      },
    });
  }
  // POST /v4/contacts/filter (FilterContacts)
  {
    const { data, error } = await client.POST('/v4/contacts/filter', {
      body: {
        rules: [{ property: 'title', condition: 'Contains', value: 'Manager' }],
        sequenceId: 100,
        sortBy: 'addingDate',
        sortDirection: 'desc',
      },
    });
  }
  // PATCH /v4/contacts/{id} (UpdateContact)
  {
    const { data, error } = await client.PATCH('/v4/contacts/{id}', {
      params: { path: { id: 12345 } },
      body: {
        title: 'VP of Product',
        customFields: [{ name: 'budget', value: '100k-250k' }],
      },
    });
  }
  // GET /v4/sequences/{id} (GetSequence)
  {
    const { data, error } = await client.GET('/v4/sequences/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v4/sequences/{id}/contacts (ListContactsInSequence)
  {
    const { data, error } = await client.GET('/v4/sequences/{id}/contacts', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v4/sequences/{id}/contacts/{contact_id} (GetSequenceContact)
  {
    const { data, error } = await client.GET('/v4/sequences/{id}/contacts/{contact_id}', {
      params: { path: { id: 12345, contact_id: 12345 } },
    });
  }
  // PUT /v4/sequences/{id}/contact-links/{contact_id}/status (SetSequenceContactStatus)
  {
    const { data, error } = await client.PUT('/v4/sequences/{id}/contact-links/{contact_id}/status', {
      params: { path: { id: 12345, contact_id: 12345 } },
      body: { status: 'Active' },
    });
  }
  // POST /v4/sequences/{id}/contact-links/bulk (BulkAddContactsToSequence)
  {
    const { data, error } = await client.POST('/v4/sequences/{id}/contact-links/bulk', {
      params: { path: { id: 12345 } },
      body: { contactIds: [123], removeFromExisting: false, startStepId: 123 },
    });
  }
  // POST /v4/sequences/{id}/contact-links/bulk-delete (BulkRemoveContactsFromSequence)
  {
    const { data, error } = await client.POST('/v4/sequences/{id}/contact-links/bulk-delete', {
      params: { path: { id: 12345 } },
      body: { contactIds: [123] },
    });
  }
  // POST /v4/sequences/{id}/steps (CreateSequenceStep)
  {
    const { data, error } = await client.POST('/v4/sequences/{id}/steps', {
      params: { path: { id: 12345 } },
      body: {
        type: 'Email',
        delayInMinutes: 1440,
        executionMode: 'Automatic',
        templates: [
          {
            subject: 'Following up',
            body: 'Hi {{firstName}}, just checking you saw my last note.',
          },
        ],
      },
    });
  }
  // PUT /v4/sequences/{id}/steps/{step_id}/templates/{template_id} (UpdateSequenceStepTemplateVariant)
  {
    const { data, error } = await client.PUT('/v4/sequences/{id}/steps/{step_id}/templates/{template_id}', {
      params: { path: { id: 12345, step_id: 12345, template_id: 12345 } },
      body: {
        subject: 'A quick question',
        body: 'Hi {{firstName}}, do you have ten minutes this week?',
      },
    });
  }
  // GET /v4/sequences/{id}/email-accounts (ListEmailAccountsInSequence)
  {
    const { data, error } = await client.GET('/v4/sequences/{id}/email-accounts', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v4/sequences/{id}/email-account-links (SetSequenceEmailAccounts)
  {
    const { data, error } = await client.PUT('/v4/sequences/{id}/email-account-links', {
      params: { path: { id: 12345 } },
      body: { emailAccountIds: [12345, 67890] },
    });
  }
}
