// generated — do not edit. Source: specs/reply/v3/openapi.yaml via scripts/lib/code-samples.mjs. Regenerate with `pnpm generate`.
// Every code sample of the reply-v3 reference (scripts/lib/code-samples.mjs), type-checked by `tsc`.
// Nothing here runs; a call that does not compile fails `pnpm typecheck`.
import { openAsBlob } from 'node:fs';
import { Reply } from '@engagekit/reply';
import { createClient } from '@engagekit/reply-v3';

export async function sdkSamples() {
  const reply = new Reply({ apiKey: process.env.REPLY_API_KEY! });
  // GET /v3/ai-prompts (ListAiPrompts)
  {
    const result = await reply.aiPrompts.list();
  }
  // POST /v3/ai-prompts (CreateAiPrompt)
  {
    const result = await reply.aiPrompts.create({
      body: {
        name: 'Thoughtful peer comment',
        text: 'Write a short, specific comment that adds one insight to the post. No sales pitch, no emojis.',
        stepType: 'commentOnRecentPost',
      },
    });
  }
  // POST /v3/ai-prompts/preview/linkedin-post (PreviewAiPromptOnLinkedInPost)
  {
    const result = await reply.aiPrompts.previewOnLinkedInPost({
      body: {
        promptText: 'Write a short, specific comment that adds one insight to the post. No sales pitch, no emojis.',
        linkedInProfileUrl: 'https://www.linkedin.com/in/jane-doe-sales',
        linkedInAccountId: 77,
        skipTopics: ['politics'],
        skipIfNoPostsInDays: 30,
      },
    });
  }
  // POST /v3/ai-prompts/preview/sample (PreviewAiPromptOnSamplePost)
  {
    const result = await reply.aiPrompts.previewOnSamplePost({
      body: {
        promptText: 'Write a short, specific comment that adds one insight to the post. No sales pitch, no emojis.',
        skipTopics: ['hiring', 'politics'],
        sequenceId: 1042,
      },
    });
  }
  // PUT /v3/ai-prompts/{id} (UpdateAiPrompt)
  {
    const result = await reply.aiPrompts.update({
      id: 12345,
      body: {
        name: 'Peer comment v2',
        text: 'Add one concrete insight or question to the post in two sentences at most.',
      },
    });
  }
  // DELETE /v3/ai-prompts/{id} (DeleteAiPrompt)
  {
    const result = await reply.aiPrompts.delete({ id: 12345 });
  }
  // GET /v3/ai-sdr/approvals (ListApprovals)
  {
    const result = await reply.aiSdr.pendingApprovals.list();
  }
  // POST /v3/ai-sdr/approvals/send-bulk (SendApprovalsBulk)
  {
    const result = await reply.aiSdr.pendingApprovals.sendBulk({
      body: {
        items: [
          { sequenceId: 3315, contactId: 90514382 },
          { sequenceId: 3315, contactId: 90514390 },
        ],
      },
    });
  }
  // GET /v3/ai-sdr/intent-signals/industries (ListIntentSignalIndustries)
  {
    const result = await reply.aiSdr.intentSignals.listIndustries();
  }
  // GET /v3/ai-sdr/intent-signals/technologies (ListIntentSignalTechnologies)
  {
    const result = await reply.aiSdr.intentSignals.listTechnologies();
  }
  // GET /v3/ai-sdr/knowledge-bases (ListKnowledgeBases)
  {
    const result = await reply.aiSdr.knowledgeBases.list();
  }
  // POST /v3/ai-sdr/knowledge-bases (CreateKnowledgeBase)
  {
    const result = await reply.aiSdr.knowledgeBases.create({
      body: {
        name: 'Core product knowledge',
        instructions: 'Answer from the pricing and security pages first. Never promise custom features.',
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{id} (GetKnowledgeBase)
  {
    const result = await reply.aiSdr.knowledgeBases.get({ id: 12345 });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{id} (DeleteKnowledgeBase)
  {
    const result = await reply.aiSdr.knowledgeBases.delete({ id: 12345 });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{id} (UpdateKnowledgeBase)
  {
    const result = await reply.aiSdr.knowledgeBases.update({
      id: 12345,
      body: { name: 'Core product knowledge 2026' },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{id}/duplicate (DuplicateKnowledgeBase)
  {
    const result = await reply.aiSdr.knowledgeBases.duplicate({ id: 12345 });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents (ListKnowledgeBaseDocuments)
  {
    const result = await reply.aiSdr.knowledgeBases.documents.list({
      knowledge_base_id: 12345,
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents (UploadKnowledgeBaseDocument)
  {
    const result = await reply.aiSdr.knowledgeBases.documents.upload({
      knowledge_base_id: 12345,
      body: { file: await openAsBlob('product-launch-deck.pdf') },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents/{document_id} (DeleteKnowledgeBaseDocument)
  {
    const result = await reply.aiSdr.knowledgeBases.documents.delete({
      knowledge_base_id: 12345,
      document_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links (ListKnowledgeBaseLinks)
  {
    const result = await reply.aiSdr.knowledgeBases.links.list({
      knowledge_base_id: 12345,
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links (AddKnowledgeBaseLink)
  {
    const result = await reply.aiSdr.knowledgeBases.links.create({
      knowledge_base_id: 12345,
      body: { url: 'https://example.com/pricing' },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links/{link_id} (DeleteKnowledgeBaseLink)
  {
    const result = await reply.aiSdr.knowledgeBases.links.delete({
      knowledge_base_id: 12345,
      link_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards (ListReengagementCards)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementCards.list({
      knowledge_base_id: 12345,
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards (CreateReengagementCard)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementCards.create({
      knowledge_base_id: 12345,
      body: {
        name: '30-day silent prospect',
        instructions: 'Gentle nudge with new case study; no hard ask.',
        sendAfter: 30,
        sampleAnswer: 'Hi {{firstName}}, just sharing a quick case study...',
        toneOfVoice: 'empathetic',
        responseLength: 'short',
        links: ['https://example.com/case-study-northstar'],
        isEnabled: true,
        deliveryMode: 'draft',
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id} (GetReengagementCard)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementCards.get({
      knowledge_base_id: 12345,
      reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id} (DeleteReengagementCard)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementCards.delete({
      knowledge_base_id: 12345,
      reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id} (UpdateReengagementCard)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementCards.update({
      knowledge_base_id: 12345,
      reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { isEnabled: false },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media (UploadReengagementCardMedia)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementCards.media.upload({
      knowledge_base_id: 12345,
      reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { file: await openAsBlob('case-study-thumbnail.png') },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media/{media_id} (DeleteReengagementCardMedia)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementCards.media.delete({
      knowledge_base_id: 12345,
      reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      media_id: 12345,
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows (ListReengagementFlows)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.list({
      knowledge_base_id: 12345,
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows (CreateReengagementFlow)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.create({
      knowledge_base_id: 12345,
      body: { name: 'Enterprise slow burn' },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/state (GetReengagementFlowState)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.getState({
      knowledge_base_id: 12345,
      sequenceId: 12345,
      contactId: 12345,
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id} (DeleteReengagementFlow)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.delete({
      knowledge_base_id: 12345,
      flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id} (UpdateReengagementFlow)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.update({
      knowledge_base_id: 12345,
      flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { name: 'Enterprise long cycle' },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/assign (AssignReengagementFlow)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.assign({
      knowledge_base_id: 12345,
      flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { sequenceId: 1042, contactId: 123 },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/contacts-count (GetReengagementFlowContactsCount)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.countContacts({
      knowledge_base_id: 12345,
      flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/duplicate (DuplicateReengagementFlow)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.duplicate({
      knowledge_base_id: 12345,
      flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/set-default (SetDefaultReengagementFlow)
  {
    const result = await reply.aiSdr.knowledgeBases.reengagementFlows.setDefault({
      knowledge_base_id: 12345,
      flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers (ListReplyHandlers)
  {
    const result = await reply.aiSdr.knowledgeBases.replyHandlers.list({
      knowledge_base_id: 12345,
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers (CreateReplyHandler)
  {
    const result = await reply.aiSdr.knowledgeBases.replyHandlers.create({
      knowledge_base_id: 12345,
      body: {
        typeOfQuestion: 'Pricing inquiry',
        instructions: 'Quote our published tiered pricing; offer a discovery call for enterprise.',
        sampleAnswer: 'Thanks for asking! Our tiered pricing starts at $X...',
        toneOfVoice: 'confident',
        responseLength: 'medium',
        links: ['https://example.com/pricing'],
        deliveryMode: 'draft',
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id} (GetReplyHandler)
  {
    const result = await reply.aiSdr.knowledgeBases.replyHandlers.get({
      knowledge_base_id: 12345,
      reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id} (DeleteReplyHandler)
  {
    const result = await reply.aiSdr.knowledgeBases.replyHandlers.delete({
      knowledge_base_id: 12345,
      reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id} (UpdateReplyHandler)
  {
    const result = await reply.aiSdr.knowledgeBases.replyHandlers.update({
      knowledge_base_id: 12345,
      reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: {
        instructions: 'Quote tiered pricing and link the v2 pricing page.',
        links: ['https://example.com/pricing-v2'],
      },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media (UploadReplyHandlerMedia)
  {
    const result = await reply.aiSdr.knowledgeBases.replyHandlers.media.upload({
      knowledge_base_id: 12345,
      reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { file: await openAsBlob('pricing-tiers.png') },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media/{media_id} (DeleteReplyHandlerMedia)
  {
    const result = await reply.aiSdr.knowledgeBases.replyHandlers.media.delete({
      knowledge_base_id: 12345,
      reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      media_id: 12345,
    });
  }
  // GET /v3/ai-sdr/offers (ListOffers)
  {
    const result = await reply.aiSdr.offers.list();
  }
  // POST /v3/ai-sdr/offers (CreateOffer)
  {
    const result = await reply.aiSdr.offers.create({
      body: { name: 'Q3 Enterprise Outbound' },
    });
  }
  // POST /v3/ai-sdr/offers/generate (GenerateOffer)
  {
    const result = await reply.aiSdr.offers.generate({
      body: {
        prompt: 'We sell warehouse automation to mid-market 3PLs; pitch our pick-rate gains to operations leaders.',
      },
    });
  }
  // POST /v3/ai-sdr/offers/generation-attachments (UploadOfferGenerationAttachment)
  {
    const result = await reply.aiSdr.offers.uploadGenerationAttachment({
      body: { file: await openAsBlob('(binary content of product-brief.pdf)') },
    });
  }
  // GET /v3/ai-sdr/offers/{id} (GetOffer)
  {
    const result = await reply.aiSdr.offers.get({ id: 12345 });
  }
  // DELETE /v3/ai-sdr/offers/{id} (DeleteOffer)
  {
    const result = await reply.aiSdr.offers.delete({ id: 12345 });
  }
  // PATCH /v3/ai-sdr/offers/{id} (UpdateOffer)
  {
    const result = await reply.aiSdr.offers.update({
      id: 12345,
      body: {
        name: 'Q4 Enterprise Outbound',
        reasonForOutreach: 'Refocused on mid-market after Q3 results.',
      },
    });
  }
  // POST /v3/ai-sdr/offers/{id}/duplicate (DuplicateOffer)
  {
    const result = await reply.aiSdr.offers.duplicate({ id: 12345 });
  }
  // GET /v3/ai-sdr/playbooks (ListPlaybooks)
  {
    const result = await reply.aiSdr.playbooks.list();
  }
  // POST /v3/ai-sdr/playbooks (CreatePlaybook)
  {
    const result = await reply.aiSdr.playbooks.create({
      body: {
        name: 'Outbound playbook v2',
        description: 'Tone and pacing for cold outreach',
        body: '## Voice\nFriendly, concise, never desperate.\n\n## Pacing\nTwo touches per week max.',
        type: 'team',
      },
    });
  }
  // GET /v3/ai-sdr/playbooks/{id} (GetPlaybook)
  {
    const result = await reply.aiSdr.playbooks.get({ id: 't-7' });
  }
  // DELETE /v3/ai-sdr/playbooks/{id} (DeletePlaybook)
  {
    const result = await reply.aiSdr.playbooks.delete({ id: 't-7' });
  }
  // PATCH /v3/ai-sdr/playbooks/{id} (UpdatePlaybook)
  {
    const result = await reply.aiSdr.playbooks.update({
      id: 't-7',
      body: {
        name: 'Outbound playbook v3',
        description: 'Refined tone and pacing for cold outreach',
      },
    });
  }
  // POST /v3/ai-sdr/playbooks/{id}/duplicate (DuplicatePlaybook)
  {
    const result = await reply.aiSdr.playbooks.duplicate({ id: 't-7' });
  }
  // POST /v3/ai-sdr/playbooks/{playbook_id}/style-files (UploadPlaybookStyleFile)
  {
    const result = await reply.aiSdr.playbooks.styleFiles.upload({
      playbook_id: 't-7',
      body: { file: await openAsBlob('(binary content of brand-voice.docx)') },
    });
  }
  // DELETE /v3/ai-sdr/playbooks/{playbook_id}/style-files/{style_file_id} (DeletePlaybookStyleFile)
  {
    const result = await reply.aiSdr.playbooks.styleFiles.delete({
      playbook_id: 't-7',
      style_file_id: 12345,
    });
  }
  // POST /v3/ai-sdr/strategist/start (StartStrategist)
  {
    const result = await reply.aiSdr.strategist.start();
  }
  // POST /v3/attachments (UploadAttachment)
  {
    const result = await reply.attachments.upload({
      body: { file: await openAsBlob('(binary content of acme-case-study.pdf)') },
    });
  }
  // POST /v3/attachments/voice (UploadVoiceAttachment)
  {
    const result = await reply.attachments.uploadVoice({
      body: { file: await openAsBlob('(binary content of intro-jane.m4a)') },
    });
  }
  // GET /v3/background-jobs (GetBackgroundJobs)
  {
    const result = await reply.backgroundJobs.list();
  }
  // GET /v3/background-jobs/{jobId} (GetBackgroundJobById)
  {
    const result = await reply.backgroundJobs.get({
      jobId: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // POST /v3/background-jobs/{jobId}/cancel (CancelBackgroundJob)
  {
    const result = await reply.backgroundJobs.cancel({
      jobId: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { reason: 'Started with the wrong contact list.' },
    });
  }
  // GET /v3/contact-account-lists (GetContactAccountLists)
  {
    const result = await reply.accountLists.list();
  }
  // POST /v3/contact-account-lists (CreateContactAccountList)
  {
    const result = await reply.accountLists.create({
      body: { name: 'Enterprise targets' },
    });
  }
  // GET /v3/contact-account-lists/{id} (GetContactAccountListById)
  {
    const result = await reply.accountLists.get({ id: 12345 });
  }
  // PUT /v3/contact-account-lists/{id} (UpdateContactAccountList)
  {
    const result = await reply.accountLists.update({
      id: 12345,
      body: { name: 'Enterprise 2025' },
    });
  }
  // DELETE /v3/contact-account-lists/{id} (DeleteContactAccountList)
  {
    const result = await reply.accountLists.delete({ id: 12345 });
  }
  // POST /v3/contact-account-lists/{id}/add-accounts (AddAccountsToContactAccountList)
  {
    const result = await reply.accountLists.addAccounts({
      id: 12345,
      body: { accountIds: [100, 101, 102] },
    });
  }
  // POST /v3/contact-account-lists/{id}/move-accounts (MoveAccountsToContactAccountList)
  {
    const result = await reply.accountLists.moveAccounts({
      id: 12345,
      body: { accountIds: [100, 101, 102] },
    });
  }
  // GET /v3/contact-accounts (GetContactAccounts)
  {
    const result = await reply.accounts.list();
  }
  // POST /v3/contact-accounts (CreateContactAccount)
  {
    const result = await reply.accounts.create({
      body: {
        name: 'Tech Solutions Inc',
        description: 'B2B analytics software',
        domainName: 'techsolutions.com',
        industry: 'Software & Technology',
        companySize: '501-1000',
        country: 'United States',
        state: 'CA',
        city: 'San Francisco',
        timeZoneId: 'America/Los_Angeles',
        email: 'info@techsolutions.com',
      },
    });
  }
  // POST /v3/contact-accounts/bulk (BulkCreateContactAccounts)
  {
    const result = await reply.accounts.bulkCreate({
      body: {
        items: [
          {
            name: 'Tech Solutions Inc',
            description: 'B2B analytics software',
            domainName: 'techsolutions.com',
            industry: 'Software & Technology',
            companySize: '501-1000',
            country: 'United States',
            state: 'CA',
            city: 'San Francisco',
            timeZoneId: 'America/Los_Angeles',
            email: 'info@techsolutions.com',
          },
          { name: 'Globex', domainName: 'globex.io' },
        ],
      },
    });
  }
  // POST /v3/contact-accounts/bulk-delete (BulkDeleteContactAccounts)
  {
    const result = await reply.accounts.bulkDelete({
      body: { ids: [100, 101, 102] },
    });
  }
  // POST /v3/contact-accounts/filter (FilterContactAccounts)
  {
    const result = await reply.accounts.filter({
      body: {
        sortBy: 'CreatedDate',
        sortDirection: 'desc',
        filters: [
          { property: 'Country', condition: 'Equals', values: 'United States' },
          {
            property: 'CompanySize',
            condition: 'In',
            values: ['501-1000', '1001-5000'],
          },
        ],
      },
    });
  }
  // GET /v3/contact-accounts/{id} (GetContactAccountById)
  {
    const result = await reply.accounts.get({ id: 12345 });
  }
  // PUT /v3/contact-accounts/{id} (UpdateContactAccount)
  {
    const result = await reply.accounts.update({
      id: 12345,
      body: {
        name: 'Tech Solutions Group',
        description: 'B2B analytics software',
        domainName: 'techsolutions.com',
        industry: 'Software & Technology',
        companySize: '1001-5000',
        country: 'United States',
        state: 'CA',
        city: 'San Francisco',
        timeZoneId: 'America/Los_Angeles',
        email: 'info@techsolutions.com',
        ownerUserId: 55,
      },
    });
  }
  // DELETE /v3/contact-accounts/{id} (DeleteContactAccount)
  {
    const result = await reply.accounts.delete({ id: 12345 });
  }
  // POST /v3/contact-accounts/{id}/contact-links/bulk (BulkAddContactsToContactAccount)
  {
    const result = await reply.accounts.addContacts({
      id: 12345,
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // POST /v3/contact-accounts/{id}/contact-links/bulk-delete (BulkRemoveContactsFromContactAccount)
  {
    const result = await reply.accounts.removeContacts({
      id: 12345,
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // GET /v3/contact-accounts/{id}/contacts (GetContactAccountContacts)
  {
    const result = await reply.accounts.listContacts({ id: 12345 });
  }
  // PUT /v3/contact-accounts/{id}/owner (UpdateContactAccountOwner)
  {
    const result = await reply.accounts.changeOwner({
      id: 12345,
      body: { userId: 55 },
    });
  }
  // GET /v3/contact-blacklist-rules/domains (GetBlacklistDomainRules)
  {
    const result = await reply.blacklist.domains.list();
  }
  // POST /v3/contact-blacklist-rules/domains (CreateBlacklistDomainRule)
  {
    const result = await reply.blacklist.domains.create({
      body: { pattern: 'spam-domain.net' },
    });
  }
  // POST /v3/contact-blacklist-rules/domains/bulk (BulkCreateBlacklistDomainRules)
  {
    const result = await reply.blacklist.domains.bulkCreate({
      body: [
        { pattern: 'spam-domain.net' },
        { pattern: 'cheap-leads.io' },
        { pattern: 'not a domain' },
      ],
    });
  }
  // POST /v3/contact-blacklist-rules/domains/bulk-delete (BulkDeleteBlacklistDomainRules)
  {
    const result = await reply.blacklist.domains.bulkDelete({
      body: { ids: [4321, 4322, 4400] },
    });
  }
  // GET /v3/contact-blacklist-rules/domains/{id} (GetBlacklistDomainRuleById)
  {
    const result = await reply.blacklist.domains.get({ id: 12345 });
  }
  // PUT /v3/contact-blacklist-rules/domains/{id} (UpdateBlacklistDomainRule)
  {
    const result = await reply.blacklist.domains.update({
      id: 12345,
      body: { pattern: 'competitor.com' },
    });
  }
  // DELETE /v3/contact-blacklist-rules/domains/{id} (DeleteBlacklistDomainRule)
  {
    const result = await reply.blacklist.domains.delete({ id: 12345 });
  }
  // GET /v3/contact-blacklist-rules/email-exceptions (GetBlacklistEmailExceptionRules)
  {
    const result = await reply.blacklist.emailExceptions.list();
  }
  // POST /v3/contact-blacklist-rules/email-exceptions (CreateBlacklistEmailExceptionRule)
  {
    const result = await reply.blacklist.emailExceptions.create({
      body: { pattern: 'jane.doe@acme.com' },
    });
  }
  // POST /v3/contact-blacklist-rules/email-exceptions/bulk (BulkCreateBlacklistEmailExceptionRules)
  {
    const result = await reply.blacklist.emailExceptions.bulkCreate({
      body: [
        { pattern: 'jane.doe@acme.com' },
        { pattern: 'partners@acme.com' },
        { pattern: 'jane.doe-acme.com' },
      ],
    });
  }
  // POST /v3/contact-blacklist-rules/email-exceptions/bulk-delete (BulkDeleteBlacklistEmailExceptionRules)
  {
    const result = await reply.blacklist.emailExceptions.bulkDelete({
      body: { ids: [4321, 4322, 4400] },
    });
  }
  // GET /v3/contact-blacklist-rules/email-exceptions/{id} (GetBlacklistEmailExceptionRuleById)
  {
    const result = await reply.blacklist.emailExceptions.get({ id: 12345 });
  }
  // PUT /v3/contact-blacklist-rules/email-exceptions/{id} (UpdateBlacklistEmailExceptionRule)
  {
    const result = await reply.blacklist.emailExceptions.update({
      id: 12345,
      body: { pattern: 'ceo@competitor.com' },
    });
  }
  // DELETE /v3/contact-blacklist-rules/email-exceptions/{id} (DeleteBlacklistEmailExceptionRule)
  {
    const result = await reply.blacklist.emailExceptions.delete({ id: 12345 });
  }
  // GET /v3/contact-blacklist-rules/emails (GetBlacklistEmailRules)
  {
    const result = await reply.blacklist.emails.list();
  }
  // POST /v3/contact-blacklist-rules/emails (CreateBlacklistEmailRule)
  {
    const result = await reply.blacklist.emails.create({
      body: { pattern: 'spam@example.com' },
    });
  }
  // POST /v3/contact-blacklist-rules/emails/bulk (BulkCreateBlacklistEmailRules)
  {
    const result = await reply.blacklist.emails.bulkCreate({
      body: [
        { pattern: 'spam@example.com' },
        { pattern: 'no-reply@bulk-mailer.io' },
        { pattern: 'spam-at-example' },
      ],
    });
  }
  // POST /v3/contact-blacklist-rules/emails/bulk-delete (BulkDeleteBlacklistEmailRules)
  {
    const result = await reply.blacklist.emails.bulkDelete({
      body: { ids: [4321, 4322, 4400] },
    });
  }
  // GET /v3/contact-blacklist-rules/emails/{id} (GetBlacklistEmailRuleById)
  {
    const result = await reply.blacklist.emails.get({ id: 12345 });
  }
  // PUT /v3/contact-blacklist-rules/emails/{id} (UpdateBlacklistEmailRule)
  {
    const result = await reply.blacklist.emails.update({
      id: 12345,
      body: { pattern: 'ceo@competitor.com' },
    });
  }
  // DELETE /v3/contact-blacklist-rules/emails/{id} (DeleteBlacklistEmailRule)
  {
    const result = await reply.blacklist.emails.delete({ id: 12345 });
  }
  // GET /v3/contact-lists (GetContactLists)
  {
    const result = await reply.contactLists.list();
  }
  // POST /v3/contact-lists (CreateContactList)
  {
    const result = await reply.contactLists.create({ body: { name: 'Hot Leads' } });
  }
  // GET /v3/contact-lists/{id} (GetContactListById)
  {
    const result = await reply.contactLists.get({ id: 12345 });
  }
  // PUT /v3/contact-lists/{id} (UpdateContactList)
  {
    const result = await reply.contactLists.update({
      id: 12345,
      body: { name: 'Hot Leads Q2' },
    });
  }
  // DELETE /v3/contact-lists/{id} (DeleteContactList)
  {
    const result = await reply.contactLists.delete({ id: 12345 });
  }
  // POST /v3/contact-lists/{id}/add-contacts (AddContactsToContactList)
  {
    const result = await reply.contactLists.addContacts({
      id: 12345,
      body: { contactIds: [123] },
    });
  }
  // POST /v3/contact-lists/{id}/move-contacts (MoveContactsToContactList)
  {
    const result = await reply.contactLists.moveContacts({
      id: 12345,
      body: { contactIds: [123] },
    });
  }
  // POST /v3/contact-lists/{id}/share (ShareContactList)
  {
    const result = await reply.contactLists.share({ id: 12345 });
  }
  // POST /v3/contact-lists/{id}/unshare (UnshareContactList)
  {
    const result = await reply.contactLists.unshare({ id: 12345 });
  }
  // GET /v3/contacts (GetContacts)
  {
    const result = await reply.contacts.list();
  }
  // POST /v3/contacts (CreateContact)
  {
    const result = await reply.contacts.create({
      body: {
        email: 'jane.doe@acme.com',
        firstName: 'Jane',
        lastName: 'Doe',
        company: 'Acme',
        title: 'VP of Engineering',
      },
    });
  }
  // POST /v3/contacts/bulk-delete (BulkDeleteContacts)
  {
    const result = await reply.contacts.bulkDelete({
      body: { ids: [12345, 12346, 12347] },
    });
  }
  // POST /v3/contacts/filter (FilterContacts)
  {
    const result = await reply.contacts.filter({
      body: {
        rules: [{ property: 'state', condition: 'equals', value: 'CA' }],
        listId: 10,
        sortBy: 'lastName',
        sortDirection: 'asc',
      },
    });
  }
  // POST /v3/contacts/import (ImportContacts)
  {
    const result = await reply.contacts.import({
      body: {
        items: [
          {
            email: 'john.doe@company.com',
            firstName: 'John',
            lastName: 'Doe',
            company: 'Tech Solutions Inc',
            title: 'Senior Product Manager',
            companySize: 'OneThousand',
          },
          {
            email: 'jane.smith@globex.io',
            firstName: 'Jane',
            lastName: 'Smith',
            company: 'Globex',
            customFields: [{ name: 'leadSource', value: 'Webinar' }],
          },
        ],
        options: { overwriteExisting: true, detectTimeZone: true, listIds: [10] },
      },
    });
  }
  // PUT /v3/contacts/owner (ChangeContactsOwner)
  {
    const result = await reply.contacts.changeOwner({
      body: { contactIds: [12345, 12346], userId: 55, reassignTasks: true },
    });
  }
  // POST /v3/contacts/set-bounced (SetContactsBounced)
  {
    const result = await reply.contacts.setBounced({
      body: { contactIds: [123], isBounced: true },
    });
  }
  // POST /v3/contacts/set-replied (SetContactsReplied)
  {
    const result = await reply.contacts.setReplied({
      body: { contactIds: [123, 124], isReplied: true },
    });
  }
  // POST /v3/contacts/set-status-in-sequence (SetContactsStatusInSequence)
  {
    const result = await reply.contacts.setStatusInSequence({
      body: { contactIds: [123], statusInSequence: 'active' },
    });
  }
  // GET /v3/contacts/{id} (GetContactById)
  {
    const result = await reply.contacts.get({ id: 12345 });
  }
  // DELETE /v3/contacts/{id} (DeleteContact)
  {
    const result = await reply.contacts.delete({ id: 12345 });
  }
  // PATCH /v3/contacts/{id} (UpdateContact)
  {
    const result = await reply.contacts.update({
      id: 12345,
      body: {
        firstName: 'Jane',
        company: 'New Company Inc',
        ownerUserId: 55,
        customFields: [
          { id: 1, value: 'Updated Value' },
          { name: 'leadSource', value: 'Referral' },
        ],
      },
    });
  }
  // GET /v3/contacts/{id}/activities (GetContactActivities)
  {
    const result = await reply.contacts.listActivities({ id: 12345 });
  }
  // GET /v3/contacts/{id}/inbox-threads (GetContactInboxThreads)
  {
    const result = await reply.contacts.listInboxThreads({ id: 12345 });
  }
  // GET /v3/contacts/{id}/lists (GetContactListsForContact)
  {
    const result = await reply.contactLists.listForContact({ id: 12345 });
  }
  // POST /v3/contacts/{id}/move-to-sequence (MoveContactToSequence)
  {
    const result = await reply.contacts.moveToSequence({
      id: 12345,
      body: {
        sequenceId: 100,
        removeFromExisting: true,
        startStepId: 5421,
        ignoreStepDelay: false,
        startFrom: '2024-03-09T08:00:00+00:00',
      },
    });
  }
  // POST /v3/contacts/{id}/notes (AddContactNote)
  {
    const result = await reply.contacts.addNote({
      id: 12345,
      body: { notes: 'Asked for a follow-up after the Q3 budget review.' },
    });
  }
  // POST /v3/contacts/{id}/send-direct-email (SendDirectEmail)
  {
    const result = await reply.directOutreach.sendEmail({
      id: 12345,
      body: {
        subject: 'Following up on our call',
        body: '<p>Hi Jane,</p><p>Thanks for your time today. The deck is attached.</p>',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-ai-voice (SendDirectLinkedInAiVoice)
  {
    const result = await reply.directOutreach.sendLinkedInAiVoice({
      id: 12345,
      body: {
        linkedInAccountId: 77,
        script: 'Hi Jane, it\'s Sam from Reply. I\'d love to show you how Acme could book more meetings.',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-connect (SendDirectLinkedInConnect)
  {
    const result = await reply.directOutreach.sendLinkedInConnect({
      id: 12345,
      body: {
        linkedInAccountId: 77,
        message: 'Hi Jane, great meeting you at SaaStr. Let\'s connect!',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-inmail (SendDirectLinkedInInMail)
  {
    const result = await reply.directOutreach.sendLinkedInInMail({
      id: 12345,
      body: {
        linkedInAccountId: 77,
        subject: 'Quick question about Acme\'s outbound',
        body: 'Hi Jane, I noticed Acme is growing its sales team. Would a 15-minute call next week make sense?',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-message (SendDirectLinkedInMessage)
  {
    const result = await reply.directOutreach.sendLinkedInMessage({
      id: 12345,
      body: {
        linkedInAccountId: 77,
        message: 'Thanks for connecting, Jane! Happy to share how teams like Acme use Reply.',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-voice (SendDirectLinkedInVoice)
  {
    const result = await reply.directOutreach.sendLinkedInVoice({
      id: 12345,
      body: { linkedInAccountId: 77, voiceAttachmentId: 9001 },
    });
  }
  // GET /v3/contacts/{id}/sequences (GetContactSequences)
  {
    const result = await reply.contacts.listSequences({ id: 12345 });
  }
  // GET /v3/contacts/{id}/statuses (GetContactStatuses)
  {
    const result = await reply.contacts.getStatuses({ id: 12345 });
  }
  // GET /v3/custom-fields (GetCustomFields)
  {
    const result = await reply.customFields.list();
  }
  // POST /v3/custom-fields (CreateCustomField)
  {
    const result = await reply.customFields.create({
      body: {
        title: 'Lead Source',
        fieldType: 'text',
        metadata: null,
        orgWide: false,
      },
    });
  }
  // GET /v3/custom-fields/{id} (GetCustomFieldById)
  {
    const result = await reply.customFields.get({ id: 12345 });
  }
  // PUT /v3/custom-fields/{id} (UpdateCustomField)
  {
    const result = await reply.customFields.update({
      id: 12345,
      body: { title: 'Original Lead Source', fieldType: 'text', metadata: null },
    });
  }
  // DELETE /v3/custom-fields/{id} (DeleteCustomField)
  {
    const result = await reply.customFields.delete({ id: 12345 });
  }
  // GET /v3/email-accounts (ListEmailAccounts)
  {
    const result = await reply.emailAccounts.list();
  }
  // POST /v3/email-accounts (CreateEmailAccount)
  {
    const result = await reply.emailAccounts.create({
      body: {
        connection: {
          email: 'sales@company.com',
          senderName: 'Sales Team',
          smtpHost: 'smtp.company.com',
          smtpPort: 465,
          smtpPassword: 'secret123',
          smtpSsl: true,
          imapHost: 'imap.company.com',
          imapPort: 993,
          imapPassword: 'secret123',
          imapSsl: true,
        },
        safety: { dailyLimit: 500 },
        signature: { signature: 'Best regards,\nSales Team' },
        optOut: { isOptOutLinkEnabled: true, optOutTextBlock: 'Unsubscribe here' },
        rampUp: { enabled: false, startValue: 10, incrementValue: 5 },
        tags: ['Outbound'],
      },
    });
  }
  // POST /v3/email-accounts/bulk-delete (BulkDeleteEmailAccounts)
  {
    const result = await reply.emailAccounts.bulkDelete({
      body: { ids: [123, 456, 789] },
    });
  }
  // GET /v3/email-accounts/connect/gmail (ConnectGmailAccount)
  {
    const result = await reply.emailAccounts.connectGmail();
  }
  // GET /v3/email-accounts/connect/office-365 (ConnectOffice365Account)
  {
    const result = await reply.emailAccounts.connectOffice365();
  }
  // POST /v3/email-accounts/filter (FilterEmailAccounts)
  {
    const result = await reply.emailAccounts.filter({
      body: {
        status: 'connected',
        emailAccountType: 'Gmail',
        domains: ['company.com'],
        tags: ['Marketing'],
      },
    });
  }
  // GET /v3/email-accounts/tags (ListEmailAccountTags)
  {
    const result = await reply.emailAccounts.tags.list();
  }
  // PUT /v3/email-accounts/tags/{tagId} (UpdateEmailAccountTag)
  {
    const result = await reply.emailAccounts.tags.update({
      tagId: 12345,
      body: { name: 'Inbound', colorId: 3 },
    });
  }
  // POST /v3/email-accounts/test/imap (TestImapConnectivity)
  {
    const result = await reply.emailAccounts.testImap({
      body: {
        host: 'imap.company.com',
        port: 993,
        enableSsl: true,
        userName: 'sales@company.com',
        password: 'secret123',
      },
    });
  }
  // POST /v3/email-accounts/test/smtp (TestSmtpConnectivity)
  {
    const result = await reply.emailAccounts.testSmtp({
      body: {
        host: 'smtp.company.com',
        port: 465,
        enableSsl: true,
        userName: 'sales@company.com',
        password: 'secret123',
      },
    });
  }
  // GET /v3/email-accounts/{id} (GetEmailAccount)
  {
    const result = await reply.emailAccounts.get({ id: 12345 });
  }
  // DELETE /v3/email-accounts/{id} (DeleteEmailAccount)
  {
    const result = await reply.emailAccounts.delete({ id: 12345 });
  }
  // PATCH /v3/email-accounts/{id} (UpdateEmailAccount)
  {
    const result = await reply.emailAccounts.update({
      id: 12345,
      body: {
        safety: { dailyLimit: 750 },
        signature: { signature: 'Updated signature' },
      },
    });
  }
  // POST /v3/email-accounts/{id}/resume-sending (ResumeSending)
  {
    const result = await reply.emailAccounts.resumeSending({ id: 12345 });
  }
  // POST /v3/email-accounts/{id}/set-default (SetDefaultEmailAccount)
  {
    const result = await reply.emailAccounts.setDefault({ id: 12345 });
  }
  // POST /v3/email-accounts/{id}/tags (AddTagsToEmailAccount)
  {
    const result = await reply.emailAccounts.tags.add({
      id: 12345,
      body: { tags: ['Marketing', 'Outbound'] },
    });
  }
  // DELETE /v3/email-accounts/{id}/tags (RemoveTagsFromEmailAccount)
  {
    const result = await reply.emailAccounts.tags.remove({
      id: 12345,
      body: { tags: ['Marketing', 'Outbound'] },
    });
  }
  // POST /v3/email-template-attachments (UploadEmailTemplateAttachment)
  {
    const result = await reply.emailTemplates.attachments.upload({
      body: { file: await openAsBlob('%PDF-1.7 ...') },
    });
  }
  // GET /v3/email-template-folders (ListEmailTemplateFolders)
  {
    const result = await reply.emailTemplates.folders.list();
  }
  // POST /v3/email-template-folders (CreateEmailTemplateFolder)
  {
    const result = await reply.emailTemplates.folders.create({
      body: { name: 'Outbound Q3', folderType: 'team' },
    });
  }
  // GET /v3/email-template-folders/{id} (GetEmailTemplateFolder)
  {
    const result = await reply.emailTemplates.folders.get({ id: 12345 });
  }
  // PUT /v3/email-template-folders/{id} (UpdateEmailTemplateFolder)
  {
    const result = await reply.emailTemplates.folders.replace({
      id: 12345,
      body: { name: 'Outbound Q4' },
    });
  }
  // DELETE /v3/email-template-folders/{id} (DeleteEmailTemplateFolder)
  {
    const result = await reply.emailTemplates.folders.delete({ id: 12345 });
  }
  // POST /v3/email-template-folders/{id}/share (ShareEmailTemplateFolder)
  {
    const result = await reply.emailTemplates.folders.share({ id: 12345 });
  }
  // GET /v3/email-templates (ListEmailTemplates)
  {
    const result = await reply.emailTemplates.list();
  }
  // POST /v3/email-templates (CreateEmailTemplate)
  {
    const result = await reply.emailTemplates.create({
      body: {
        name: 'Follow-up template',
        subject: 'Quick follow-up',
        body: '<p>Hi {{FirstName}},</p>',
        folderId: 5,
        folderType: 'personal',
        attachmentIds: [880],
      },
    });
  }
  // GET /v3/email-templates/variables (GetEmailTemplateVariables)
  {
    const result = await reply.emailTemplates.listVariables();
  }
  // GET /v3/email-templates/{id} (GetEmailTemplate)
  {
    const result = await reply.emailTemplates.get({ id: 12345 });
  }
  // PUT /v3/email-templates/{id} (UpdateEmailTemplate)
  {
    const result = await reply.emailTemplates.replace({
      id: 12345,
      body: {
        name: 'Follow-up template',
        subject: 'Following up',
        body: '<p>Hi {{FirstName}}, just checking in.</p>',
        attachmentIds: [],
      },
    });
  }
  // DELETE /v3/email-templates/{id} (DeleteEmailTemplate)
  {
    const result = await reply.emailTemplates.delete({ id: 12345 });
  }
  // POST /v3/email-templates/{id}/clone (CloneEmailTemplate)
  {
    const result = await reply.emailTemplates.clone({ id: 12345 });
  }
  // POST /v3/email-templates/{id}/move (MoveEmailTemplate)
  {
    const result = await reply.emailTemplates.move({
      id: 12345,
      body: { folderId: 10, folderType: 'team' },
    });
  }
  // POST /v3/email-templates/{id}/render (RenderEmailTemplate)
  {
    const result = await reply.emailTemplates.render({
      id: 12345,
      body: { contactId: 90514382, sequenceId: 100, emailAccountId: 12345 },
    });
  }
  // POST /v3/email-templates/{id}/send-test (SendTestEmailTemplate)
  {
    const result = await reply.emailTemplates.sendTest({
      id: 12345,
      body: { email: 'jane.doe@acme.com', emailAccountId: 12345 },
    });
  }
  // POST /v3/email-validations/estimate (EstimateEmailValidation)
  {
    const result = await reply.emailValidations.estimate({
      body: { contactIds: [2, 3], acceptPartial: true },
    });
  }
  // POST /v3/email-validations/schedule (ScheduleEmailValidation)
  {
    const result = await reply.emailValidations.schedule({
      body: { contactIds: [2, 3], acceptPartial: true },
    });
  }
  // GET /v3/holiday-calendars (ListHolidayCalendars)
  {
    const result = await reply.holidayCalendars.list();
  }
  // POST /v3/holiday-calendars (CreateHolidayCalendar)
  {
    const result = await reply.holidayCalendars.create({
      body: {
        name: 'Company Holidays 2026',
        repeatEveryYear: false,
        holidays: [
          {
            startDate: '2026-07-04',
            endDate: '2026-07-04',
            name: 'Independence Day',
          },
          {
            startDate: '2026-12-24',
            endDate: '2026-12-26',
            name: 'Christmas Break',
          },
        ],
      },
    });
  }
  // GET /v3/holiday-calendars/{id} (GetHolidayCalendar)
  {
    const result = await reply.holidayCalendars.get({ id: 12345 });
  }
  // PUT /v3/holiday-calendars/{id} (UpdateHolidayCalendar)
  {
    const result = await reply.holidayCalendars.replace({
      id: 12345,
      body: {
        name: 'Company Holidays 2026 (Updated)',
        repeatEveryYear: true,
        holidays: [
          {
            startDate: '2026-07-04',
            endDate: '2026-07-04',
            name: 'Independence Day',
          },
        ],
      },
    });
  }
  // DELETE /v3/holiday-calendars/{id} (DeleteHolidayCalendar)
  {
    const result = await reply.holidayCalendars.delete({ id: 12345 });
  }
  // GET /v3/holiday-calendars/{id}/export-csv (ExportHolidayCalendarCsv)
  {
    const result = await reply.holidayCalendars.exportCsv({ id: 12345 });
  }
  // GET /v3/inbox/threads (ListInboxThreads)
  {
    const result = await reply.inbox.threads.list();
  }
  // POST /v3/inbox/threads/bulk-delete (BulkDeleteInboxThreads)
  {
    const result = await reply.inbox.threads.bulkDelete({
      body: { threadIds: [58217, 58198] },
    });
  }
  // GET /v3/inbox/threads/categories (ListInboxCategories)
  {
    const result = await reply.inbox.categories.list();
  }
  // POST /v3/inbox/threads/categories (CreateInboxCategory)
  {
    const result = await reply.inbox.categories.create({
      body: { name: 'Hot Leads', color: 'red' },
    });
  }
  // GET /v3/inbox/threads/categories/{id} (GetInboxCategory)
  {
    const result = await reply.inbox.categories.get({ id: 12345 });
  }
  // PUT /v3/inbox/threads/categories/{id} (UpdateInboxCategory)
  {
    const result = await reply.inbox.categories.update({
      id: 12345,
      body: { name: 'Warm Leads', color: 'orange' },
    });
  }
  // DELETE /v3/inbox/threads/categories/{id} (DeleteInboxCategory)
  {
    const result = await reply.inbox.categories.delete({ id: 12345 });
  }
  // POST /v3/inbox/threads/categories/{id}/thread-links/bulk (AssignThreadsToInboxCategory)
  {
    const result = await reply.inbox.categories.assignThreads({
      id: 12345,
      body: { threadIds: [58217, 58198] },
    });
  }
  // POST /v3/inbox/threads/categories/{id}/thread-links/bulk-delete (UnassignThreadsFromInboxCategory)
  {
    const result = await reply.inbox.categories.unassignThreads({
      id: 12345,
      body: { threadIds: [58217, 58198] },
    });
  }
  // POST /v3/inbox/threads/filter (FilterInboxThreads)
  {
    const result = await reply.inbox.threads.filter({
      body: { channels: ['email'], categoryIds: [7], source: 'unread' },
    });
  }
  // POST /v3/inbox/threads/mark-as-read (MarkInboxThreadsAsRead)
  {
    const result = await reply.inbox.threads.markAsRead({
      body: { threadIds: [58217, 58198] },
    });
  }
  // POST /v3/inbox/threads/mark-as-unread (MarkInboxThreadsAsUnread)
  {
    const result = await reply.inbox.threads.markAsUnread({
      body: { threadIds: [58217, 58198] },
    });
  }
  // GET /v3/inbox/threads/{id} (GetInboxThread)
  {
    const result = await reply.inbox.threads.get({ id: 12345 });
  }
  // DELETE /v3/inbox/threads/{id} (DeleteInboxThread)
  {
    const result = await reply.inbox.threads.delete({ id: 12345 });
  }
  // POST /v3/inbox/threads/{id}/ai-draft/generate (GenerateInboxAiDraft)
  {
    const result = await reply.inbox.threads.aiDraft.generate({ id: 12345 });
  }
  // PUT /v3/inbox/threads/{id}/category (SetInboxThreadCategory)
  {
    const result = await reply.inbox.threads.setCategory({
      id: 12345,
      body: { categoryId: 42 },
    });
  }
  // PUT /v3/inbox/threads/{id}/meeting-intent (SetInboxThreadMeetingIntent)
  {
    const result = await reply.inbox.threads.setMeetingIntent({
      id: 12345,
      body: { hasMeetingIntent: true },
    });
  }
  // GET /v3/inbox/threads/{id}/messages (ListInboxThreadMessages)
  {
    const result = await reply.inbox.threads.messages.list({ id: 12345 });
  }
  // POST /v3/inbox/threads/{id}/messages (SendInboxThreadMessage)
  {
    const result = await reply.inbox.threads.messages.send({
      id: 12345,
      body: {
        channel: 'email',
        message: 'Thanks — does Tuesday at 10am work?',
        cc: ['cc@northwind.example'],
        applySignature: true,
        replyToMessageId: '<d4e5f6@northwind.example>',
      },
    });
  }
  // GET /v3/linkedin-accounts (ListLinkedInAccounts)
  {
    const result = await reply.linkedInAccounts.list();
  }
  // POST /v3/linkedin-accounts/bulk-delete (BulkDeleteLinkedInAccounts)
  {
    const result = await reply.linkedInAccounts.bulkDelete({
      body: { ids: [10, 11, 12], force: true },
    });
  }
  // POST /v3/linkedin-accounts/connect (CreateDirectLinkedInConnectionLink)
  {
    const result = await reply.linkedInAccounts.connect({
      body: { name: 'John Doe LinkedIn' },
    });
  }
  // POST /v3/linkedin-accounts/connection-link (CreateLinkedInConnectionLink)
  {
    const result = await reply.linkedInAccounts.createConnectionLink({
      body: { name: 'John Doe LinkedIn' },
    });
  }
  // GET /v3/linkedin-accounts/pending (ListPendingLinkedInAccounts)
  {
    const result = await reply.linkedInAccounts.pending.list();
  }
  // DELETE /v3/linkedin-accounts/pending/{id} (DeletePendingLinkedInAccount)
  {
    const result = await reply.linkedInAccounts.pending.delete({ id: 12345 });
  }
  // GET /v3/linkedin-accounts/{id} (GetLinkedInAccount)
  {
    const result = await reply.linkedInAccounts.get({ id: 12345 });
  }
  // DELETE /v3/linkedin-accounts/{id} (DeleteLinkedInAccount)
  {
    const result = await reply.linkedInAccounts.delete({ id: 12345 });
  }
  // PUT /v3/linkedin-accounts/{id}/limits (UpdateLinkedInAccountLimits)
  {
    const result = await reply.linkedInAccounts.setLimits({
      id: 12345,
      body: {
        limitsMode: 'Fixed',
        fixedMax: {
          dailyDetectCount: 100,
          dailySendConnectionRequestCount: 20,
          dailySendMessageCount: 50,
          dailySendSalesNavigatorConnectionRequestCount: 10,
          dailyInMailCount: 10,
          dailyViewProfileCount: 80,
          dailyLikeRecentPostsCount: 30,
          dailyRevokeConnectionCount: 10,
          dailyEndorsedSkillsCount: 10,
          dailyFollowedProfilesCount: 20,
          dailyCommentRecentPostCount: 5,
        },
        actionDelayMinSeconds: 60,
        actionDelayMaxSeconds: 300,
      },
    });
  }
  // POST /v3/linkedin-accounts/{id}/reconnect (ReconnectLinkedInAccount)
  {
    const result = await reply.linkedInAccounts.reconnect({ id: 12345 });
  }
  // PUT /v3/linkedin-accounts/{id}/revoke-settings (UpdateLinkedInAccountRevokeSettings)
  {
    const result = await reply.linkedInAccounts.setRevokeSettings({
      id: 12345,
      body: { enabled: true, periodDays: 21 },
    });
  }
  // POST /v3/linkedin-accounts/{id}/toggle-status (ToggleLinkedInAccountStatus)
  {
    const result = await reply.linkedInAccounts.setStatus({
      id: 12345,
      body: { status: 'disabled' },
    });
  }
  // GET /v3/live-data/filter-values/departments (ListLiveDataDepartmentFilterValues)
  {
    const result = await reply.liveData.filterValues.departments();
  }
  // GET /v3/live-data/filter-values/industries (ListLiveDataIndustryFilterValues)
  {
    const result = await reply.liveData.filterValues.industries();
  }
  // GET /v3/live-data/filter-values/job-titles (ListLiveDataJobTitleFilterValues)
  {
    const result = await reply.liveData.filterValues.jobTitles();
  }
  // GET /v3/live-data/filter-values/locations (ListLiveDataLocationFilterValues)
  {
    const result = await reply.liveData.filterValues.locations();
  }
  // GET /v3/live-data/filter-values/seniorities (ListLiveDataSeniorityFilterValues)
  {
    const result = await reply.liveData.filterValues.seniorities();
  }
  // GET /v3/live-data/searches (ListLiveDataSearches)
  {
    const result = await reply.liveData.searches.list();
  }
  // POST /v3/live-data/searches (StartLiveDataSearch)
  {
    const result = await reply.liveData.searches.start({
      body: {
        filters: {
          jobTitles: [{ value: 'VP of Sales', type: 'include' }],
          industries: [{ value: 'Software', type: 'include' }],
          companySizes: ['fifty', 'twoHundred'],
          contactLocations: [{ value: 'United States', type: 'include' }],
          seniorities: ['vp', 'director'],
        },
        contactsCountToAdd: 50,
        addContactsWithoutEmails: false,
        maxPeoplePerCompany: 2,
        sequenceId: 100,
        listIds: [10],
        searchContactPhones: true,
      },
    });
  }
  // POST /v3/live-data/searches/preview (PreviewLiveDataSearch)
  {
    const result = await reply.liveData.searches.preview({
      body: {
        filters: {
          jobTitles: [{ value: 'VP of Sales', type: 'include' }],
          industries: [{ value: 'Software', type: 'include' }],
          companySizes: ['fifty', 'twoHundred'],
          contactLocations: [{ value: 'United States', type: 'include' }],
          seniorities: ['vp', 'director'],
        },
        maxPeoplePerCompany: 2,
      },
    });
  }
  // GET /v3/live-data/searches/{id} (GetLiveDataSearch)
  {
    const result = await reply.liveData.searches.get({ id: 12345 });
  }
  // POST /v3/reporting/calls (GetCallsList)
  {
    const result = await reply.reports.calls.list({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/calls/overview (GetCallsOverview)
  {
    const result = await reply.reports.calls.overview({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/channel-efficiency/overview (GetChannelEfficiencyOverview)
  {
    const result = await reply.reports.channelEfficiency.overview({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/emails (GetEmailsList)
  {
    const result = await reply.reports.emails.list({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/emails/overview (GetEmailsOverview)
  {
    const result = await reply.reports.emails.overview({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/linkedin (GetLinkedInList)
  {
    const result = await reply.reports.linkedIn.list({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/linkedin/overview (GetLinkedInOverview)
  {
    const result = await reply.reports.linkedIn.overview({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/tasks (GetTasksList)
  {
    const result = await reply.reports.tasks.list({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/tasks/overview (GetTasksOverview)
  {
    const result = await reply.reports.tasks.overview({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/team-performance/meetings (GetMeetingsList)
  {
    const result = await reply.reports.meetings.list({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/team-performance/overview (GetTeamPerformanceOverview)
  {
    const result = await reply.reports.teamPerformance.overview({
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // GET /v3/schedules (ListSchedules)
  {
    const result = await reply.schedules.list();
  }
  // POST /v3/schedules (CreateSchedule)
  {
    const result = await reply.schedules.create({
      body: {
        name: 'Evening outreach',
        timezoneId: 'GMT Standard Time',
        excludeHolidays: false,
        useProspectTimezone: true,
        useFollowUpSchedule: false,
        mainTimings: [
          {
            weekDay: 'Monday',
            isActive: true,
            timeRanges: [
              { fromTime: { hour: 18, minute: 0 }, toTime: { hour: 21, minute: 0 } },
            ],
          },
        ],
        followUpTimings: [],
      },
    });
  }
  // GET /v3/schedules/{id} (GetSchedule)
  {
    const result = await reply.schedules.get({ id: 12345 });
  }
  // PUT /v3/schedules/{id} (UpdateSchedule)
  {
    const result = await reply.schedules.replace({
      id: 12345,
      body: {
        name: 'Evening outreach',
        timezoneId: 'GMT Standard Time',
        excludeHolidays: false,
        useProspectTimezone: true,
        useFollowUpSchedule: false,
        mainTimings: [
          {
            weekDay: 'Monday',
            isActive: true,
            timeRanges: [
              { fromTime: { hour: 18, minute: 0 }, toTime: { hour: 21, minute: 0 } },
            ],
          },
        ],
        followUpTimings: [],
      },
    });
  }
  // DELETE /v3/schedules/{id} (DeleteSchedule)
  {
    const result = await reply.schedules.delete({ id: 12345 });
  }
  // POST /v3/schedules/{id}/holiday-calendar-links (LinkHolidayCalendarToSchedule)
  {
    const result = await reply.schedules.holidayCalendars.link({
      id: 12345,
      body: { calendarId: 3 },
    });
  }
  // DELETE /v3/schedules/{id}/holiday-calendar-links/{calendarId} (UnlinkHolidayCalendarFromSchedule)
  {
    const result = await reply.schedules.holidayCalendars.unlink({
      id: 12345,
      calendarId: 12345,
    });
  }
  // GET /v3/schedules/{id}/holiday-calendars (ListScheduleHolidayCalendars)
  {
    const result = await reply.schedules.holidayCalendars.list({ id: 12345 });
  }
  // POST /v3/schedules/{id}/set-default (SetDefaultSchedule)
  {
    const result = await reply.schedules.setDefault({ id: 12345 });
  }
  // GET /v3/sequence-folders (GetSequenceFolders)
  {
    const result = await reply.sequenceFolders.list();
  }
  // POST /v3/sequence-folders (CreateSequenceFolder)
  {
    const result = await reply.sequenceFolders.create({
      body: { name: 'Q3 campaigns' },
    });
  }
  // GET /v3/sequence-folders/{id} (GetSequenceFolderById)
  {
    const result = await reply.sequenceFolders.get({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // PUT /v3/sequence-folders/{id} (UpdateSequenceFolder)
  {
    const result = await reply.sequenceFolders.update({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { name: 'Q3 campaigns (EMEA)' },
    });
  }
  // DELETE /v3/sequence-folders/{id} (DeleteSequenceFolder)
  {
    const result = await reply.sequenceFolders.delete({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // POST /v3/sequence-folders/{id}/sequence-links/bulk (BulkAssignSequencesToFolder)
  {
    const result = await reply.sequenceFolders.bulkAssignSequences({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { sequenceIds: [123, 124, 125] },
    });
  }
  // POST /v3/sequence-folders/{id}/sequence-links/bulk-delete (BulkUnassignSequencesFromFolder)
  {
    const result = await reply.sequenceFolders.bulkUnassignSequences({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
      body: { sequenceIds: [123, 124, 125] },
    });
  }
  // GET /v3/sequence-folders/{id}/sequences (GetFolderSequences)
  {
    const result = await reply.sequenceFolders.listSequences({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // GET /v3/sequence-templates (GetSequenceTemplates)
  {
    const result = await reply.sequenceTemplates.list();
  }
  // DELETE /v3/sequence-templates/{id} (DeleteSequenceTemplate)
  {
    const result = await reply.sequenceTemplates.delete({
      id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
    });
  }
  // GET /v3/sequences (GetSequences)
  {
    const result = await reply.sequences.list();
  }
  // POST /v3/sequences (CreateSequence)
  {
    const result = await reply.sequences.create({
      body: {
        name: 'Sales Outreach 2024',
        scheduleId: 1,
        emailAccounts: [101, 102],
        linkedInAccounts: [42],
        settings: {
          emailsCountPerDay: 50,
          daysToFinishProspect: 14,
          emailSendingDelaySeconds: 30,
          dailyThrottling: 200,
          useDailyThrottling: true,
          disableOpensTracking: false,
          repliesHandlingType: 'markAsFinished',
          enableLinksTracking: true,
        },
        steps: [
          {
            type: 'email',
            delayInMinutes: 0,
            executionMode: 'automatic',
            variants: [
              {
                subject: 'Quick question about {{companyName}}',
                message: '<p>Hi {{firstName}},</p><p>I noticed you\'re leading initiatives at {{companyName}} and wanted to reach out.</p><p>Best regards</p>',
              },
            ],
          },
          {
            type: 'linkedIn',
            actionType: 'message',
            delayInMinutes: 1440,
            executionMode: 'automatic',
            variants: [
              {
                message: 'Hi {{firstName}}, would love to connect!',
                isEnabled: true,
              },
            ],
          },
        ],
      },
    });
  }
  // POST /v3/sequences/ai-sdr (CreateAiSdrSequence)
  {
    const result = await reply.aiSdr.sequences.create({
      body: {
        name: 'Logistics directors - Q3',
        offerId: 4821,
        sequenceStructureSetup: {
          generatedStepTypes: ['email', 'linkedIn'],
          numberOfSteps: 5,
        },
        emailAccounts: [101],
        linkedInAccounts: [7],
        toneOfVoice: { toneOfVoice: 'straightforward', messageLength: 'short' },
        approvalMode: { enabled: true },
      },
    });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/approval-mode (SetAiSdrSequenceApprovalMode)
  {
    const result = await reply.aiSdr.sequences.setApprovalMode({
      sequence_id: 12345,
      body: { enabled: true },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/disable (DisableAiSdrSequenceAutopilot)
  {
    const result = await reply.aiSdr.sequences.disableAutopilot({
      sequence_id: 12345,
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/enable (EnableAiSdrSequenceAutopilot)
  {
    const result = await reply.aiSdr.sequences.enableAutopilot({
      sequence_id: 12345,
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/force-start (ForceStartAiSdrSequenceAutopilot)
  {
    const result = await reply.aiSdr.sequences.forceStartAutopilot({
      sequence_id: 12345,
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/preview (PreviewAutopilot)
  {
    const result = await reply.aiSdr.sequences.previewAutopilot({
      sequence_id: 12345,
      body: {
        filters: {
          industries: [{ value: 'Logistics' }],
          jobTitles: [{ value: 'Director of Operations' }],
          companySizes: ['twoHundred'],
        },
        maxPeoplePerCompany: 2,
      },
    });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval (GetApprovalByContact)
  {
    const result = await reply.aiSdr.pendingApprovals.get({
      sequence_id: 12345,
      contact_id: 12345,
    });
  }
  // DELETE /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval (DeleteApproval)
  {
    const result = await reply.aiSdr.pendingApprovals.delete({
      sequence_id: 12345,
      contact_id: 12345,
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/regenerate (RegenerateApproval)
  {
    const result = await reply.aiSdr.pendingApprovals.regenerate({
      sequence_id: 12345,
      contact_id: 12345,
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/send (SendApproval)
  {
    const result = await reply.aiSdr.pendingApprovals.send({
      sequence_id: 12345,
      contact_id: 12345,
      body: {
        subject: 'Fewer pick errors at NorthStar?',
        body: 'Hi Jane, a quick idea on cutting pick errors. Open to 15 minutes on Thursday?',
      },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/preview/personalize (PersonalizeSequencePreview)
  {
    const result = await reply.aiSdr.sequencePreview.personalize({
      sequence_id: 12345,
      contact_id: 12345,
    });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/generated-step-types (SetAiSdrSequenceGeneratedStepTypes)
  {
    const result = await reply.aiSdr.sequences.setGeneratedStepTypes({
      sequence_id: 12345,
      body: { generatedStepTypes: ['email'] },
    });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/knowledge-base (GetAiSdrSequenceKnowledgeBase)
  {
    const result = await reply.aiSdr.sequences.getKnowledgeBase({
      sequence_id: 12345,
    });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/knowledge-base (SetAiSdrSequenceKnowledgeBase)
  {
    const result = await reply.aiSdr.sequences.setKnowledgeBase({
      sequence_id: 12345,
      body: { knowledgeBaseId: 512 },
    });
  }
  // DELETE /v3/sequences/ai-sdr/{sequence_id}/knowledge-base (ClearAiSdrSequenceKnowledgeBase)
  {
    const result = await reply.aiSdr.sequences.clearKnowledgeBase({
      sequence_id: 12345,
    });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/playbook (GetAiSdrSequencePlaybook)
  {
    const result = await reply.aiSdr.sequences.getPlaybook({ sequence_id: 12345 });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/playbook (SetAiSdrSequencePlaybook)
  {
    const result = await reply.aiSdr.sequences.setPlaybook({
      sequence_id: 12345,
      body: { playbookId: 't-7' },
    });
  }
  // DELETE /v3/sequences/ai-sdr/{sequence_id}/playbook (ClearAiSdrSequencePlaybook)
  {
    const result = await reply.aiSdr.sequences.clearPlaybook({ sequence_id: 12345 });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/settings (GetAiSdrSequenceSettings)
  {
    const result = await reply.aiSdr.sequences.getSettings({ sequence_id: 12345 });
  }
  // PATCH /v3/sequences/ai-sdr/{sequence_id}/settings (UpdateAiSdrSequenceSettings)
  {
    const result = await reply.aiSdr.sequences.updateSettings({
      sequence_id: 12345,
      body: {
        toneOfVoice: { toneOfVoice: 'empathetic', language: 'englishUK' },
        providerLLM: 'gemini',
      },
    });
  }
  // POST /v3/sequences/archive (BulkArchiveSequences)
  {
    const result = await reply.sequences.bulkArchive({
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/batch/owner (BulkChangeSequenceOwner)
  {
    const result = await reply.sequences.bulkChangeOwner({
      body: { ids: [123, 124], userId: 57 },
    });
  }
  // POST /v3/sequences/bulk-delete (BulkDeleteSequences)
  {
    const result = await reply.sequences.bulkDelete({
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/create-from-template (CreateSequenceFromTemplate)
  {
    const result = await reply.sequences.createFromTemplate({
      body: {
        templateId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
        sequenceFolderId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      },
    });
  }
  // POST /v3/sequences/pause (BulkPauseSequences)
  {
    const result = await reply.sequences.bulkPause({
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/start (BulkStartSequences)
  {
    const result = await reply.sequences.bulkStart({
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/stats (GetSequenceStatsList)
  {
    const result = await reply.sequences.listStats({
      body: { filters: { dateRangePreset: 'lastWeek', userIds: [42, 57] } },
    });
  }
  // GET /v3/sequences/steps/contact-filter-properties (GetConditionProperties)
  {
    const result = await reply.sequences.steps.listConditionProperties();
  }
  // GET /v3/sequences/{id} (GetSequenceById)
  {
    const result = await reply.sequences.get({ id: 12345 });
  }
  // DELETE /v3/sequences/{id} (DeleteSequence)
  {
    const result = await reply.sequences.delete({ id: 12345 });
  }
  // PATCH /v3/sequences/{id} (UpdateSequence)
  {
    const result = await reply.sequences.update({
      id: 12345,
      body: { name: 'Sales Outreach 2024 (EMEA)' },
    });
  }
  // POST /v3/sequences/{id}/archive (ArchiveSequence)
  {
    const result = await reply.sequences.archive({ id: 12345 });
  }
  // POST /v3/sequences/{id}/contact-links/bulk (BulkAddContactsToSequence)
  {
    const result = await reply.sequences.contacts.bulkAdd({
      id: 12345,
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // POST /v3/sequences/{id}/contact-links/bulk-delete (BulkRemoveContactsFromSequence)
  {
    const result = await reply.sequences.contacts.bulkRemove({
      id: 12345,
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // DELETE /v3/sequences/{id}/contact-links/{contact_id} (RemoveContactFromSequence)
  {
    const result = await reply.sequences.contacts.remove({
      id: 12345,
      contact_id: 12345,
    });
  }
  // GET /v3/sequences/{id}/contacts (GetSequenceContacts)
  {
    const result = await reply.sequences.contacts.list({ id: 12345 });
  }
  // POST /v3/sequences/{id}/contacts/set-bounced (SetSequenceContactsBounced)
  {
    const result = await reply.sequences.contacts.setBounced({
      id: 12345,
      body: { contactIds: [123], isBounced: true },
    });
  }
  // POST /v3/sequences/{id}/contacts/set-replied (SetSequenceContactsReplied)
  {
    const result = await reply.sequences.contacts.setReplied({
      id: 12345,
      body: { contactIds: [123, 124], isReplied: true },
    });
  }
  // POST /v3/sequences/{id}/contacts/set-status-in-sequence (SetSequenceContactsStatusInSequence)
  {
    const result = await reply.sequences.contacts.setStatus({
      id: 12345,
      body: { contactIds: [123], statusInSequence: 'active' },
    });
  }
  // GET /v3/sequences/{id}/contacts/state (GetSequenceContactsState)
  {
    const result = await reply.sequences.contacts.listState({ id: 12345 });
  }
  // GET /v3/sequences/{id}/contacts/{contact_id} (GetSequenceContactById)
  {
    const result = await reply.sequences.contacts.get({
      id: 12345,
      contact_id: 12345,
    });
  }
  // PUT /v3/sequences/{id}/email-account-links (SetSequenceEmailAccounts)
  {
    const result = await reply.sequences.emailAccounts.set({
      id: 12345,
      body: { emailAccountIds: [12345, 67890] },
    });
  }
  // POST /v3/sequences/{id}/email-account-links (AssignEmailAccountToSequence)
  {
    const result = await reply.sequences.emailAccounts.assign({
      id: 12345,
      body: { emailAccountId: 12345 },
    });
  }
  // DELETE /v3/sequences/{id}/email-account-links/{email_account_id} (RemoveEmailAccountFromSequence)
  {
    const result = await reply.sequences.emailAccounts.remove({
      id: 12345,
      email_account_id: 12345,
    });
  }
  // GET /v3/sequences/{id}/email-accounts (GetSequenceEmailAccounts)
  {
    const result = await reply.sequences.emailAccounts.list({ id: 12345 });
  }
  // POST /v3/sequences/{id}/linkedin-account-links (AssignLinkedInAccountToSequence)
  {
    const result = await reply.sequences.linkedInAccounts.assign({
      id: 12345,
      body: { linkedInAccountId: 42 },
    });
  }
  // DELETE /v3/sequences/{id}/linkedin-account-links/{linkedInAccountId} (RemoveLinkedInAccountFromSequence)
  {
    const result = await reply.sequences.linkedInAccounts.remove({
      id: 12345,
      linkedInAccountId: 12345,
    });
  }
  // GET /v3/sequences/{id}/linkedin-accounts (GetSequenceLinkedInAccounts)
  {
    const result = await reply.sequences.linkedInAccounts.list({ id: 12345 });
  }
  // PUT /v3/sequences/{id}/owner (UpdateSequenceOwner)
  {
    const result = await reply.sequences.changeOwner({
      id: 12345,
      body: { userId: 57 },
    });
  }
  // POST /v3/sequences/{id}/pause (PauseSequence)
  {
    const result = await reply.sequences.pause({ id: 12345 });
  }
  // POST /v3/sequences/{id}/save-as-template (SaveSequenceAsTemplate)
  {
    const result = await reply.sequences.saveAsTemplate({
      id: 12345,
      body: {
        name: 'Cold Outreach',
        description: 'A template for cold outreach sequences',
        scope: 'team',
      },
    });
  }
  // POST /v3/sequences/{id}/start (StartSequence)
  {
    const result = await reply.sequences.start({ id: 12345 });
  }
  // POST /v3/sequences/{id}/stats (GetSequenceStats)
  {
    const result = await reply.sequences.getStats({
      id: 12345,
      body: { filters: { dateRangePreset: 'lastMonth' } },
    });
  }
  // GET /v3/sequences/{id}/steps (GetSequenceSteps)
  {
    const result = await reply.sequences.steps.list({ id: 12345 });
  }
  // POST /v3/sequences/{id}/steps (CreateSequenceStep)
  {
    const result = await reply.sequences.steps.create({
      id: 12345,
      body: {
        type: 'email',
        delayInMinutes: 0,
        executionMode: 'automatic',
        variants: [
          {
            subject: 'Quick question about {{companyName}}',
            message: '<p>Hi {{firstName}},</p><p>Is improving outbound on your list this quarter?</p>',
          },
        ],
      },
    });
  }
  // POST /v3/sequences/{id}/steps/bulk (BulkCreateSequenceSteps)
  {
    const result = await reply.sequences.steps.bulkCreate({
      id: 12345,
      body: [
        {
          type: 'email',
          delayInMinutes: 0,
          executionMode: 'automatic',
          variants: [
            {
              subject: 'Quick question about {{companyName}}',
              message: '<p>Hi {{firstName}},</p><p>Is improving outbound on your list this quarter?</p>',
            },
          ],
        },
        {
          type: 'linkedIn',
          actionType: 'connect',
          delayInMinutes: 2880,
          executionMode: 'automatic',
          variants: [
            { message: 'Hi {{firstName}}, let\'s connect!', isEnabled: true },
          ],
        },
      ],
    });
  }
  // POST /v3/sequences/{id}/steps/bulk-delete (BulkDeleteSequenceSteps)
  {
    const result = await reply.sequences.steps.bulkDelete({
      id: 12345,
      body: { ids: [1323, 1324] },
    });
  }
  // GET /v3/sequences/{id}/steps/{step_id} (GetSequenceStepById)
  {
    const result = await reply.sequences.steps.get({ id: 12345, step_id: 12345 });
  }
  // PUT /v3/sequences/{id}/steps/{step_id} (UpdateSequenceStep)
  {
    const result = await reply.sequences.steps.update({
      id: 12345,
      step_id: 12345,
      body: {
        type: 'email',
        delayInMinutes: 2880,
        executionMode: 'automatic',
        variants: [
          {
            id: 11,
            subject: 'Following up',
            message: '<p>Hi {{firstName}}, any thoughts on my last note?</p>',
            attachmentIds: [77],
          },
        ],
      },
    });
  }
  // DELETE /v3/sequences/{id}/steps/{step_id} (DeleteSequenceStep)
  {
    const result = await reply.sequences.steps.delete({ id: 12345, step_id: 12345 });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/disable (DisableSequenceStepVariants)
  {
    const result = await reply.sequences.steps.disableVariants({
      id: 12345,
      step_id: 12345,
      body: { ids: [11, 12] },
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/enable (EnableSequenceStepVariants)
  {
    const result = await reply.sequences.steps.enableVariants({
      id: 12345,
      step_id: 12345,
      body: { ids: [11, 12] },
    });
  }
  // GET /v3/sequences/{id}/steps/{step_id}/variants (GetSequenceStepVariants)
  {
    const result = await reply.sequences.steps.variants.list({
      id: 12345,
      step_id: 12345,
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/variants (CreateSequenceStepVariant)
  {
    const result = await reply.sequences.steps.variants.create({
      id: 12345,
      step_id: 12345,
      body: {
        subject: 'Follow up on our conversation',
        message: 'Hi {{firstName}}, I wanted to follow up...',
        isEnabled: true,
      },
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/variants/bulk (BulkCreateSequenceStepVariants)
  {
    const result = await reply.sequences.steps.variants.bulkCreate({
      id: 12345,
      step_id: 12345,
      body: [
        {
          subject: 'Follow up on our conversation',
          message: 'Hi {{firstName}}, I wanted to follow up...',
          isEnabled: true,
        },
        {
          subject: 'Quick follow-up',
          message: 'Hi {{firstName}}, I wanted to follow up...',
          isEnabled: true,
        },
      ],
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/variants/bulk-delete (BulkDeleteSequenceStepVariants)
  {
    const result = await reply.sequences.steps.variants.bulkDelete({
      id: 12345,
      step_id: 12345,
      body: { ids: [13, 14] },
    });
  }
  // PUT /v3/sequences/{id}/steps/{step_id}/variants/{variant_id} (UpdateSequenceStepVariant)
  {
    const result = await reply.sequences.steps.variants.update({
      id: 12345,
      step_id: 12345,
      variant_id: 12345,
      body: {
        subject: 'Circling back',
        message: 'Hi {{firstName}}, circling back on my note.',
        isEnabled: true,
      },
    });
  }
  // DELETE /v3/sequences/{id}/steps/{step_id}/variants/{variant_id} (DeleteSequenceStepVariant)
  {
    const result = await reply.sequences.steps.variants.delete({
      id: 12345,
      step_id: 12345,
      variant_id: 12345,
    });
  }
  // GET /v3/sequences/{sequence_id}/contacts/{contact_id}/preview (GetSequencePreview)
  {
    const result = await reply.sequences.contacts.getPreview({
      sequence_id: 12345,
      contact_id: 12345,
    });
  }
  // POST /v3/sequences/{sequence_id}/contacts/{contact_id}/preview/reset (ResetSequencePreview)
  {
    const result = await reply.sequences.contacts.resetPreview({
      sequence_id: 12345,
      contact_id: 12345,
    });
  }
  // GET /v3/settings (GetSettings)
  {
    const result = await reply.settings.get();
  }
  // PATCH /v3/settings (UpdateSettings)
  {
    const result = await reply.settings.update({
      body: {
        emails: {
          isLinksTrackingEnabled: true,
          safety: { prospectEmailsPerDayLimit: 1 },
        },
      },
    });
  }
  // GET /v3/tasks (GetTasks)
  {
    const result = await reply.tasks.list();
  }
  // POST /v3/tasks (CreateTask)
  {
    const result = await reply.tasks.create({
      body: {
        taskType: 'call',
        startAt: '2026-05-05T14:00:00+00:00',
        dueTo: '2026-05-05T15:00:00+00:00',
        contactId: 12345,
        template: { body: 'Call {{firstName}} about the pilot.' },
      },
    });
  }
  // POST /v3/tasks/batch/assign (BatchAssignTasks)
  {
    const result = await reply.tasks.batchAssign({
      body: { ids: [501, 502], userId: 55 },
    });
  }
  // POST /v3/tasks/batch/complete (BatchCompleteTasks)
  {
    const result = await reply.tasks.batchComplete({ body: { ids: [501, 502] } });
  }
  // POST /v3/tasks/bulk-delete (BulkDeleteTasks)
  {
    const result = await reply.tasks.bulkDelete({ body: { ids: [501, 502, 503] } });
  }
  // POST /v3/tasks/filter (FilterTasks)
  {
    const result = await reply.tasks.filter({
      body: { taskType: 'call', status: 'new', assignedUserId: 42, overdue: true },
    });
  }
  // GET /v3/tasks/{id} (GetTaskById)
  {
    const result = await reply.tasks.get({ id: 12345 });
  }
  // PUT /v3/tasks/{id} (UpdateTask)
  {
    const result = await reply.tasks.update({
      id: 12345,
      body: {
        taskType: 'manualEmail',
        startAt: '2026-05-05T09:00:00+00:00',
        dueTo: '2026-05-07T17:00:00+00:00',
        contactId: 12345,
        template: {
          body: 'Hi {{firstName}}, following up on my last note.',
          subject: 'Quick follow-up',
        },
      },
    });
  }
  // DELETE /v3/tasks/{id} (DeleteTask)
  {
    const result = await reply.tasks.delete({ id: 12345 });
  }
  // PUT /v3/tasks/{id}/assigned-user (AssignTask)
  {
    const result = await reply.tasks.assign({ id: 12345, body: { userId: 55 } });
  }
  // POST /v3/tasks/{id}/complete (CompleteTask)
  {
    const result = await reply.tasks.complete({
      id: 12345,
      body: { callResolution: 0, finishProspectInSequence: true },
    });
  }
  // POST /v3/tasks/{id}/execute (ExecuteTask)
  {
    const result = await reply.tasks.execute({
      id: 12345,
      body: {
        content: { body: 'Hi John, one more note on pricing.', subject: 'Pricing' },
        emailAccountId: 101,
      },
    });
  }
  // GET /v3/webhooks (ListWebhooks)
  {
    const result = await reply.webhooks.list();
  }
  // POST /v3/webhooks (CreateWebhook)
  {
    const result = await reply.webhooks.create({
      body: {
        eventType: 'email_replied',
        url: 'https://example.com/hooks/reply',
        scope: 'personal',
        enabled: true,
        payloadConfig: {
          includeEmailUrl: true,
          includeEmailText: false,
          includeProspectCustomFields: true,
        },
      },
    });
  }
  // GET /v3/webhooks/events (GetWebhookEvents)
  {
    const result = await reply.webhooks.listEvents();
  }
  // GET /v3/webhooks/{id} (GetWebhookById)
  {
    const result = await reply.webhooks.get({ id: 12345 });
  }
  // PUT /v3/webhooks/{id} (UpdateWebhook)
  {
    const result = await reply.webhooks.update({
      id: 12345,
      body: {
        eventType: 'email_replied',
        url: 'https://example.com/hooks/team-replies',
        scope: 'team',
        payloadConfig: {
          includeEmailUrl: true,
          includeEmailText: true,
          includeProspectCustomFields: false,
        },
      },
    });
  }
  // DELETE /v3/webhooks/{id} (DeleteWebhook)
  {
    const result = await reply.webhooks.delete({ id: 12345 });
  }
  // POST /v3/webhooks/{id}/disable (DisableWebhook)
  {
    const result = await reply.webhooks.disable({ id: 12345 });
  }
  // POST /v3/webhooks/{id}/enable (EnableWebhook)
  {
    const result = await reply.webhooks.enable({ id: 12345 });
  }
  // GET /v3/webhooks/{id}/logs (GetWebhookLogs)
  {
    const result = await reply.webhooks.listLogs({ id: 12345 });
  }
  // POST /v3/webhooks/{id}/test (TestWebhook)
  {
    const result = await reply.webhooks.test({ id: 12345 });
  }
  // GET /v3/whoami (Whoami)
  {
    const result = await reply.user.whoami();
  }
  // GET /v3/whoami/team-users (WhoamiTeamUsers)
  {
    const result = await reply.user.listTeamUsers();
  }
}

export async function clientSamples() {
  const client = createClient({ apiKey: process.env.REPLY_API_KEY! });
  // GET /v3/ai-prompts (ListAiPrompts)
  {
    const { data, error } = await client.GET('/v3/ai-prompts');
  }
  // POST /v3/ai-prompts (CreateAiPrompt)
  {
    const { data, error } = await client.POST('/v3/ai-prompts', {
      body: {
        name: 'Thoughtful peer comment',
        text: 'Write a short, specific comment that adds one insight to the post. No sales pitch, no emojis.',
        stepType: 'commentOnRecentPost',
      },
    });
  }
  // POST /v3/ai-prompts/preview/linkedin-post (PreviewAiPromptOnLinkedInPost)
  {
    const { data, error } = await client.POST('/v3/ai-prompts/preview/linkedin-post', {
      body: {
        promptText: 'Write a short, specific comment that adds one insight to the post. No sales pitch, no emojis.',
        linkedInProfileUrl: 'https://www.linkedin.com/in/jane-doe-sales',
        linkedInAccountId: 77,
        skipTopics: ['politics'],
        skipIfNoPostsInDays: 30,
      },
    });
  }
  // POST /v3/ai-prompts/preview/sample (PreviewAiPromptOnSamplePost)
  {
    const { data, error } = await client.POST('/v3/ai-prompts/preview/sample', {
      body: {
        promptText: 'Write a short, specific comment that adds one insight to the post. No sales pitch, no emojis.',
        skipTopics: ['hiring', 'politics'],
        sequenceId: 1042,
      },
    });
  }
  // PUT /v3/ai-prompts/{id} (UpdateAiPrompt)
  {
    const { data, error } = await client.PUT('/v3/ai-prompts/{id}', {
      params: { path: { id: 12345 } },
      body: {
        name: 'Peer comment v2',
        text: 'Add one concrete insight or question to the post in two sentences at most.',
      },
    });
  }
  // DELETE /v3/ai-prompts/{id} (DeleteAiPrompt)
  {
    const { data, error } = await client.DELETE('/v3/ai-prompts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/ai-sdr/approvals (ListApprovals)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/approvals');
  }
  // POST /v3/ai-sdr/approvals/send-bulk (SendApprovalsBulk)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/approvals/send-bulk', {
      body: {
        items: [
          { sequenceId: 3315, contactId: 90514382 },
          { sequenceId: 3315, contactId: 90514390 },
        ],
      },
    });
  }
  // GET /v3/ai-sdr/intent-signals/industries (ListIntentSignalIndustries)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/intent-signals/industries');
  }
  // GET /v3/ai-sdr/intent-signals/technologies (ListIntentSignalTechnologies)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/intent-signals/technologies');
  }
  // GET /v3/ai-sdr/knowledge-bases (ListKnowledgeBases)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases');
  }
  // POST /v3/ai-sdr/knowledge-bases (CreateKnowledgeBase)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases', {
      body: {
        name: 'Core product knowledge',
        instructions: 'Answer from the pricing and security pages first. Never promise custom features.',
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{id} (GetKnowledgeBase)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{id} (DeleteKnowledgeBase)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{id} (UpdateKnowledgeBase)
  {
    const { data, error } = await client.PATCH('/v3/ai-sdr/knowledge-bases/{id}', {
      params: { path: { id: 12345 } },
      body: { name: 'Core product knowledge 2026' },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{id}/duplicate (DuplicateKnowledgeBase)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{id}/duplicate', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents (ListKnowledgeBaseDocuments)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents', {
      params: { path: { knowledge_base_id: 12345 } },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents (UploadKnowledgeBaseDocument)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents', {
      params: { path: { knowledge_base_id: 12345 } },
      body: { file: await openAsBlob('product-launch-deck.pdf') },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents/{document_id} (DeleteKnowledgeBaseDocument)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents/{document_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          document_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links (ListKnowledgeBaseLinks)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links', {
      params: { path: { knowledge_base_id: 12345 } },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links (AddKnowledgeBaseLink)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links', {
      params: { path: { knowledge_base_id: 12345 } },
      body: { url: 'https://example.com/pricing' },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links/{link_id} (DeleteKnowledgeBaseLink)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links/{link_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          link_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards (ListReengagementCards)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards', {
      params: { path: { knowledge_base_id: 12345 } },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards (CreateReengagementCard)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards', {
      params: { path: { knowledge_base_id: 12345 } },
      body: {
        name: '30-day silent prospect',
        instructions: 'Gentle nudge with new case study; no hard ask.',
        sendAfter: 30,
        sampleAnswer: 'Hi {{firstName}}, just sharing a quick case study...',
        toneOfVoice: 'empathetic',
        responseLength: 'short',
        links: ['https://example.com/case-study-northstar'],
        isEnabled: true,
        deliveryMode: 'draft',
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id} (GetReengagementCard)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id} (DeleteReengagementCard)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id} (UpdateReengagementCard)
  {
    const { data, error } = await client.PATCH('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
      body: { isEnabled: false },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media (UploadReengagementCardMedia)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
      body: { file: await openAsBlob('case-study-thumbnail.png') },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media/{media_id} (DeleteReengagementCardMedia)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media/{media_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reengagement_card_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
          media_id: 12345,
        },
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows (ListReengagementFlows)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows', {
      params: { path: { knowledge_base_id: 12345 } },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows (CreateReengagementFlow)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows', {
      params: { path: { knowledge_base_id: 12345 } },
      body: { name: 'Enterprise slow burn' },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/state (GetReengagementFlowState)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/state', {
      params: {
        path: { knowledge_base_id: 12345 },
        query: { sequenceId: 12345, contactId: 12345 },
      },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id} (DeleteReengagementFlow)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id} (UpdateReengagementFlow)
  {
    const { data, error } = await client.PATCH('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
      body: { name: 'Enterprise long cycle' },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/assign (AssignReengagementFlow)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/assign', {
      params: {
        path: {
          knowledge_base_id: 12345,
          flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
      body: { sequenceId: 1042, contactId: 123 },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/contacts-count (GetReengagementFlowContactsCount)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/contacts-count', {
      params: {
        path: {
          knowledge_base_id: 12345,
          flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/duplicate (DuplicateReengagementFlow)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/duplicate', {
      params: {
        path: {
          knowledge_base_id: 12345,
          flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/set-default (SetDefaultReengagementFlow)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/set-default', {
      params: {
        path: {
          knowledge_base_id: 12345,
          flow_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers (ListReplyHandlers)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers', {
      params: { path: { knowledge_base_id: 12345 } },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers (CreateReplyHandler)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers', {
      params: { path: { knowledge_base_id: 12345 } },
      body: {
        typeOfQuestion: 'Pricing inquiry',
        instructions: 'Quote our published tiered pricing; offer a discovery call for enterprise.',
        sampleAnswer: 'Thanks for asking! Our tiered pricing starts at $X...',
        toneOfVoice: 'confident',
        responseLength: 'medium',
        links: ['https://example.com/pricing'],
        deliveryMode: 'draft',
      },
    });
  }
  // GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id} (GetReplyHandler)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id} (DeleteReplyHandler)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
    });
  }
  // PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id} (UpdateReplyHandler)
  {
    const { data, error } = await client.PATCH('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
      body: {
        instructions: 'Quote tiered pricing and link the v2 pricing page.',
        links: ['https://example.com/pricing-v2'],
      },
    });
  }
  // POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media (UploadReplyHandlerMedia)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
        },
      },
      body: { file: await openAsBlob('pricing-tiers.png') },
    });
  }
  // DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media/{media_id} (DeleteReplyHandlerMedia)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media/{media_id}', {
      params: {
        path: {
          knowledge_base_id: 12345,
          reply_handler_id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11',
          media_id: 12345,
        },
      },
    });
  }
  // GET /v3/ai-sdr/offers (ListOffers)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/offers');
  }
  // POST /v3/ai-sdr/offers (CreateOffer)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/offers', {
      body: { name: 'Q3 Enterprise Outbound' },
    });
  }
  // POST /v3/ai-sdr/offers/generate (GenerateOffer)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/offers/generate', {
      body: {
        prompt: 'We sell warehouse automation to mid-market 3PLs; pitch our pick-rate gains to operations leaders.',
      },
    });
  }
  // POST /v3/ai-sdr/offers/generation-attachments (UploadOfferGenerationAttachment)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/offers/generation-attachments', {
      body: { file: await openAsBlob('(binary content of product-brief.pdf)') },
    });
  }
  // GET /v3/ai-sdr/offers/{id} (GetOffer)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/offers/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // DELETE /v3/ai-sdr/offers/{id} (DeleteOffer)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/offers/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PATCH /v3/ai-sdr/offers/{id} (UpdateOffer)
  {
    const { data, error } = await client.PATCH('/v3/ai-sdr/offers/{id}', {
      params: { path: { id: 12345 } },
      body: {
        name: 'Q4 Enterprise Outbound',
        reasonForOutreach: 'Refocused on mid-market after Q3 results.',
      },
    });
  }
  // POST /v3/ai-sdr/offers/{id}/duplicate (DuplicateOffer)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/offers/{id}/duplicate', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/ai-sdr/playbooks (ListPlaybooks)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/playbooks');
  }
  // POST /v3/ai-sdr/playbooks (CreatePlaybook)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/playbooks', {
      body: {
        name: 'Outbound playbook v2',
        description: 'Tone and pacing for cold outreach',
        body: '## Voice\nFriendly, concise, never desperate.\n\n## Pacing\nTwo touches per week max.',
        type: 'team',
      },
    });
  }
  // GET /v3/ai-sdr/playbooks/{id} (GetPlaybook)
  {
    const { data, error } = await client.GET('/v3/ai-sdr/playbooks/{id}', {
      params: { path: { id: 't-7' } },
    });
  }
  // DELETE /v3/ai-sdr/playbooks/{id} (DeletePlaybook)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/playbooks/{id}', {
      params: { path: { id: 't-7' } },
    });
  }
  // PATCH /v3/ai-sdr/playbooks/{id} (UpdatePlaybook)
  {
    const { data, error } = await client.PATCH('/v3/ai-sdr/playbooks/{id}', {
      params: { path: { id: 't-7' } },
      body: {
        name: 'Outbound playbook v3',
        description: 'Refined tone and pacing for cold outreach',
      },
    });
  }
  // POST /v3/ai-sdr/playbooks/{id}/duplicate (DuplicatePlaybook)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/playbooks/{id}/duplicate', {
      params: { path: { id: 't-7' } },
    });
  }
  // POST /v3/ai-sdr/playbooks/{playbook_id}/style-files (UploadPlaybookStyleFile)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/playbooks/{playbook_id}/style-files', {
      params: { path: { playbook_id: 't-7' } },
      body: { file: await openAsBlob('(binary content of brand-voice.docx)') },
    });
  }
  // DELETE /v3/ai-sdr/playbooks/{playbook_id}/style-files/{style_file_id} (DeletePlaybookStyleFile)
  {
    const { data, error } = await client.DELETE('/v3/ai-sdr/playbooks/{playbook_id}/style-files/{style_file_id}', {
      params: { path: { playbook_id: 't-7', style_file_id: 12345 } },
    });
  }
  // POST /v3/ai-sdr/strategist/start (StartStrategist)
  {
    const { data, error } = await client.POST('/v3/ai-sdr/strategist/start');
  }
  // POST /v3/attachments (UploadAttachment)
  {
    const { data, error } = await client.POST('/v3/attachments', {
      body: { file: await openAsBlob('(binary content of acme-case-study.pdf)') },
    });
  }
  // POST /v3/attachments/voice (UploadVoiceAttachment)
  {
    const { data, error } = await client.POST('/v3/attachments/voice', {
      body: { file: await openAsBlob('(binary content of intro-jane.m4a)') },
    });
  }
  // GET /v3/background-jobs (GetBackgroundJobs)
  {
    const { data, error } = await client.GET('/v3/background-jobs');
  }
  // GET /v3/background-jobs/{jobId} (GetBackgroundJobById)
  {
    const { data, error } = await client.GET('/v3/background-jobs/{jobId}', {
      params: { path: { jobId: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // POST /v3/background-jobs/{jobId}/cancel (CancelBackgroundJob)
  {
    const { data, error } = await client.POST('/v3/background-jobs/{jobId}/cancel', {
      params: { path: { jobId: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: { reason: 'Started with the wrong contact list.' },
    });
  }
  // GET /v3/contact-account-lists (GetContactAccountLists)
  {
    const { data, error } = await client.GET('/v3/contact-account-lists');
  }
  // POST /v3/contact-account-lists (CreateContactAccountList)
  {
    const { data, error } = await client.POST('/v3/contact-account-lists', {
      body: { name: 'Enterprise targets' },
    });
  }
  // GET /v3/contact-account-lists/{id} (GetContactAccountListById)
  {
    const { data, error } = await client.GET('/v3/contact-account-lists/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/contact-account-lists/{id} (UpdateContactAccountList)
  {
    const { data, error } = await client.PUT('/v3/contact-account-lists/{id}', {
      params: { path: { id: 12345 } },
      body: { name: 'Enterprise 2025' },
    });
  }
  // DELETE /v3/contact-account-lists/{id} (DeleteContactAccountList)
  {
    const { data, error } = await client.DELETE('/v3/contact-account-lists/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/contact-account-lists/{id}/add-accounts (AddAccountsToContactAccountList)
  {
    const { data, error } = await client.POST('/v3/contact-account-lists/{id}/add-accounts', {
      params: { path: { id: 12345 } },
      body: { accountIds: [100, 101, 102] },
    });
  }
  // POST /v3/contact-account-lists/{id}/move-accounts (MoveAccountsToContactAccountList)
  {
    const { data, error } = await client.POST('/v3/contact-account-lists/{id}/move-accounts', {
      params: { path: { id: 12345 } },
      body: { accountIds: [100, 101, 102] },
    });
  }
  // GET /v3/contact-accounts (GetContactAccounts)
  {
    const { data, error } = await client.GET('/v3/contact-accounts');
  }
  // POST /v3/contact-accounts (CreateContactAccount)
  {
    const { data, error } = await client.POST('/v3/contact-accounts', {
      body: {
        name: 'Tech Solutions Inc',
        description: 'B2B analytics software',
        domainName: 'techsolutions.com',
        industry: 'Software & Technology',
        companySize: '501-1000',
        country: 'United States',
        state: 'CA',
        city: 'San Francisco',
        timeZoneId: 'America/Los_Angeles',
        email: 'info@techsolutions.com',
      },
    });
  }
  // POST /v3/contact-accounts/bulk (BulkCreateContactAccounts)
  {
    const { data, error } = await client.POST('/v3/contact-accounts/bulk', {
      body: {
        items: [
          {
            name: 'Tech Solutions Inc',
            description: 'B2B analytics software',
            domainName: 'techsolutions.com',
            industry: 'Software & Technology',
            companySize: '501-1000',
            country: 'United States',
            state: 'CA',
            city: 'San Francisco',
            timeZoneId: 'America/Los_Angeles',
            email: 'info@techsolutions.com',
          },
          { name: 'Globex', domainName: 'globex.io' },
        ],
      },
    });
  }
  // POST /v3/contact-accounts/bulk-delete (BulkDeleteContactAccounts)
  {
    const { data, error } = await client.POST('/v3/contact-accounts/bulk-delete', {
      body: { ids: [100, 101, 102] },
    });
  }
  // POST /v3/contact-accounts/filter (FilterContactAccounts)
  {
    const { data, error } = await client.POST('/v3/contact-accounts/filter', {
      body: {
        sortBy: 'CreatedDate',
        sortDirection: 'desc',
        filters: [
          { property: 'Country', condition: 'Equals', values: 'United States' },
          {
            property: 'CompanySize',
            condition: 'In',
            values: ['501-1000', '1001-5000'],
          },
        ],
      },
    });
  }
  // GET /v3/contact-accounts/{id} (GetContactAccountById)
  {
    const { data, error } = await client.GET('/v3/contact-accounts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/contact-accounts/{id} (UpdateContactAccount)
  {
    const { data, error } = await client.PUT('/v3/contact-accounts/{id}', {
      params: { path: { id: 12345 } },
      body: {
        name: 'Tech Solutions Group',
        description: 'B2B analytics software',
        domainName: 'techsolutions.com',
        industry: 'Software & Technology',
        companySize: '1001-5000',
        country: 'United States',
        state: 'CA',
        city: 'San Francisco',
        timeZoneId: 'America/Los_Angeles',
        email: 'info@techsolutions.com',
        ownerUserId: 55,
      },
    });
  }
  // DELETE /v3/contact-accounts/{id} (DeleteContactAccount)
  {
    const { data, error } = await client.DELETE('/v3/contact-accounts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/contact-accounts/{id}/contact-links/bulk (BulkAddContactsToContactAccount)
  {
    const { data, error } = await client.POST('/v3/contact-accounts/{id}/contact-links/bulk', {
      params: { path: { id: 12345 } },
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // POST /v3/contact-accounts/{id}/contact-links/bulk-delete (BulkRemoveContactsFromContactAccount)
  {
    const { data, error } = await client.POST('/v3/contact-accounts/{id}/contact-links/bulk-delete', {
      params: { path: { id: 12345 } },
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // GET /v3/contact-accounts/{id}/contacts (GetContactAccountContacts)
  {
    const { data, error } = await client.GET('/v3/contact-accounts/{id}/contacts', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/contact-accounts/{id}/owner (UpdateContactAccountOwner)
  {
    const { data, error } = await client.PUT('/v3/contact-accounts/{id}/owner', {
      params: { path: { id: 12345 } },
      body: { userId: 55 },
    });
  }
  // GET /v3/contact-blacklist-rules/domains (GetBlacklistDomainRules)
  {
    const { data, error } = await client.GET('/v3/contact-blacklist-rules/domains');
  }
  // POST /v3/contact-blacklist-rules/domains (CreateBlacklistDomainRule)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/domains', {
      body: { pattern: 'spam-domain.net' },
    });
  }
  // POST /v3/contact-blacklist-rules/domains/bulk (BulkCreateBlacklistDomainRules)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/domains/bulk', {
      body: [
        { pattern: 'spam-domain.net' },
        { pattern: 'cheap-leads.io' },
        { pattern: 'not a domain' },
      ],
    });
  }
  // POST /v3/contact-blacklist-rules/domains/bulk-delete (BulkDeleteBlacklistDomainRules)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/domains/bulk-delete', {
      body: { ids: [4321, 4322, 4400] },
    });
  }
  // GET /v3/contact-blacklist-rules/domains/{id} (GetBlacklistDomainRuleById)
  {
    const { data, error } = await client.GET('/v3/contact-blacklist-rules/domains/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/contact-blacklist-rules/domains/{id} (UpdateBlacklistDomainRule)
  {
    const { data, error } = await client.PUT('/v3/contact-blacklist-rules/domains/{id}', {
      params: { path: { id: 12345 } },
      body: { pattern: 'competitor.com' },
    });
  }
  // DELETE /v3/contact-blacklist-rules/domains/{id} (DeleteBlacklistDomainRule)
  {
    const { data, error } = await client.DELETE('/v3/contact-blacklist-rules/domains/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/contact-blacklist-rules/email-exceptions (GetBlacklistEmailExceptionRules)
  {
    const { data, error } = await client.GET('/v3/contact-blacklist-rules/email-exceptions');
  }
  // POST /v3/contact-blacklist-rules/email-exceptions (CreateBlacklistEmailExceptionRule)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/email-exceptions', {
      body: { pattern: 'jane.doe@acme.com' },
    });
  }
  // POST /v3/contact-blacklist-rules/email-exceptions/bulk (BulkCreateBlacklistEmailExceptionRules)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/email-exceptions/bulk', {
      body: [
        { pattern: 'jane.doe@acme.com' },
        { pattern: 'partners@acme.com' },
        { pattern: 'jane.doe-acme.com' },
      ],
    });
  }
  // POST /v3/contact-blacklist-rules/email-exceptions/bulk-delete (BulkDeleteBlacklistEmailExceptionRules)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/email-exceptions/bulk-delete', {
      body: { ids: [4321, 4322, 4400] },
    });
  }
  // GET /v3/contact-blacklist-rules/email-exceptions/{id} (GetBlacklistEmailExceptionRuleById)
  {
    const { data, error } = await client.GET('/v3/contact-blacklist-rules/email-exceptions/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/contact-blacklist-rules/email-exceptions/{id} (UpdateBlacklistEmailExceptionRule)
  {
    const { data, error } = await client.PUT('/v3/contact-blacklist-rules/email-exceptions/{id}', {
      params: { path: { id: 12345 } },
      body: { pattern: 'ceo@competitor.com' },
    });
  }
  // DELETE /v3/contact-blacklist-rules/email-exceptions/{id} (DeleteBlacklistEmailExceptionRule)
  {
    const { data, error } = await client.DELETE('/v3/contact-blacklist-rules/email-exceptions/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/contact-blacklist-rules/emails (GetBlacklistEmailRules)
  {
    const { data, error } = await client.GET('/v3/contact-blacklist-rules/emails');
  }
  // POST /v3/contact-blacklist-rules/emails (CreateBlacklistEmailRule)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/emails', {
      body: { pattern: 'spam@example.com' },
    });
  }
  // POST /v3/contact-blacklist-rules/emails/bulk (BulkCreateBlacklistEmailRules)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/emails/bulk', {
      body: [
        { pattern: 'spam@example.com' },
        { pattern: 'no-reply@bulk-mailer.io' },
        { pattern: 'spam-at-example' },
      ],
    });
  }
  // POST /v3/contact-blacklist-rules/emails/bulk-delete (BulkDeleteBlacklistEmailRules)
  {
    const { data, error } = await client.POST('/v3/contact-blacklist-rules/emails/bulk-delete', {
      body: { ids: [4321, 4322, 4400] },
    });
  }
  // GET /v3/contact-blacklist-rules/emails/{id} (GetBlacklistEmailRuleById)
  {
    const { data, error } = await client.GET('/v3/contact-blacklist-rules/emails/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/contact-blacklist-rules/emails/{id} (UpdateBlacklistEmailRule)
  {
    const { data, error } = await client.PUT('/v3/contact-blacklist-rules/emails/{id}', {
      params: { path: { id: 12345 } },
      body: { pattern: 'ceo@competitor.com' },
    });
  }
  // DELETE /v3/contact-blacklist-rules/emails/{id} (DeleteBlacklistEmailRule)
  {
    const { data, error } = await client.DELETE('/v3/contact-blacklist-rules/emails/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/contact-lists (GetContactLists)
  {
    const { data, error } = await client.GET('/v3/contact-lists');
  }
  // POST /v3/contact-lists (CreateContactList)
  {
    const { data, error } = await client.POST('/v3/contact-lists', {
      body: { name: 'Hot Leads' },
    });
  }
  // GET /v3/contact-lists/{id} (GetContactListById)
  {
    const { data, error } = await client.GET('/v3/contact-lists/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/contact-lists/{id} (UpdateContactList)
  {
    const { data, error } = await client.PUT('/v3/contact-lists/{id}', {
      params: { path: { id: 12345 } },
      body: { name: 'Hot Leads Q2' },
    });
  }
  // DELETE /v3/contact-lists/{id} (DeleteContactList)
  {
    const { data, error } = await client.DELETE('/v3/contact-lists/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/contact-lists/{id}/add-contacts (AddContactsToContactList)
  {
    const { data, error } = await client.POST('/v3/contact-lists/{id}/add-contacts', {
      params: { path: { id: 12345 } },
      body: { contactIds: [123] },
    });
  }
  // POST /v3/contact-lists/{id}/move-contacts (MoveContactsToContactList)
  {
    const { data, error } = await client.POST('/v3/contact-lists/{id}/move-contacts', {
      params: { path: { id: 12345 } },
      body: { contactIds: [123] },
    });
  }
  // POST /v3/contact-lists/{id}/share (ShareContactList)
  {
    const { data, error } = await client.POST('/v3/contact-lists/{id}/share', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/contact-lists/{id}/unshare (UnshareContactList)
  {
    const { data, error } = await client.POST('/v3/contact-lists/{id}/unshare', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/contacts (GetContacts)
  {
    const { data, error } = await client.GET('/v3/contacts');
  }
  // POST /v3/contacts (CreateContact)
  {
    const { data, error } = await client.POST('/v3/contacts', {
      body: {
        email: 'jane.doe@acme.com',
        firstName: 'Jane',
        lastName: 'Doe',
        company: 'Acme',
        title: 'VP of Engineering',
      },
    });
  }
  // POST /v3/contacts/bulk-delete (BulkDeleteContacts)
  {
    const { data, error } = await client.POST('/v3/contacts/bulk-delete', {
      body: { ids: [12345, 12346, 12347] },
    });
  }
  // POST /v3/contacts/filter (FilterContacts)
  {
    const { data, error } = await client.POST('/v3/contacts/filter', {
      body: {
        rules: [{ property: 'state', condition: 'equals', value: 'CA' }],
        listId: 10,
        sortBy: 'lastName',
        sortDirection: 'asc',
      },
    });
  }
  // POST /v3/contacts/import (ImportContacts)
  {
    const { data, error } = await client.POST('/v3/contacts/import', {
      body: {
        items: [
          {
            email: 'john.doe@company.com',
            firstName: 'John',
            lastName: 'Doe',
            company: 'Tech Solutions Inc',
            title: 'Senior Product Manager',
            companySize: 'OneThousand',
          },
          {
            email: 'jane.smith@globex.io',
            firstName: 'Jane',
            lastName: 'Smith',
            company: 'Globex',
            customFields: [{ name: 'leadSource', value: 'Webinar' }],
          },
        ],
        options: { overwriteExisting: true, detectTimeZone: true, listIds: [10] },
      },
    });
  }
  // PUT /v3/contacts/owner (ChangeContactsOwner)
  {
    const { data, error } = await client.PUT('/v3/contacts/owner', {
      body: { contactIds: [12345, 12346], userId: 55, reassignTasks: true },
    });
  }
  // POST /v3/contacts/set-bounced (SetContactsBounced)
  {
    const { data, error } = await client.POST('/v3/contacts/set-bounced', {
      body: { contactIds: [123], isBounced: true },
    });
  }
  // POST /v3/contacts/set-replied (SetContactsReplied)
  {
    const { data, error } = await client.POST('/v3/contacts/set-replied', {
      body: { contactIds: [123, 124], isReplied: true },
    });
  }
  // POST /v3/contacts/set-status-in-sequence (SetContactsStatusInSequence)
  {
    const { data, error } = await client.POST('/v3/contacts/set-status-in-sequence', {
      body: { contactIds: [123], statusInSequence: 'active' },
    });
  }
  // GET /v3/contacts/{id} (GetContactById)
  {
    const { data, error } = await client.GET('/v3/contacts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // DELETE /v3/contacts/{id} (DeleteContact)
  {
    const { data, error } = await client.DELETE('/v3/contacts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PATCH /v3/contacts/{id} (UpdateContact)
  {
    const { data, error } = await client.PATCH('/v3/contacts/{id}', {
      params: { path: { id: 12345 } },
      body: {
        firstName: 'Jane',
        company: 'New Company Inc',
        ownerUserId: 55,
        customFields: [
          { id: 1, value: 'Updated Value' },
          { name: 'leadSource', value: 'Referral' },
        ],
      },
    });
  }
  // GET /v3/contacts/{id}/activities (GetContactActivities)
  {
    const { data, error } = await client.GET('/v3/contacts/{id}/activities', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/contacts/{id}/inbox-threads (GetContactInboxThreads)
  {
    const { data, error } = await client.GET('/v3/contacts/{id}/inbox-threads', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/contacts/{id}/lists (GetContactListsForContact)
  {
    const { data, error } = await client.GET('/v3/contacts/{id}/lists', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/contacts/{id}/move-to-sequence (MoveContactToSequence)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/move-to-sequence', {
      params: { path: { id: 12345 } },
      body: {
        sequenceId: 100,
        removeFromExisting: true,
        startStepId: 5421,
        ignoreStepDelay: false,
        startFrom: '2024-03-09T08:00:00+00:00',
      },
    });
  }
  // POST /v3/contacts/{id}/notes (AddContactNote)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/notes', {
      params: { path: { id: 12345 } },
      body: { notes: 'Asked for a follow-up after the Q3 budget review.' },
    });
  }
  // POST /v3/contacts/{id}/send-direct-email (SendDirectEmail)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/send-direct-email', {
      params: { path: { id: 12345 } },
      body: {
        subject: 'Following up on our call',
        body: '<p>Hi Jane,</p><p>Thanks for your time today. The deck is attached.</p>',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-ai-voice (SendDirectLinkedInAiVoice)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/send-direct-linkedin-ai-voice', {
      params: { path: { id: 12345 } },
      body: {
        linkedInAccountId: 77,
        script: 'Hi Jane, it\'s Sam from Reply. I\'d love to show you how Acme could book more meetings.',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-connect (SendDirectLinkedInConnect)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/send-direct-linkedin-connect', {
      params: { path: { id: 12345 } },
      body: {
        linkedInAccountId: 77,
        message: 'Hi Jane, great meeting you at SaaStr. Let\'s connect!',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-inmail (SendDirectLinkedInInMail)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/send-direct-linkedin-inmail', {
      params: { path: { id: 12345 } },
      body: {
        linkedInAccountId: 77,
        subject: 'Quick question about Acme\'s outbound',
        body: 'Hi Jane, I noticed Acme is growing its sales team. Would a 15-minute call next week make sense?',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-message (SendDirectLinkedInMessage)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/send-direct-linkedin-message', {
      params: { path: { id: 12345 } },
      body: {
        linkedInAccountId: 77,
        message: 'Thanks for connecting, Jane! Happy to share how teams like Acme use Reply.',
      },
    });
  }
  // POST /v3/contacts/{id}/send-direct-linkedin-voice (SendDirectLinkedInVoice)
  {
    const { data, error } = await client.POST('/v3/contacts/{id}/send-direct-linkedin-voice', {
      params: { path: { id: 12345 } },
      body: { linkedInAccountId: 77, voiceAttachmentId: 9001 },
    });
  }
  // GET /v3/contacts/{id}/sequences (GetContactSequences)
  {
    const { data, error } = await client.GET('/v3/contacts/{id}/sequences', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/contacts/{id}/statuses (GetContactStatuses)
  {
    const { data, error } = await client.GET('/v3/contacts/{id}/statuses', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/custom-fields (GetCustomFields)
  {
    const { data, error } = await client.GET('/v3/custom-fields');
  }
  // POST /v3/custom-fields (CreateCustomField)
  {
    const { data, error } = await client.POST('/v3/custom-fields', {
      body: {
        title: 'Lead Source',
        fieldType: 'text',
        metadata: null,
        orgWide: false,
      },
    });
  }
  // GET /v3/custom-fields/{id} (GetCustomFieldById)
  {
    const { data, error } = await client.GET('/v3/custom-fields/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/custom-fields/{id} (UpdateCustomField)
  {
    const { data, error } = await client.PUT('/v3/custom-fields/{id}', {
      params: { path: { id: 12345 } },
      body: { title: 'Original Lead Source', fieldType: 'text', metadata: null },
    });
  }
  // DELETE /v3/custom-fields/{id} (DeleteCustomField)
  {
    const { data, error } = await client.DELETE('/v3/custom-fields/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/email-accounts (ListEmailAccounts)
  {
    const { data, error } = await client.GET('/v3/email-accounts');
  }
  // POST /v3/email-accounts (CreateEmailAccount)
  {
    const { data, error } = await client.POST('/v3/email-accounts', {
      body: {
        connection: {
          email: 'sales@company.com',
          senderName: 'Sales Team',
          smtpHost: 'smtp.company.com',
          smtpPort: 465,
          smtpPassword: 'secret123',
          smtpSsl: true,
          imapHost: 'imap.company.com',
          imapPort: 993,
          imapPassword: 'secret123',
          imapSsl: true,
        },
        safety: { dailyLimit: 500 },
        signature: { signature: 'Best regards,\nSales Team' },
        optOut: { isOptOutLinkEnabled: true, optOutTextBlock: 'Unsubscribe here' },
        rampUp: { enabled: false, startValue: 10, incrementValue: 5 },
        tags: ['Outbound'],
      },
    });
  }
  // POST /v3/email-accounts/bulk-delete (BulkDeleteEmailAccounts)
  {
    const { data, error } = await client.POST('/v3/email-accounts/bulk-delete', {
      body: { ids: [123, 456, 789] },
    });
  }
  // GET /v3/email-accounts/connect/gmail (ConnectGmailAccount)
  {
    const { data, error } = await client.GET('/v3/email-accounts/connect/gmail');
  }
  // GET /v3/email-accounts/connect/office-365 (ConnectOffice365Account)
  {
    const { data, error } = await client.GET('/v3/email-accounts/connect/office-365');
  }
  // POST /v3/email-accounts/filter (FilterEmailAccounts)
  {
    const { data, error } = await client.POST('/v3/email-accounts/filter', {
      body: {
        status: 'connected',
        emailAccountType: 'Gmail',
        domains: ['company.com'],
        tags: ['Marketing'],
      },
    });
  }
  // GET /v3/email-accounts/tags (ListEmailAccountTags)
  {
    const { data, error } = await client.GET('/v3/email-accounts/tags');
  }
  // PUT /v3/email-accounts/tags/{tagId} (UpdateEmailAccountTag)
  {
    const { data, error } = await client.PUT('/v3/email-accounts/tags/{tagId}', {
      params: { path: { tagId: 12345 } },
      body: { name: 'Inbound', colorId: 3 },
    });
  }
  // POST /v3/email-accounts/test/imap (TestImapConnectivity)
  {
    const { data, error } = await client.POST('/v3/email-accounts/test/imap', {
      body: {
        host: 'imap.company.com',
        port: 993,
        enableSsl: true,
        userName: 'sales@company.com',
        password: 'secret123',
      },
    });
  }
  // POST /v3/email-accounts/test/smtp (TestSmtpConnectivity)
  {
    const { data, error } = await client.POST('/v3/email-accounts/test/smtp', {
      body: {
        host: 'smtp.company.com',
        port: 465,
        enableSsl: true,
        userName: 'sales@company.com',
        password: 'secret123',
      },
    });
  }
  // GET /v3/email-accounts/{id} (GetEmailAccount)
  {
    const { data, error } = await client.GET('/v3/email-accounts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // DELETE /v3/email-accounts/{id} (DeleteEmailAccount)
  {
    const { data, error } = await client.DELETE('/v3/email-accounts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PATCH /v3/email-accounts/{id} (UpdateEmailAccount)
  {
    const { data, error } = await client.PATCH('/v3/email-accounts/{id}', {
      params: { path: { id: 12345 } },
      body: {
        safety: { dailyLimit: 750 },
        signature: { signature: 'Updated signature' },
      },
    });
  }
  // POST /v3/email-accounts/{id}/resume-sending (ResumeSending)
  {
    const { data, error } = await client.POST('/v3/email-accounts/{id}/resume-sending', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/email-accounts/{id}/set-default (SetDefaultEmailAccount)
  {
    const { data, error } = await client.POST('/v3/email-accounts/{id}/set-default', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/email-accounts/{id}/tags (AddTagsToEmailAccount)
  {
    const { data, error } = await client.POST('/v3/email-accounts/{id}/tags', {
      params: { path: { id: 12345 } },
      body: { tags: ['Marketing', 'Outbound'] },
    });
  }
  // DELETE /v3/email-accounts/{id}/tags (RemoveTagsFromEmailAccount)
  {
    const { data, error } = await client.DELETE('/v3/email-accounts/{id}/tags', {
      params: { path: { id: 12345 } },
      body: { tags: ['Marketing', 'Outbound'] },
    });
  }
  // POST /v3/email-template-attachments (UploadEmailTemplateAttachment)
  {
    const { data, error } = await client.POST('/v3/email-template-attachments', {
      body: { file: await openAsBlob('%PDF-1.7 ...') },
    });
  }
  // GET /v3/email-template-folders (ListEmailTemplateFolders)
  {
    const { data, error } = await client.GET('/v3/email-template-folders');
  }
  // POST /v3/email-template-folders (CreateEmailTemplateFolder)
  {
    const { data, error } = await client.POST('/v3/email-template-folders', {
      body: { name: 'Outbound Q3', folderType: 'team' },
    });
  }
  // GET /v3/email-template-folders/{id} (GetEmailTemplateFolder)
  {
    const { data, error } = await client.GET('/v3/email-template-folders/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/email-template-folders/{id} (UpdateEmailTemplateFolder)
  {
    const { data, error } = await client.PUT('/v3/email-template-folders/{id}', {
      params: { path: { id: 12345 } },
      body: { name: 'Outbound Q4' },
    });
  }
  // DELETE /v3/email-template-folders/{id} (DeleteEmailTemplateFolder)
  {
    const { data, error } = await client.DELETE('/v3/email-template-folders/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/email-template-folders/{id}/share (ShareEmailTemplateFolder)
  {
    const { data, error } = await client.POST('/v3/email-template-folders/{id}/share', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/email-templates (ListEmailTemplates)
  {
    const { data, error } = await client.GET('/v3/email-templates');
  }
  // POST /v3/email-templates (CreateEmailTemplate)
  {
    const { data, error } = await client.POST('/v3/email-templates', {
      body: {
        name: 'Follow-up template',
        subject: 'Quick follow-up',
        body: '<p>Hi {{FirstName}},</p>',
        folderId: 5,
        folderType: 'personal',
        attachmentIds: [880],
      },
    });
  }
  // GET /v3/email-templates/variables (GetEmailTemplateVariables)
  {
    const { data, error } = await client.GET('/v3/email-templates/variables');
  }
  // GET /v3/email-templates/{id} (GetEmailTemplate)
  {
    const { data, error } = await client.GET('/v3/email-templates/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/email-templates/{id} (UpdateEmailTemplate)
  {
    const { data, error } = await client.PUT('/v3/email-templates/{id}', {
      params: { path: { id: 12345 } },
      body: {
        name: 'Follow-up template',
        subject: 'Following up',
        body: '<p>Hi {{FirstName}}, just checking in.</p>',
        attachmentIds: [],
      },
    });
  }
  // DELETE /v3/email-templates/{id} (DeleteEmailTemplate)
  {
    const { data, error } = await client.DELETE('/v3/email-templates/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/email-templates/{id}/clone (CloneEmailTemplate)
  {
    const { data, error } = await client.POST('/v3/email-templates/{id}/clone', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/email-templates/{id}/move (MoveEmailTemplate)
  {
    const { data, error } = await client.POST('/v3/email-templates/{id}/move', {
      params: { path: { id: 12345 } },
      body: { folderId: 10, folderType: 'team' },
    });
  }
  // POST /v3/email-templates/{id}/render (RenderEmailTemplate)
  {
    const { data, error } = await client.POST('/v3/email-templates/{id}/render', {
      params: { path: { id: 12345 } },
      body: { contactId: 90514382, sequenceId: 100, emailAccountId: 12345 },
    });
  }
  // POST /v3/email-templates/{id}/send-test (SendTestEmailTemplate)
  {
    const { data, error } = await client.POST('/v3/email-templates/{id}/send-test', {
      params: { path: { id: 12345 } },
      body: { email: 'jane.doe@acme.com', emailAccountId: 12345 },
    });
  }
  // POST /v3/email-validations/estimate (EstimateEmailValidation)
  {
    const { data, error } = await client.POST('/v3/email-validations/estimate', {
      body: { contactIds: [2, 3], acceptPartial: true },
    });
  }
  // POST /v3/email-validations/schedule (ScheduleEmailValidation)
  {
    const { data, error } = await client.POST('/v3/email-validations/schedule', {
      body: { contactIds: [2, 3], acceptPartial: true },
    });
  }
  // GET /v3/holiday-calendars (ListHolidayCalendars)
  {
    const { data, error } = await client.GET('/v3/holiday-calendars');
  }
  // POST /v3/holiday-calendars (CreateHolidayCalendar)
  {
    const { data, error } = await client.POST('/v3/holiday-calendars', {
      body: {
        name: 'Company Holidays 2026',
        repeatEveryYear: false,
        holidays: [
          {
            startDate: '2026-07-04',
            endDate: '2026-07-04',
            name: 'Independence Day',
          },
          {
            startDate: '2026-12-24',
            endDate: '2026-12-26',
            name: 'Christmas Break',
          },
        ],
      },
    });
  }
  // GET /v3/holiday-calendars/{id} (GetHolidayCalendar)
  {
    const { data, error } = await client.GET('/v3/holiday-calendars/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/holiday-calendars/{id} (UpdateHolidayCalendar)
  {
    const { data, error } = await client.PUT('/v3/holiday-calendars/{id}', {
      params: { path: { id: 12345 } },
      body: {
        name: 'Company Holidays 2026 (Updated)',
        repeatEveryYear: true,
        holidays: [
          {
            startDate: '2026-07-04',
            endDate: '2026-07-04',
            name: 'Independence Day',
          },
        ],
      },
    });
  }
  // DELETE /v3/holiday-calendars/{id} (DeleteHolidayCalendar)
  {
    const { data, error } = await client.DELETE('/v3/holiday-calendars/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/holiday-calendars/{id}/export-csv (ExportHolidayCalendarCsv)
  {
    const { data, error } = await client.GET('/v3/holiday-calendars/{id}/export-csv', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/inbox/threads (ListInboxThreads)
  {
    const { data, error } = await client.GET('/v3/inbox/threads');
  }
  // POST /v3/inbox/threads/bulk-delete (BulkDeleteInboxThreads)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/bulk-delete', {
      body: { threadIds: [58217, 58198] },
    });
  }
  // GET /v3/inbox/threads/categories (ListInboxCategories)
  {
    const { data, error } = await client.GET('/v3/inbox/threads/categories');
  }
  // POST /v3/inbox/threads/categories (CreateInboxCategory)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/categories', {
      body: { name: 'Hot Leads', color: 'red' },
    });
  }
  // GET /v3/inbox/threads/categories/{id} (GetInboxCategory)
  {
    const { data, error } = await client.GET('/v3/inbox/threads/categories/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/inbox/threads/categories/{id} (UpdateInboxCategory)
  {
    const { data, error } = await client.PUT('/v3/inbox/threads/categories/{id}', {
      params: { path: { id: 12345 } },
      body: { name: 'Warm Leads', color: 'orange' },
    });
  }
  // DELETE /v3/inbox/threads/categories/{id} (DeleteInboxCategory)
  {
    const { data, error } = await client.DELETE('/v3/inbox/threads/categories/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/inbox/threads/categories/{id}/thread-links/bulk (AssignThreadsToInboxCategory)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/categories/{id}/thread-links/bulk', {
      params: { path: { id: 12345 } },
      body: { threadIds: [58217, 58198] },
    });
  }
  // POST /v3/inbox/threads/categories/{id}/thread-links/bulk-delete (UnassignThreadsFromInboxCategory)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/categories/{id}/thread-links/bulk-delete', {
      params: { path: { id: 12345 } },
      body: { threadIds: [58217, 58198] },
    });
  }
  // POST /v3/inbox/threads/filter (FilterInboxThreads)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/filter', {
      body: { channels: ['email'], categoryIds: [7], source: 'unread' },
    });
  }
  // POST /v3/inbox/threads/mark-as-read (MarkInboxThreadsAsRead)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/mark-as-read', {
      body: { threadIds: [58217, 58198] },
    });
  }
  // POST /v3/inbox/threads/mark-as-unread (MarkInboxThreadsAsUnread)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/mark-as-unread', {
      body: { threadIds: [58217, 58198] },
    });
  }
  // GET /v3/inbox/threads/{id} (GetInboxThread)
  {
    const { data, error } = await client.GET('/v3/inbox/threads/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // DELETE /v3/inbox/threads/{id} (DeleteInboxThread)
  {
    const { data, error } = await client.DELETE('/v3/inbox/threads/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/inbox/threads/{id}/ai-draft/generate (GenerateInboxAiDraft)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/{id}/ai-draft/generate', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/inbox/threads/{id}/category (SetInboxThreadCategory)
  {
    const { data, error } = await client.PUT('/v3/inbox/threads/{id}/category', {
      params: { path: { id: 12345 } },
      body: { categoryId: 42 },
    });
  }
  // PUT /v3/inbox/threads/{id}/meeting-intent (SetInboxThreadMeetingIntent)
  {
    const { data, error } = await client.PUT('/v3/inbox/threads/{id}/meeting-intent', {
      params: { path: { id: 12345 } },
      body: { hasMeetingIntent: true },
    });
  }
  // GET /v3/inbox/threads/{id}/messages (ListInboxThreadMessages)
  {
    const { data, error } = await client.GET('/v3/inbox/threads/{id}/messages', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/inbox/threads/{id}/messages (SendInboxThreadMessage)
  {
    const { data, error } = await client.POST('/v3/inbox/threads/{id}/messages', {
      params: { path: { id: 12345 } },
      body: {
        channel: 'email',
        message: 'Thanks — does Tuesday at 10am work?',
        cc: ['cc@northwind.example'],
        applySignature: true,
        replyToMessageId: '<d4e5f6@northwind.example>',
      },
    });
  }
  // GET /v3/linkedin-accounts (ListLinkedInAccounts)
  {
    const { data, error } = await client.GET('/v3/linkedin-accounts');
  }
  // POST /v3/linkedin-accounts/bulk-delete (BulkDeleteLinkedInAccounts)
  {
    const { data, error } = await client.POST('/v3/linkedin-accounts/bulk-delete', {
      body: { ids: [10, 11, 12], force: true },
    });
  }
  // POST /v3/linkedin-accounts/connect (CreateDirectLinkedInConnectionLink)
  {
    const { data, error } = await client.POST('/v3/linkedin-accounts/connect', {
      body: { name: 'John Doe LinkedIn' },
    });
  }
  // POST /v3/linkedin-accounts/connection-link (CreateLinkedInConnectionLink)
  {
    const { data, error } = await client.POST('/v3/linkedin-accounts/connection-link', {
      body: { name: 'John Doe LinkedIn' },
    });
  }
  // GET /v3/linkedin-accounts/pending (ListPendingLinkedInAccounts)
  {
    const { data, error } = await client.GET('/v3/linkedin-accounts/pending');
  }
  // DELETE /v3/linkedin-accounts/pending/{id} (DeletePendingLinkedInAccount)
  {
    const { data, error } = await client.DELETE('/v3/linkedin-accounts/pending/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/linkedin-accounts/{id} (GetLinkedInAccount)
  {
    const { data, error } = await client.GET('/v3/linkedin-accounts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // DELETE /v3/linkedin-accounts/{id} (DeleteLinkedInAccount)
  {
    const { data, error } = await client.DELETE('/v3/linkedin-accounts/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/linkedin-accounts/{id}/limits (UpdateLinkedInAccountLimits)
  {
    const { data, error } = await client.PUT('/v3/linkedin-accounts/{id}/limits', {
      params: { path: { id: 12345 } },
      body: {
        limitsMode: 'Fixed',
        fixedMax: {
          dailyDetectCount: 100,
          dailySendConnectionRequestCount: 20,
          dailySendMessageCount: 50,
          dailySendSalesNavigatorConnectionRequestCount: 10,
          dailyInMailCount: 10,
          dailyViewProfileCount: 80,
          dailyLikeRecentPostsCount: 30,
          dailyRevokeConnectionCount: 10,
          dailyEndorsedSkillsCount: 10,
          dailyFollowedProfilesCount: 20,
          dailyCommentRecentPostCount: 5,
        },
        actionDelayMinSeconds: 60,
        actionDelayMaxSeconds: 300,
      },
    });
  }
  // POST /v3/linkedin-accounts/{id}/reconnect (ReconnectLinkedInAccount)
  {
    const { data, error } = await client.POST('/v3/linkedin-accounts/{id}/reconnect', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/linkedin-accounts/{id}/revoke-settings (UpdateLinkedInAccountRevokeSettings)
  {
    const { data, error } = await client.PUT('/v3/linkedin-accounts/{id}/revoke-settings', {
      params: { path: { id: 12345 } },
      body: { enabled: true, periodDays: 21 },
    });
  }
  // POST /v3/linkedin-accounts/{id}/toggle-status (ToggleLinkedInAccountStatus)
  {
    const { data, error } = await client.POST('/v3/linkedin-accounts/{id}/toggle-status', {
      params: { path: { id: 12345 } },
      body: { status: 'disabled' },
    });
  }
  // GET /v3/live-data/filter-values/departments (ListLiveDataDepartmentFilterValues)
  {
    const { data, error } = await client.GET('/v3/live-data/filter-values/departments');
  }
  // GET /v3/live-data/filter-values/industries (ListLiveDataIndustryFilterValues)
  {
    const { data, error } = await client.GET('/v3/live-data/filter-values/industries');
  }
  // GET /v3/live-data/filter-values/job-titles (ListLiveDataJobTitleFilterValues)
  {
    const { data, error } = await client.GET('/v3/live-data/filter-values/job-titles');
  }
  // GET /v3/live-data/filter-values/locations (ListLiveDataLocationFilterValues)
  {
    const { data, error } = await client.GET('/v3/live-data/filter-values/locations');
  }
  // GET /v3/live-data/filter-values/seniorities (ListLiveDataSeniorityFilterValues)
  {
    const { data, error } = await client.GET('/v3/live-data/filter-values/seniorities');
  }
  // GET /v3/live-data/searches (ListLiveDataSearches)
  {
    const { data, error } = await client.GET('/v3/live-data/searches');
  }
  // POST /v3/live-data/searches (StartLiveDataSearch)
  {
    const { data, error } = await client.POST('/v3/live-data/searches', {
      body: {
        filters: {
          jobTitles: [{ value: 'VP of Sales', type: 'include' }],
          industries: [{ value: 'Software', type: 'include' }],
          companySizes: ['fifty', 'twoHundred'],
          contactLocations: [{ value: 'United States', type: 'include' }],
          seniorities: ['vp', 'director'],
        },
        contactsCountToAdd: 50,
        addContactsWithoutEmails: false,
        maxPeoplePerCompany: 2,
        sequenceId: 100,
        listIds: [10],
        searchContactPhones: true,
      },
    });
  }
  // POST /v3/live-data/searches/preview (PreviewLiveDataSearch)
  {
    const { data, error } = await client.POST('/v3/live-data/searches/preview', {
      body: {
        filters: {
          jobTitles: [{ value: 'VP of Sales', type: 'include' }],
          industries: [{ value: 'Software', type: 'include' }],
          companySizes: ['fifty', 'twoHundred'],
          contactLocations: [{ value: 'United States', type: 'include' }],
          seniorities: ['vp', 'director'],
        },
        maxPeoplePerCompany: 2,
      },
    });
  }
  // GET /v3/live-data/searches/{id} (GetLiveDataSearch)
  {
    const { data, error } = await client.GET('/v3/live-data/searches/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/reporting/calls (GetCallsList)
  {
    const { data, error } = await client.POST('/v3/reporting/calls', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/calls/overview (GetCallsOverview)
  {
    const { data, error } = await client.POST('/v3/reporting/calls/overview', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/channel-efficiency/overview (GetChannelEfficiencyOverview)
  {
    const { data, error } = await client.POST('/v3/reporting/channel-efficiency/overview', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/emails (GetEmailsList)
  {
    const { data, error } = await client.POST('/v3/reporting/emails', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/emails/overview (GetEmailsOverview)
  {
    const { data, error } = await client.POST('/v3/reporting/emails/overview', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/linkedin (GetLinkedInList)
  {
    const { data, error } = await client.POST('/v3/reporting/linkedin', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/linkedin/overview (GetLinkedInOverview)
  {
    const { data, error } = await client.POST('/v3/reporting/linkedin/overview', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/tasks (GetTasksList)
  {
    const { data, error } = await client.POST('/v3/reporting/tasks', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/tasks/overview (GetTasksOverview)
  {
    const { data, error } = await client.POST('/v3/reporting/tasks/overview', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/team-performance/meetings (GetMeetingsList)
  {
    const { data, error } = await client.POST('/v3/reporting/team-performance/meetings', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // POST /v3/reporting/team-performance/overview (GetTeamPerformanceOverview)
  {
    const { data, error } = await client.POST('/v3/reporting/team-performance/overview', {
      body: { filters: { dateRangePreset: 'lastWeek' } },
    });
  }
  // GET /v3/schedules (ListSchedules)
  {
    const { data, error } = await client.GET('/v3/schedules');
  }
  // POST /v3/schedules (CreateSchedule)
  {
    const { data, error } = await client.POST('/v3/schedules', {
      body: {
        name: 'Evening outreach',
        timezoneId: 'GMT Standard Time',
        excludeHolidays: false,
        useProspectTimezone: true,
        useFollowUpSchedule: false,
        mainTimings: [
          {
            weekDay: 'Monday',
            isActive: true,
            timeRanges: [
              { fromTime: { hour: 18, minute: 0 }, toTime: { hour: 21, minute: 0 } },
            ],
          },
        ],
        followUpTimings: [],
      },
    });
  }
  // GET /v3/schedules/{id} (GetSchedule)
  {
    const { data, error } = await client.GET('/v3/schedules/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/schedules/{id} (UpdateSchedule)
  {
    const { data, error } = await client.PUT('/v3/schedules/{id}', {
      params: { path: { id: 12345 } },
      body: {
        name: 'Evening outreach',
        timezoneId: 'GMT Standard Time',
        excludeHolidays: false,
        useProspectTimezone: true,
        useFollowUpSchedule: false,
        mainTimings: [
          {
            weekDay: 'Monday',
            isActive: true,
            timeRanges: [
              { fromTime: { hour: 18, minute: 0 }, toTime: { hour: 21, minute: 0 } },
            ],
          },
        ],
        followUpTimings: [],
      },
    });
  }
  // DELETE /v3/schedules/{id} (DeleteSchedule)
  {
    const { data, error } = await client.DELETE('/v3/schedules/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/schedules/{id}/holiday-calendar-links (LinkHolidayCalendarToSchedule)
  {
    const { data, error } = await client.POST('/v3/schedules/{id}/holiday-calendar-links', {
      params: { path: { id: 12345 } },
      body: { calendarId: 3 },
    });
  }
  // DELETE /v3/schedules/{id}/holiday-calendar-links/{calendarId} (UnlinkHolidayCalendarFromSchedule)
  {
    const { data, error } = await client.DELETE('/v3/schedules/{id}/holiday-calendar-links/{calendarId}', {
      params: { path: { id: 12345, calendarId: 12345 } },
    });
  }
  // GET /v3/schedules/{id}/holiday-calendars (ListScheduleHolidayCalendars)
  {
    const { data, error } = await client.GET('/v3/schedules/{id}/holiday-calendars', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/schedules/{id}/set-default (SetDefaultSchedule)
  {
    const { data, error } = await client.POST('/v3/schedules/{id}/set-default', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/sequence-folders (GetSequenceFolders)
  {
    const { data, error } = await client.GET('/v3/sequence-folders');
  }
  // POST /v3/sequence-folders (CreateSequenceFolder)
  {
    const { data, error } = await client.POST('/v3/sequence-folders', {
      body: { name: 'Q3 campaigns' },
    });
  }
  // GET /v3/sequence-folders/{id} (GetSequenceFolderById)
  {
    const { data, error } = await client.GET('/v3/sequence-folders/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // PUT /v3/sequence-folders/{id} (UpdateSequenceFolder)
  {
    const { data, error } = await client.PUT('/v3/sequence-folders/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: { name: 'Q3 campaigns (EMEA)' },
    });
  }
  // DELETE /v3/sequence-folders/{id} (DeleteSequenceFolder)
  {
    const { data, error } = await client.DELETE('/v3/sequence-folders/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // POST /v3/sequence-folders/{id}/sequence-links/bulk (BulkAssignSequencesToFolder)
  {
    const { data, error } = await client.POST('/v3/sequence-folders/{id}/sequence-links/bulk', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: { sequenceIds: [123, 124, 125] },
    });
  }
  // POST /v3/sequence-folders/{id}/sequence-links/bulk-delete (BulkUnassignSequencesFromFolder)
  {
    const { data, error } = await client.POST('/v3/sequence-folders/{id}/sequence-links/bulk-delete', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
      body: { sequenceIds: [123, 124, 125] },
    });
  }
  // GET /v3/sequence-folders/{id}/sequences (GetFolderSequences)
  {
    const { data, error } = await client.GET('/v3/sequence-folders/{id}/sequences', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // GET /v3/sequence-templates (GetSequenceTemplates)
  {
    const { data, error } = await client.GET('/v3/sequence-templates');
  }
  // DELETE /v3/sequence-templates/{id} (DeleteSequenceTemplate)
  {
    const { data, error } = await client.DELETE('/v3/sequence-templates/{id}', {
      params: { path: { id: '3f0e7d2c-1b1a-4c55-9f0e-2b7f6c9a4d11' } },
    });
  }
  // GET /v3/sequences (GetSequences)
  {
    const { data, error } = await client.GET('/v3/sequences');
  }
  // POST /v3/sequences (CreateSequence)
  {
    const { data, error } = await client.POST('/v3/sequences', {
      body: {
        name: 'Sales Outreach 2024',
        scheduleId: 1,
        emailAccounts: [101, 102],
        linkedInAccounts: [42],
        settings: {
          emailsCountPerDay: 50,
          daysToFinishProspect: 14,
          emailSendingDelaySeconds: 30,
          dailyThrottling: 200,
          useDailyThrottling: true,
          disableOpensTracking: false,
          repliesHandlingType: 'markAsFinished',
          enableLinksTracking: true,
        },
        steps: [
          {
            type: 'email',
            delayInMinutes: 0,
            executionMode: 'automatic',
            variants: [
              {
                subject: 'Quick question about {{companyName}}',
                message: '<p>Hi {{firstName}},</p><p>I noticed you\'re leading initiatives at {{companyName}} and wanted to reach out.</p><p>Best regards</p>',
              },
            ],
          },
          {
            type: 'linkedIn',
            actionType: 'message',
            delayInMinutes: 1440,
            executionMode: 'automatic',
            variants: [
              {
                message: 'Hi {{firstName}}, would love to connect!',
                isEnabled: true,
              },
            ],
          },
        ],
      },
    });
  }
  // POST /v3/sequences/ai-sdr (CreateAiSdrSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr', {
      body: {
        name: 'Logistics directors - Q3',
        offerId: 4821,
        sequenceStructureSetup: {
          generatedStepTypes: ['email', 'linkedIn'],
          numberOfSteps: 5,
        },
        emailAccounts: [101],
        linkedInAccounts: [7],
        toneOfVoice: { toneOfVoice: 'straightforward', messageLength: 'short' },
        approvalMode: { enabled: true },
      },
    });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/approval-mode (SetAiSdrSequenceApprovalMode)
  {
    const { data, error } = await client.PUT('/v3/sequences/ai-sdr/{sequence_id}/approval-mode', {
      params: { path: { sequence_id: 12345 } },
      body: { enabled: true },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/disable (DisableAiSdrSequenceAutopilot)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr/{sequence_id}/autopilot/disable', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/enable (EnableAiSdrSequenceAutopilot)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr/{sequence_id}/autopilot/enable', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/force-start (ForceStartAiSdrSequenceAutopilot)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr/{sequence_id}/autopilot/force-start', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/preview (PreviewAutopilot)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr/{sequence_id}/autopilot/preview', {
      params: { path: { sequence_id: 12345 } },
      body: {
        filters: {
          industries: [{ value: 'Logistics' }],
          jobTitles: [{ value: 'Director of Operations' }],
          companySizes: ['twoHundred'],
        },
        maxPeoplePerCompany: 2,
      },
    });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval (GetApprovalByContact)
  {
    const { data, error } = await client.GET('/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval', {
      params: { path: { sequence_id: 12345, contact_id: 12345 } },
    });
  }
  // DELETE /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval (DeleteApproval)
  {
    const { data, error } = await client.DELETE('/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval', {
      params: { path: { sequence_id: 12345, contact_id: 12345 } },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/regenerate (RegenerateApproval)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/regenerate', {
      params: { path: { sequence_id: 12345, contact_id: 12345 } },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/send (SendApproval)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/send', {
      params: { path: { sequence_id: 12345, contact_id: 12345 } },
      body: {
        subject: 'Fewer pick errors at NorthStar?',
        body: 'Hi Jane, a quick idea on cutting pick errors. Open to 15 minutes on Thursday?',
      },
    });
  }
  // POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/preview/personalize (PersonalizeSequencePreview)
  {
    const { data, error } = await client.POST('/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/preview/personalize', {
      params: { path: { sequence_id: 12345, contact_id: 12345 } },
    });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/generated-step-types (SetAiSdrSequenceGeneratedStepTypes)
  {
    const { data, error } = await client.PUT('/v3/sequences/ai-sdr/{sequence_id}/generated-step-types', {
      params: { path: { sequence_id: 12345 } },
      body: { generatedStepTypes: ['email'] },
    });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/knowledge-base (GetAiSdrSequenceKnowledgeBase)
  {
    const { data, error } = await client.GET('/v3/sequences/ai-sdr/{sequence_id}/knowledge-base', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/knowledge-base (SetAiSdrSequenceKnowledgeBase)
  {
    const { data, error } = await client.PUT('/v3/sequences/ai-sdr/{sequence_id}/knowledge-base', {
      params: { path: { sequence_id: 12345 } },
      body: { knowledgeBaseId: 512 },
    });
  }
  // DELETE /v3/sequences/ai-sdr/{sequence_id}/knowledge-base (ClearAiSdrSequenceKnowledgeBase)
  {
    const { data, error } = await client.DELETE('/v3/sequences/ai-sdr/{sequence_id}/knowledge-base', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/playbook (GetAiSdrSequencePlaybook)
  {
    const { data, error } = await client.GET('/v3/sequences/ai-sdr/{sequence_id}/playbook', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // PUT /v3/sequences/ai-sdr/{sequence_id}/playbook (SetAiSdrSequencePlaybook)
  {
    const { data, error } = await client.PUT('/v3/sequences/ai-sdr/{sequence_id}/playbook', {
      params: { path: { sequence_id: 12345 } },
      body: { playbookId: 't-7' },
    });
  }
  // DELETE /v3/sequences/ai-sdr/{sequence_id}/playbook (ClearAiSdrSequencePlaybook)
  {
    const { data, error } = await client.DELETE('/v3/sequences/ai-sdr/{sequence_id}/playbook', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // GET /v3/sequences/ai-sdr/{sequence_id}/settings (GetAiSdrSequenceSettings)
  {
    const { data, error } = await client.GET('/v3/sequences/ai-sdr/{sequence_id}/settings', {
      params: { path: { sequence_id: 12345 } },
    });
  }
  // PATCH /v3/sequences/ai-sdr/{sequence_id}/settings (UpdateAiSdrSequenceSettings)
  {
    const { data, error } = await client.PATCH('/v3/sequences/ai-sdr/{sequence_id}/settings', {
      params: { path: { sequence_id: 12345 } },
      body: {
        toneOfVoice: { toneOfVoice: 'empathetic', language: 'englishUK' },
        providerLLM: 'gemini',
      },
    });
  }
  // POST /v3/sequences/archive (BulkArchiveSequences)
  {
    const { data, error } = await client.POST('/v3/sequences/archive', {
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/batch/owner (BulkChangeSequenceOwner)
  {
    const { data, error } = await client.POST('/v3/sequences/batch/owner', {
      body: { ids: [123, 124], userId: 57 },
    });
  }
  // POST /v3/sequences/bulk-delete (BulkDeleteSequences)
  {
    const { data, error } = await client.POST('/v3/sequences/bulk-delete', {
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/create-from-template (CreateSequenceFromTemplate)
  {
    const { data, error } = await client.POST('/v3/sequences/create-from-template', {
      body: {
        templateId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
        sequenceFolderId: '3c90c3cc-0d44-4b50-8888-8dd25736052a',
      },
    });
  }
  // POST /v3/sequences/pause (BulkPauseSequences)
  {
    const { data, error } = await client.POST('/v3/sequences/pause', {
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/start (BulkStartSequences)
  {
    const { data, error } = await client.POST('/v3/sequences/start', {
      body: { ids: [123, 124, 125] },
    });
  }
  // POST /v3/sequences/stats (GetSequenceStatsList)
  {
    const { data, error } = await client.POST('/v3/sequences/stats', {
      body: { filters: { dateRangePreset: 'lastWeek', userIds: [42, 57] } },
    });
  }
  // GET /v3/sequences/steps/contact-filter-properties (GetConditionProperties)
  {
    const { data, error } = await client.GET('/v3/sequences/steps/contact-filter-properties');
  }
  // GET /v3/sequences/{id} (GetSequenceById)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // DELETE /v3/sequences/{id} (DeleteSequence)
  {
    const { data, error } = await client.DELETE('/v3/sequences/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PATCH /v3/sequences/{id} (UpdateSequence)
  {
    const { data, error } = await client.PATCH('/v3/sequences/{id}', {
      params: { path: { id: 12345 } },
      body: { name: 'Sales Outreach 2024 (EMEA)' },
    });
  }
  // POST /v3/sequences/{id}/archive (ArchiveSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/archive', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/contact-links/bulk (BulkAddContactsToSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/contact-links/bulk', {
      params: { path: { id: 12345 } },
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // POST /v3/sequences/{id}/contact-links/bulk-delete (BulkRemoveContactsFromSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/contact-links/bulk-delete', {
      params: { path: { id: 12345 } },
      body: { contactIds: [12345, 12346, 12347] },
    });
  }
  // DELETE /v3/sequences/{id}/contact-links/{contact_id} (RemoveContactFromSequence)
  {
    const { data, error } = await client.DELETE('/v3/sequences/{id}/contact-links/{contact_id}', {
      params: { path: { id: 12345, contact_id: 12345 } },
    });
  }
  // GET /v3/sequences/{id}/contacts (GetSequenceContacts)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/contacts', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/contacts/set-bounced (SetSequenceContactsBounced)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/contacts/set-bounced', {
      params: { path: { id: 12345 } },
      body: { contactIds: [123], isBounced: true },
    });
  }
  // POST /v3/sequences/{id}/contacts/set-replied (SetSequenceContactsReplied)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/contacts/set-replied', {
      params: { path: { id: 12345 } },
      body: { contactIds: [123, 124], isReplied: true },
    });
  }
  // POST /v3/sequences/{id}/contacts/set-status-in-sequence (SetSequenceContactsStatusInSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/contacts/set-status-in-sequence', {
      params: { path: { id: 12345 } },
      body: { contactIds: [123], statusInSequence: 'active' },
    });
  }
  // GET /v3/sequences/{id}/contacts/state (GetSequenceContactsState)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/contacts/state', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/sequences/{id}/contacts/{contact_id} (GetSequenceContactById)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/contacts/{contact_id}', {
      params: { path: { id: 12345, contact_id: 12345 } },
    });
  }
  // PUT /v3/sequences/{id}/email-account-links (SetSequenceEmailAccounts)
  {
    const { data, error } = await client.PUT('/v3/sequences/{id}/email-account-links', {
      params: { path: { id: 12345 } },
      body: { emailAccountIds: [12345, 67890] },
    });
  }
  // POST /v3/sequences/{id}/email-account-links (AssignEmailAccountToSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/email-account-links', {
      params: { path: { id: 12345 } },
      body: { emailAccountId: 12345 },
    });
  }
  // DELETE /v3/sequences/{id}/email-account-links/{email_account_id} (RemoveEmailAccountFromSequence)
  {
    const { data, error } = await client.DELETE('/v3/sequences/{id}/email-account-links/{email_account_id}', {
      params: { path: { id: 12345, email_account_id: 12345 } },
    });
  }
  // GET /v3/sequences/{id}/email-accounts (GetSequenceEmailAccounts)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/email-accounts', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/linkedin-account-links (AssignLinkedInAccountToSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/linkedin-account-links', {
      params: { path: { id: 12345 } },
      body: { linkedInAccountId: 42 },
    });
  }
  // DELETE /v3/sequences/{id}/linkedin-account-links/{linkedInAccountId} (RemoveLinkedInAccountFromSequence)
  {
    const { data, error } = await client.DELETE('/v3/sequences/{id}/linkedin-account-links/{linkedInAccountId}', {
      params: { path: { id: 12345, linkedInAccountId: 12345 } },
    });
  }
  // GET /v3/sequences/{id}/linkedin-accounts (GetSequenceLinkedInAccounts)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/linkedin-accounts', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/sequences/{id}/owner (UpdateSequenceOwner)
  {
    const { data, error } = await client.PUT('/v3/sequences/{id}/owner', {
      params: { path: { id: 12345 } },
      body: { userId: 57 },
    });
  }
  // POST /v3/sequences/{id}/pause (PauseSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/pause', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/save-as-template (SaveSequenceAsTemplate)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/save-as-template', {
      params: { path: { id: 12345 } },
      body: {
        name: 'Cold Outreach',
        description: 'A template for cold outreach sequences',
        scope: 'team',
      },
    });
  }
  // POST /v3/sequences/{id}/start (StartSequence)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/start', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/stats (GetSequenceStats)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/stats', {
      params: { path: { id: 12345 } },
      body: { filters: { dateRangePreset: 'lastMonth' } },
    });
  }
  // GET /v3/sequences/{id}/steps (GetSequenceSteps)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/steps', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/steps (CreateSequenceStep)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps', {
      params: { path: { id: 12345 } },
      body: {
        type: 'email',
        delayInMinutes: 0,
        executionMode: 'automatic',
        variants: [
          {
            subject: 'Quick question about {{companyName}}',
            message: '<p>Hi {{firstName}},</p><p>Is improving outbound on your list this quarter?</p>',
          },
        ],
      },
    });
  }
  // POST /v3/sequences/{id}/steps/bulk (BulkCreateSequenceSteps)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps/bulk', {
      params: { path: { id: 12345 } },
      body: [
        {
          type: 'email',
          delayInMinutes: 0,
          executionMode: 'automatic',
          variants: [
            {
              subject: 'Quick question about {{companyName}}',
              message: '<p>Hi {{firstName}},</p><p>Is improving outbound on your list this quarter?</p>',
            },
          ],
        },
        {
          type: 'linkedIn',
          actionType: 'connect',
          delayInMinutes: 2880,
          executionMode: 'automatic',
          variants: [
            { message: 'Hi {{firstName}}, let\'s connect!', isEnabled: true },
          ],
        },
      ],
    });
  }
  // POST /v3/sequences/{id}/steps/bulk-delete (BulkDeleteSequenceSteps)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps/bulk-delete', {
      params: { path: { id: 12345 } },
      body: { ids: [1323, 1324] },
    });
  }
  // GET /v3/sequences/{id}/steps/{step_id} (GetSequenceStepById)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/steps/{step_id}', {
      params: { path: { id: 12345, step_id: 12345 } },
    });
  }
  // PUT /v3/sequences/{id}/steps/{step_id} (UpdateSequenceStep)
  {
    const { data, error } = await client.PUT('/v3/sequences/{id}/steps/{step_id}', {
      params: { path: { id: 12345, step_id: 12345 } },
      body: {
        type: 'email',
        delayInMinutes: 2880,
        executionMode: 'automatic',
        variants: [
          {
            id: 11,
            subject: 'Following up',
            message: '<p>Hi {{firstName}}, any thoughts on my last note?</p>',
            attachmentIds: [77],
          },
        ],
      },
    });
  }
  // DELETE /v3/sequences/{id}/steps/{step_id} (DeleteSequenceStep)
  {
    const { data, error } = await client.DELETE('/v3/sequences/{id}/steps/{step_id}', {
      params: { path: { id: 12345, step_id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/disable (DisableSequenceStepVariants)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps/{step_id}/disable', {
      params: { path: { id: 12345, step_id: 12345 } },
      body: { ids: [11, 12] },
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/enable (EnableSequenceStepVariants)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps/{step_id}/enable', {
      params: { path: { id: 12345, step_id: 12345 } },
      body: { ids: [11, 12] },
    });
  }
  // GET /v3/sequences/{id}/steps/{step_id}/variants (GetSequenceStepVariants)
  {
    const { data, error } = await client.GET('/v3/sequences/{id}/steps/{step_id}/variants', {
      params: { path: { id: 12345, step_id: 12345 } },
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/variants (CreateSequenceStepVariant)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps/{step_id}/variants', {
      params: { path: { id: 12345, step_id: 12345 } },
      body: {
        subject: 'Follow up on our conversation',
        message: 'Hi {{firstName}}, I wanted to follow up...',
        isEnabled: true,
      },
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/variants/bulk (BulkCreateSequenceStepVariants)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps/{step_id}/variants/bulk', {
      params: { path: { id: 12345, step_id: 12345 } },
      body: [
        {
          subject: 'Follow up on our conversation',
          message: 'Hi {{firstName}}, I wanted to follow up...',
          isEnabled: true,
        },
        {
          subject: 'Quick follow-up',
          message: 'Hi {{firstName}}, I wanted to follow up...',
          isEnabled: true,
        },
      ],
    });
  }
  // POST /v3/sequences/{id}/steps/{step_id}/variants/bulk-delete (BulkDeleteSequenceStepVariants)
  {
    const { data, error } = await client.POST('/v3/sequences/{id}/steps/{step_id}/variants/bulk-delete', {
      params: { path: { id: 12345, step_id: 12345 } },
      body: { ids: [13, 14] },
    });
  }
  // PUT /v3/sequences/{id}/steps/{step_id}/variants/{variant_id} (UpdateSequenceStepVariant)
  {
    const { data, error } = await client.PUT('/v3/sequences/{id}/steps/{step_id}/variants/{variant_id}', {
      params: { path: { id: 12345, step_id: 12345, variant_id: 12345 } },
      body: {
        subject: 'Circling back',
        message: 'Hi {{firstName}}, circling back on my note.',
        isEnabled: true,
      },
    });
  }
  // DELETE /v3/sequences/{id}/steps/{step_id}/variants/{variant_id} (DeleteSequenceStepVariant)
  {
    const { data, error } = await client.DELETE('/v3/sequences/{id}/steps/{step_id}/variants/{variant_id}', {
      params: { path: { id: 12345, step_id: 12345, variant_id: 12345 } },
    });
  }
  // GET /v3/sequences/{sequence_id}/contacts/{contact_id}/preview (GetSequencePreview)
  {
    const { data, error } = await client.GET('/v3/sequences/{sequence_id}/contacts/{contact_id}/preview', {
      params: { path: { sequence_id: 12345, contact_id: 12345 } },
    });
  }
  // POST /v3/sequences/{sequence_id}/contacts/{contact_id}/preview/reset (ResetSequencePreview)
  {
    const { data, error } = await client.POST('/v3/sequences/{sequence_id}/contacts/{contact_id}/preview/reset', {
      params: { path: { sequence_id: 12345, contact_id: 12345 } },
    });
  }
  // GET /v3/settings (GetSettings)
  {
    const { data, error } = await client.GET('/v3/settings');
  }
  // PATCH /v3/settings (UpdateSettings)
  {
    const { data, error } = await client.PATCH('/v3/settings', {
      body: {
        emails: {
          isLinksTrackingEnabled: true,
          safety: { prospectEmailsPerDayLimit: 1 },
        },
      },
    });
  }
  // GET /v3/tasks (GetTasks)
  {
    const { data, error } = await client.GET('/v3/tasks');
  }
  // POST /v3/tasks (CreateTask)
  {
    const { data, error } = await client.POST('/v3/tasks', {
      body: {
        taskType: 'call',
        startAt: '2026-05-05T14:00:00+00:00',
        dueTo: '2026-05-05T15:00:00+00:00',
        contactId: 12345,
        template: { body: 'Call {{firstName}} about the pilot.' },
      },
    });
  }
  // POST /v3/tasks/batch/assign (BatchAssignTasks)
  {
    const { data, error } = await client.POST('/v3/tasks/batch/assign', {
      body: { ids: [501, 502], userId: 55 },
    });
  }
  // POST /v3/tasks/batch/complete (BatchCompleteTasks)
  {
    const { data, error } = await client.POST('/v3/tasks/batch/complete', {
      body: { ids: [501, 502] },
    });
  }
  // POST /v3/tasks/bulk-delete (BulkDeleteTasks)
  {
    const { data, error } = await client.POST('/v3/tasks/bulk-delete', {
      body: { ids: [501, 502, 503] },
    });
  }
  // POST /v3/tasks/filter (FilterTasks)
  {
    const { data, error } = await client.POST('/v3/tasks/filter', {
      body: { taskType: 'call', status: 'new', assignedUserId: 42, overdue: true },
    });
  }
  // GET /v3/tasks/{id} (GetTaskById)
  {
    const { data, error } = await client.GET('/v3/tasks/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/tasks/{id} (UpdateTask)
  {
    const { data, error } = await client.PUT('/v3/tasks/{id}', {
      params: { path: { id: 12345 } },
      body: {
        taskType: 'manualEmail',
        startAt: '2026-05-05T09:00:00+00:00',
        dueTo: '2026-05-07T17:00:00+00:00',
        contactId: 12345,
        template: {
          body: 'Hi {{firstName}}, following up on my last note.',
          subject: 'Quick follow-up',
        },
      },
    });
  }
  // DELETE /v3/tasks/{id} (DeleteTask)
  {
    const { data, error } = await client.DELETE('/v3/tasks/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/tasks/{id}/assigned-user (AssignTask)
  {
    const { data, error } = await client.PUT('/v3/tasks/{id}/assigned-user', {
      params: { path: { id: 12345 } },
      body: { userId: 55 },
    });
  }
  // POST /v3/tasks/{id}/complete (CompleteTask)
  {
    const { data, error } = await client.POST('/v3/tasks/{id}/complete', {
      params: { path: { id: 12345 } },
      body: { callResolution: 0, finishProspectInSequence: true },
    });
  }
  // POST /v3/tasks/{id}/execute (ExecuteTask)
  {
    const { data, error } = await client.POST('/v3/tasks/{id}/execute', {
      params: { path: { id: 12345 } },
      body: {
        content: { body: 'Hi John, one more note on pricing.', subject: 'Pricing' },
        emailAccountId: 101,
      },
    });
  }
  // GET /v3/webhooks (ListWebhooks)
  {
    const { data, error } = await client.GET('/v3/webhooks');
  }
  // POST /v3/webhooks (CreateWebhook)
  {
    const { data, error } = await client.POST('/v3/webhooks', {
      body: {
        eventType: 'email_replied',
        url: 'https://example.com/hooks/reply',
        scope: 'personal',
        enabled: true,
        payloadConfig: {
          includeEmailUrl: true,
          includeEmailText: false,
          includeProspectCustomFields: true,
        },
      },
    });
  }
  // GET /v3/webhooks/events (GetWebhookEvents)
  {
    const { data, error } = await client.GET('/v3/webhooks/events');
  }
  // GET /v3/webhooks/{id} (GetWebhookById)
  {
    const { data, error } = await client.GET('/v3/webhooks/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // PUT /v3/webhooks/{id} (UpdateWebhook)
  {
    const { data, error } = await client.PUT('/v3/webhooks/{id}', {
      params: { path: { id: 12345 } },
      body: {
        eventType: 'email_replied',
        url: 'https://example.com/hooks/team-replies',
        scope: 'team',
        payloadConfig: {
          includeEmailUrl: true,
          includeEmailText: true,
          includeProspectCustomFields: false,
        },
      },
    });
  }
  // DELETE /v3/webhooks/{id} (DeleteWebhook)
  {
    const { data, error } = await client.DELETE('/v3/webhooks/{id}', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/webhooks/{id}/disable (DisableWebhook)
  {
    const { data, error } = await client.POST('/v3/webhooks/{id}/disable', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/webhooks/{id}/enable (EnableWebhook)
  {
    const { data, error } = await client.POST('/v3/webhooks/{id}/enable', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/webhooks/{id}/logs (GetWebhookLogs)
  {
    const { data, error } = await client.GET('/v3/webhooks/{id}/logs', {
      params: { path: { id: 12345 } },
    });
  }
  // POST /v3/webhooks/{id}/test (TestWebhook)
  {
    const { data, error } = await client.POST('/v3/webhooks/{id}/test', {
      params: { path: { id: 12345 } },
    });
  }
  // GET /v3/whoami (Whoami)
  {
    const { data, error } = await client.GET('/v3/whoami');
  }
  // GET /v3/whoami/team-users (WhoamiTeamUsers)
  {
    const { data, error } = await client.GET('/v3/whoami/team-users');
  }
}
