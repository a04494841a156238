// generated — do not edit. Source: specs/reply/v3/openapi.yaml via scripts/generate.mjs. Regenerate with `pnpm generate`.

import type { JobMethod, ListMethod, Method, RouteTable } from '@engagekit/runtime';
import type { paths } from './openapi.js';

/** Every operation of the spec, keyed by its `x-sdk-method` name. */
export const routes = {
  "accountLists.addAccounts": {"method":"post","path":"/v3/contact-account-lists/{id}/add-accounts","operationId":"AddAccountsToContactAccountList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"accountIds":1000}},
  "accountLists.create": {"method":"post","path":"/v3/contact-account-lists","operationId":"CreateContactAccountList","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accountLists.delete": {"method":"delete","path":"/v3/contact-account-lists/{id}","operationId":"DeleteContactAccountList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accountLists.get": {"method":"get","path":"/v3/contact-account-lists/{id}","operationId":"GetContactAccountListById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accountLists.list": {"method":"get","path":"/v3/contact-account-lists","operationId":"GetContactAccountLists","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "accountLists.moveAccounts": {"method":"post","path":"/v3/contact-account-lists/{id}/move-accounts","operationId":"MoveAccountsToContactAccountList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"accountIds":1000}},
  "accountLists.update": {"method":"put","path":"/v3/contact-account-lists/{id}","operationId":"UpdateContactAccountList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accounts.addContacts": {"method":"post","path":"/v3/contact-accounts/{id}/contact-links/bulk","operationId":"BulkAddContactsToContactAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":1000}},
  "accounts.bulkCreate": {"method":"post","path":"/v3/contact-accounts/bulk","operationId":"BulkCreateContactAccounts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"items":100}},
  "accounts.bulkDelete": {"method":"post","path":"/v3/contact-accounts/bulk-delete","operationId":"BulkDeleteContactAccounts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":1000}},
  "accounts.changeOwner": {"method":"put","path":"/v3/contact-accounts/{id}/owner","operationId":"UpdateContactAccountOwner","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accounts.create": {"method":"post","path":"/v3/contact-accounts","operationId":"CreateContactAccount","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accounts.delete": {"method":"delete","path":"/v3/contact-accounts/{id}","operationId":"DeleteContactAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accounts.filter": {"method":"post","path":"/v3/contact-accounts/filter","operationId":"FilterContactAccounts","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "accounts.get": {"method":"get","path":"/v3/contact-accounts/{id}","operationId":"GetContactAccountById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "accounts.list": {"method":"get","path":"/v3/contact-accounts","operationId":"GetContactAccounts","pathParams":[],"queryParams":["top","skip","search","sort_by","sort_direction"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "accounts.listContacts": {"method":"get","path":"/v3/contact-accounts/{id}/contacts","operationId":"GetContactAccountContacts","pathParams":["id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "accounts.removeContacts": {"method":"post","path":"/v3/contact-accounts/{id}/contact-links/bulk-delete","operationId":"BulkRemoveContactsFromContactAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":1000}},
  "accounts.update": {"method":"put","path":"/v3/contact-accounts/{id}","operationId":"UpdateContactAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiPrompts.create": {"method":"post","path":"/v3/ai-prompts","operationId":"CreateAiPrompt","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiPrompts.delete": {"method":"delete","path":"/v3/ai-prompts/{id}","operationId":"DeleteAiPrompt","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiPrompts.list": {"method":"get","path":"/v3/ai-prompts","operationId":"ListAiPrompts","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiPrompts.previewOnLinkedInPost": {"method":"post","path":"/v3/ai-prompts/preview/linkedin-post","operationId":"PreviewAiPromptOnLinkedInPost","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiPrompts.previewOnSamplePost": {"method":"post","path":"/v3/ai-prompts/preview/sample","operationId":"PreviewAiPromptOnSamplePost","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiPrompts.update": {"method":"put","path":"/v3/ai-prompts/{id}","operationId":"UpdateAiPrompt","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.intentSignals.listIndustries": {"method":"get","path":"/v3/ai-sdr/intent-signals/industries","operationId":"ListIntentSignalIndustries","pathParams":[],"queryParams":["search","top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.intentSignals.listTechnologies": {"method":"get","path":"/v3/ai-sdr/intent-signals/technologies","operationId":"ListIntentSignalTechnologies","pathParams":[],"queryParams":["search","top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.create": {"method":"post","path":"/v3/ai-sdr/knowledge-bases","operationId":"CreateKnowledgeBase","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{id}","operationId":"DeleteKnowledgeBase","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.documents.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents/{document_id}","operationId":"DeleteKnowledgeBaseDocument","pathParams":["knowledge_base_id","document_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.documents.list": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents","operationId":"ListKnowledgeBaseDocuments","pathParams":["knowledge_base_id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.documents.upload": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents","operationId":"UploadKnowledgeBaseDocument","pathParams":["knowledge_base_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.duplicate": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{id}/duplicate","operationId":"DuplicateKnowledgeBase","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.get": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{id}","operationId":"GetKnowledgeBase","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.links.create": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links","operationId":"AddKnowledgeBaseLink","pathParams":["knowledge_base_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.links.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links/{link_id}","operationId":"DeleteKnowledgeBaseLink","pathParams":["knowledge_base_id","link_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.links.list": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links","operationId":"ListKnowledgeBaseLinks","pathParams":["knowledge_base_id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.list": {"method":"get","path":"/v3/ai-sdr/knowledge-bases","operationId":"ListKnowledgeBases","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementCards.create": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards","operationId":"CreateReengagementCard","pathParams":["knowledge_base_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"links":10}},
  "aiSdr.knowledgeBases.reengagementCards.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}","operationId":"DeleteReengagementCard","pathParams":["knowledge_base_id","reengagement_card_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementCards.get": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}","operationId":"GetReengagementCard","pathParams":["knowledge_base_id","reengagement_card_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementCards.list": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards","operationId":"ListReengagementCards","pathParams":["knowledge_base_id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementCards.media.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media/{media_id}","operationId":"DeleteReengagementCardMedia","pathParams":["knowledge_base_id","reengagement_card_id","media_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementCards.media.upload": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media","operationId":"UploadReengagementCardMedia","pathParams":["knowledge_base_id","reengagement_card_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementCards.update": {"method":"patch","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}","operationId":"UpdateReengagementCard","pathParams":["knowledge_base_id","reengagement_card_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"links":10}},
  "aiSdr.knowledgeBases.reengagementFlows.assign": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/assign","operationId":"AssignReengagementFlow","pathParams":["knowledge_base_id","flow_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.countContacts": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/contacts-count","operationId":"GetReengagementFlowContactsCount","pathParams":["knowledge_base_id","flow_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.create": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows","operationId":"CreateReengagementFlow","pathParams":["knowledge_base_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}","operationId":"DeleteReengagementFlow","pathParams":["knowledge_base_id","flow_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.duplicate": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/duplicate","operationId":"DuplicateReengagementFlow","pathParams":["knowledge_base_id","flow_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.getState": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/state","operationId":"GetReengagementFlowState","pathParams":["knowledge_base_id"],"queryParams":["sequenceId","contactId"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.list": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows","operationId":"ListReengagementFlows","pathParams":["knowledge_base_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.setDefault": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/set-default","operationId":"SetDefaultReengagementFlow","pathParams":["knowledge_base_id","flow_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.reengagementFlows.update": {"method":"patch","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}","operationId":"UpdateReengagementFlow","pathParams":["knowledge_base_id","flow_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.replyHandlers.create": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers","operationId":"CreateReplyHandler","pathParams":["knowledge_base_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"links":10}},
  "aiSdr.knowledgeBases.replyHandlers.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}","operationId":"DeleteReplyHandler","pathParams":["knowledge_base_id","reply_handler_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.replyHandlers.get": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}","operationId":"GetReplyHandler","pathParams":["knowledge_base_id","reply_handler_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.replyHandlers.list": {"method":"get","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers","operationId":"ListReplyHandlers","pathParams":["knowledge_base_id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.replyHandlers.media.delete": {"method":"delete","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media/{media_id}","operationId":"DeleteReplyHandlerMedia","pathParams":["knowledge_base_id","reply_handler_id","media_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.replyHandlers.media.upload": {"method":"post","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media","operationId":"UploadReplyHandlerMedia","pathParams":["knowledge_base_id","reply_handler_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.knowledgeBases.replyHandlers.update": {"method":"patch","path":"/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}","operationId":"UpdateReplyHandler","pathParams":["knowledge_base_id","reply_handler_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"links":10}},
  "aiSdr.knowledgeBases.update": {"method":"patch","path":"/v3/ai-sdr/knowledge-bases/{id}","operationId":"UpdateKnowledgeBase","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.offers.create": {"method":"post","path":"/v3/ai-sdr/offers","operationId":"CreateOffer","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"caseStudies":10,"painPoints":10,"proofPoints":10,"valuePropositions":10,"callToActions":10}},
  "aiSdr.offers.delete": {"method":"delete","path":"/v3/ai-sdr/offers/{id}","operationId":"DeleteOffer","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.offers.duplicate": {"method":"post","path":"/v3/ai-sdr/offers/{id}/duplicate","operationId":"DuplicateOffer","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.offers.generate": {"method":"post","path":"/v3/ai-sdr/offers/generate","operationId":"GenerateOffer","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":true,"bodyArrayMaxItems":{}},
  "aiSdr.offers.get": {"method":"get","path":"/v3/ai-sdr/offers/{id}","operationId":"GetOffer","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.offers.list": {"method":"get","path":"/v3/ai-sdr/offers","operationId":"ListOffers","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.offers.update": {"method":"patch","path":"/v3/ai-sdr/offers/{id}","operationId":"UpdateOffer","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"caseStudies":10,"painPoints":10,"proofPoints":10,"valuePropositions":10,"callToActions":10}},
  "aiSdr.offers.uploadGenerationAttachment": {"method":"post","path":"/v3/ai-sdr/offers/generation-attachments","operationId":"UploadOfferGenerationAttachment","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.pendingApprovals.delete": {"method":"delete","path":"/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval","operationId":"DeleteApproval","pathParams":["sequence_id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.pendingApprovals.get": {"method":"get","path":"/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval","operationId":"GetApprovalByContact","pathParams":["sequence_id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.pendingApprovals.list": {"method":"get","path":"/v3/ai-sdr/approvals","operationId":"ListApprovals","pathParams":[],"queryParams":["top","skip","sequenceId","userId","channel","sortMode"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.pendingApprovals.regenerate": {"method":"post","path":"/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/regenerate","operationId":"RegenerateApproval","pathParams":["sequence_id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":true,"bodyArrayMaxItems":{}},
  "aiSdr.pendingApprovals.send": {"method":"post","path":"/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/send","operationId":"SendApproval","pathParams":["sequence_id","contact_id"],"queryParams":[],"headerParams":[],"body":"optional","bodyType":"json","responseType":"none","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.pendingApprovals.sendBulk": {"method":"post","path":"/v3/ai-sdr/approvals/send-bulk","operationId":"SendApprovalsBulk","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"items":100}},
  "aiSdr.playbooks.create": {"method":"post","path":"/v3/ai-sdr/playbooks","operationId":"CreatePlaybook","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.playbooks.delete": {"method":"delete","path":"/v3/ai-sdr/playbooks/{id}","operationId":"DeletePlaybook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.playbooks.duplicate": {"method":"post","path":"/v3/ai-sdr/playbooks/{id}/duplicate","operationId":"DuplicatePlaybook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.playbooks.get": {"method":"get","path":"/v3/ai-sdr/playbooks/{id}","operationId":"GetPlaybook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.playbooks.list": {"method":"get","path":"/v3/ai-sdr/playbooks","operationId":"ListPlaybooks","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.playbooks.styleFiles.delete": {"method":"delete","path":"/v3/ai-sdr/playbooks/{playbook_id}/style-files/{style_file_id}","operationId":"DeletePlaybookStyleFile","pathParams":["playbook_id","style_file_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.playbooks.styleFiles.upload": {"method":"post","path":"/v3/ai-sdr/playbooks/{playbook_id}/style-files","operationId":"UploadPlaybookStyleFile","pathParams":["playbook_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.playbooks.update": {"method":"patch","path":"/v3/ai-sdr/playbooks/{id}","operationId":"UpdatePlaybook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequencePreview.personalize": {"method":"post","path":"/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/preview/personalize","operationId":"PersonalizeSequencePreview","pathParams":["sequence_id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":true,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.clearKnowledgeBase": {"method":"delete","path":"/v3/sequences/ai-sdr/{sequence_id}/knowledge-base","operationId":"ClearAiSdrSequenceKnowledgeBase","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.clearPlaybook": {"method":"delete","path":"/v3/sequences/ai-sdr/{sequence_id}/playbook","operationId":"ClearAiSdrSequencePlaybook","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.create": {"method":"post","path":"/v3/sequences/ai-sdr","operationId":"CreateAiSdrSequence","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.disableAutopilot": {"method":"post","path":"/v3/sequences/ai-sdr/{sequence_id}/autopilot/disable","operationId":"DisableAiSdrSequenceAutopilot","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.enableAutopilot": {"method":"post","path":"/v3/sequences/ai-sdr/{sequence_id}/autopilot/enable","operationId":"EnableAiSdrSequenceAutopilot","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.forceStartAutopilot": {"method":"post","path":"/v3/sequences/ai-sdr/{sequence_id}/autopilot/force-start","operationId":"ForceStartAiSdrSequenceAutopilot","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.getKnowledgeBase": {"method":"get","path":"/v3/sequences/ai-sdr/{sequence_id}/knowledge-base","operationId":"GetAiSdrSequenceKnowledgeBase","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.getPlaybook": {"method":"get","path":"/v3/sequences/ai-sdr/{sequence_id}/playbook","operationId":"GetAiSdrSequencePlaybook","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.getSettings": {"method":"get","path":"/v3/sequences/ai-sdr/{sequence_id}/settings","operationId":"GetAiSdrSequenceSettings","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.previewAutopilot": {"method":"post","path":"/v3/sequences/ai-sdr/{sequence_id}/autopilot/preview","operationId":"PreviewAutopilot","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":true,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.setApprovalMode": {"method":"put","path":"/v3/sequences/ai-sdr/{sequence_id}/approval-mode","operationId":"SetAiSdrSequenceApprovalMode","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.setGeneratedStepTypes": {"method":"put","path":"/v3/sequences/ai-sdr/{sequence_id}/generated-step-types","operationId":"SetAiSdrSequenceGeneratedStepTypes","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.setKnowledgeBase": {"method":"put","path":"/v3/sequences/ai-sdr/{sequence_id}/knowledge-base","operationId":"SetAiSdrSequenceKnowledgeBase","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.setPlaybook": {"method":"put","path":"/v3/sequences/ai-sdr/{sequence_id}/playbook","operationId":"SetAiSdrSequencePlaybook","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.sequences.updateSettings": {"method":"patch","path":"/v3/sequences/ai-sdr/{sequence_id}/settings","operationId":"UpdateAiSdrSequenceSettings","pathParams":["sequence_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "aiSdr.strategist.start": {"method":"post","path":"/v3/ai-sdr/strategist/start","operationId":"StartStrategist","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":true,"bodyArrayMaxItems":{}},
  "attachments.upload": {"method":"post","path":"/v3/attachments","operationId":"UploadAttachment","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "attachments.uploadVoice": {"method":"post","path":"/v3/attachments/voice","operationId":"UploadVoiceAttachment","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "backgroundJobs.cancel": {"method":"post","path":"/v3/background-jobs/{jobId}/cancel","operationId":"CancelBackgroundJob","pathParams":["jobId"],"queryParams":[],"headerParams":[],"body":"optional","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "backgroundJobs.get": {"method":"get","path":"/v3/background-jobs/{jobId}","operationId":"GetBackgroundJobById","pathParams":["jobId"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "backgroundJobs.list": {"method":"get","path":"/v3/background-jobs","operationId":"GetBackgroundJobs","pathParams":[],"queryParams":["top","skip","category"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.domains.bulkCreate": {"method":"post","path":"/v3/contact-blacklist-rules/domains/bulk","operationId":"BulkCreateBlacklistDomainRules","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.domains.bulkDelete": {"method":"post","path":"/v3/contact-blacklist-rules/domains/bulk-delete","operationId":"BulkDeleteBlacklistDomainRules","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.domains.create": {"method":"post","path":"/v3/contact-blacklist-rules/domains","operationId":"CreateBlacklistDomainRule","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.domains.delete": {"method":"delete","path":"/v3/contact-blacklist-rules/domains/{id}","operationId":"DeleteBlacklistDomainRule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.domains.get": {"method":"get","path":"/v3/contact-blacklist-rules/domains/{id}","operationId":"GetBlacklistDomainRuleById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.domains.list": {"method":"get","path":"/v3/contact-blacklist-rules/domains","operationId":"GetBlacklistDomainRules","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.domains.update": {"method":"put","path":"/v3/contact-blacklist-rules/domains/{id}","operationId":"UpdateBlacklistDomainRule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emailExceptions.bulkCreate": {"method":"post","path":"/v3/contact-blacklist-rules/email-exceptions/bulk","operationId":"BulkCreateBlacklistEmailExceptionRules","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emailExceptions.bulkDelete": {"method":"post","path":"/v3/contact-blacklist-rules/email-exceptions/bulk-delete","operationId":"BulkDeleteBlacklistEmailExceptionRules","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emailExceptions.create": {"method":"post","path":"/v3/contact-blacklist-rules/email-exceptions","operationId":"CreateBlacklistEmailExceptionRule","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emailExceptions.delete": {"method":"delete","path":"/v3/contact-blacklist-rules/email-exceptions/{id}","operationId":"DeleteBlacklistEmailExceptionRule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emailExceptions.get": {"method":"get","path":"/v3/contact-blacklist-rules/email-exceptions/{id}","operationId":"GetBlacklistEmailExceptionRuleById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emailExceptions.list": {"method":"get","path":"/v3/contact-blacklist-rules/email-exceptions","operationId":"GetBlacklistEmailExceptionRules","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emailExceptions.update": {"method":"put","path":"/v3/contact-blacklist-rules/email-exceptions/{id}","operationId":"UpdateBlacklistEmailExceptionRule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emails.bulkCreate": {"method":"post","path":"/v3/contact-blacklist-rules/emails/bulk","operationId":"BulkCreateBlacklistEmailRules","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emails.bulkDelete": {"method":"post","path":"/v3/contact-blacklist-rules/emails/bulk-delete","operationId":"BulkDeleteBlacklistEmailRules","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emails.create": {"method":"post","path":"/v3/contact-blacklist-rules/emails","operationId":"CreateBlacklistEmailRule","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emails.delete": {"method":"delete","path":"/v3/contact-blacklist-rules/emails/{id}","operationId":"DeleteBlacklistEmailRule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emails.get": {"method":"get","path":"/v3/contact-blacklist-rules/emails/{id}","operationId":"GetBlacklistEmailRuleById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emails.list": {"method":"get","path":"/v3/contact-blacklist-rules/emails","operationId":"GetBlacklistEmailRules","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "blacklist.emails.update": {"method":"put","path":"/v3/contact-blacklist-rules/emails/{id}","operationId":"UpdateBlacklistEmailRule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.addContacts": {"method":"post","path":"/v3/contact-lists/{id}/add-contacts","operationId":"AddContactsToContactList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.create": {"method":"post","path":"/v3/contact-lists","operationId":"CreateContactList","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.delete": {"method":"delete","path":"/v3/contact-lists/{id}","operationId":"DeleteContactList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.get": {"method":"get","path":"/v3/contact-lists/{id}","operationId":"GetContactListById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.list": {"method":"get","path":"/v3/contact-lists","operationId":"GetContactLists","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.listForContact": {"method":"get","path":"/v3/contacts/{id}/lists","operationId":"GetContactListsForContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.moveContacts": {"method":"post","path":"/v3/contact-lists/{id}/move-contacts","operationId":"MoveContactsToContactList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.share": {"method":"post","path":"/v3/contact-lists/{id}/share","operationId":"ShareContactList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.unshare": {"method":"post","path":"/v3/contact-lists/{id}/unshare","operationId":"UnshareContactList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contactLists.update": {"method":"put","path":"/v3/contact-lists/{id}","operationId":"UpdateContactList","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.addNote": {"method":"post","path":"/v3/contacts/{id}/notes","operationId":"AddContactNote","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.bulkDelete": {"method":"post","path":"/v3/contacts/bulk-delete","operationId":"BulkDeleteContacts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.changeOwner": {"method":"put","path":"/v3/contacts/owner","operationId":"ChangeContactsOwner","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.create": {"method":"post","path":"/v3/contacts","operationId":"CreateContact","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.delete": {"method":"delete","path":"/v3/contacts/{id}","operationId":"DeleteContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.filter": {"method":"post","path":"/v3/contacts/filter","operationId":"FilterContacts","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "contacts.get": {"method":"get","path":"/v3/contacts/{id}","operationId":"GetContactById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.getStatuses": {"method":"get","path":"/v3/contacts/{id}/statuses","operationId":"GetContactStatuses","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.import": {"method":"post","path":"/v3/contacts/import","operationId":"ImportContacts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"items":1000}},
  "contacts.list": {"method":"get","path":"/v3/contacts","operationId":"GetContacts","pathParams":[],"queryParams":["top","skip","email","linkedIn"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "contacts.listActivities": {"method":"get","path":"/v3/contacts/{id}/activities","operationId":"GetContactActivities","pathParams":["id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "contacts.listInboxThreads": {"method":"get","path":"/v3/contacts/{id}/inbox-threads","operationId":"GetContactInboxThreads","pathParams":["id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "contacts.listSequences": {"method":"get","path":"/v3/contacts/{id}/sequences","operationId":"GetContactSequences","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.moveToSequence": {"method":"post","path":"/v3/contacts/{id}/move-to-sequence","operationId":"MoveContactToSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "contacts.setBounced": {"method":"post","path":"/v3/contacts/set-bounced","operationId":"SetContactsBounced","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":100}},
  "contacts.setReplied": {"method":"post","path":"/v3/contacts/set-replied","operationId":"SetContactsReplied","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":100}},
  "contacts.setStatusInSequence": {"method":"post","path":"/v3/contacts/set-status-in-sequence","operationId":"SetContactsStatusInSequence","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":100}},
  "contacts.update": {"method":"patch","path":"/v3/contacts/{id}","operationId":"UpdateContact","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "customFields.create": {"method":"post","path":"/v3/custom-fields","operationId":"CreateCustomField","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "customFields.delete": {"method":"delete","path":"/v3/custom-fields/{id}","operationId":"DeleteCustomField","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "customFields.get": {"method":"get","path":"/v3/custom-fields/{id}","operationId":"GetCustomFieldById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "customFields.list": {"method":"get","path":"/v3/custom-fields","operationId":"GetCustomFields","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "customFields.update": {"method":"put","path":"/v3/custom-fields/{id}","operationId":"UpdateCustomField","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "directOutreach.sendEmail": {"method":"post","path":"/v3/contacts/{id}/send-direct-email","operationId":"SendDirectEmail","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "directOutreach.sendLinkedInAiVoice": {"method":"post","path":"/v3/contacts/{id}/send-direct-linkedin-ai-voice","operationId":"SendDirectLinkedInAiVoice","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "directOutreach.sendLinkedInConnect": {"method":"post","path":"/v3/contacts/{id}/send-direct-linkedin-connect","operationId":"SendDirectLinkedInConnect","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "directOutreach.sendLinkedInInMail": {"method":"post","path":"/v3/contacts/{id}/send-direct-linkedin-inmail","operationId":"SendDirectLinkedInInMail","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "directOutreach.sendLinkedInMessage": {"method":"post","path":"/v3/contacts/{id}/send-direct-linkedin-message","operationId":"SendDirectLinkedInMessage","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "directOutreach.sendLinkedInVoice": {"method":"post","path":"/v3/contacts/{id}/send-direct-linkedin-voice","operationId":"SendDirectLinkedInVoice","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.bulkDelete": {"method":"post","path":"/v3/email-accounts/bulk-delete","operationId":"BulkDeleteEmailAccounts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.connectGmail": {"method":"get","path":"/v3/email-accounts/connect/gmail","operationId":"ConnectGmailAccount","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.connectOffice365": {"method":"get","path":"/v3/email-accounts/connect/office-365","operationId":"ConnectOffice365Account","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.create": {"method":"post","path":"/v3/email-accounts","operationId":"CreateEmailAccount","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.delete": {"method":"delete","path":"/v3/email-accounts/{id}","operationId":"DeleteEmailAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.filter": {"method":"post","path":"/v3/email-accounts/filter","operationId":"FilterEmailAccounts","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.get": {"method":"get","path":"/v3/email-accounts/{id}","operationId":"GetEmailAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.list": {"method":"get","path":"/v3/email-accounts","operationId":"ListEmailAccounts","pathParams":[],"queryParams":["top","skip","my"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.resumeSending": {"method":"post","path":"/v3/email-accounts/{id}/resume-sending","operationId":"ResumeSending","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.setDefault": {"method":"post","path":"/v3/email-accounts/{id}/set-default","operationId":"SetDefaultEmailAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.tags.add": {"method":"post","path":"/v3/email-accounts/{id}/tags","operationId":"AddTagsToEmailAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.tags.list": {"method":"get","path":"/v3/email-accounts/tags","operationId":"ListEmailAccountTags","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.tags.remove": {"method":"delete","path":"/v3/email-accounts/{id}/tags","operationId":"RemoveTagsFromEmailAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.tags.update": {"method":"put","path":"/v3/email-accounts/tags/{tagId}","operationId":"UpdateEmailAccountTag","pathParams":["tagId"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.testImap": {"method":"post","path":"/v3/email-accounts/test/imap","operationId":"TestImapConnectivity","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.testSmtp": {"method":"post","path":"/v3/email-accounts/test/smtp","operationId":"TestSmtpConnectivity","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailAccounts.update": {"method":"patch","path":"/v3/email-accounts/{id}","operationId":"UpdateEmailAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.attachments.upload": {"method":"post","path":"/v3/email-template-attachments","operationId":"UploadEmailTemplateAttachment","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"multipart","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.clone": {"method":"post","path":"/v3/email-templates/{id}/clone","operationId":"CloneEmailTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.create": {"method":"post","path":"/v3/email-templates","operationId":"CreateEmailTemplate","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"attachmentIds":3}},
  "emailTemplates.delete": {"method":"delete","path":"/v3/email-templates/{id}","operationId":"DeleteEmailTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.folders.create": {"method":"post","path":"/v3/email-template-folders","operationId":"CreateEmailTemplateFolder","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.folders.delete": {"method":"delete","path":"/v3/email-template-folders/{id}","operationId":"DeleteEmailTemplateFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.folders.get": {"method":"get","path":"/v3/email-template-folders/{id}","operationId":"GetEmailTemplateFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.folders.list": {"method":"get","path":"/v3/email-template-folders","operationId":"ListEmailTemplateFolders","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.folders.replace": {"method":"put","path":"/v3/email-template-folders/{id}","operationId":"UpdateEmailTemplateFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.folders.share": {"method":"post","path":"/v3/email-template-folders/{id}/share","operationId":"ShareEmailTemplateFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.get": {"method":"get","path":"/v3/email-templates/{id}","operationId":"GetEmailTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.list": {"method":"get","path":"/v3/email-templates","operationId":"ListEmailTemplates","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.listVariables": {"method":"get","path":"/v3/email-templates/variables","operationId":"GetEmailTemplateVariables","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.move": {"method":"post","path":"/v3/email-templates/{id}/move","operationId":"MoveEmailTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.render": {"method":"post","path":"/v3/email-templates/{id}/render","operationId":"RenderEmailTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailTemplates.replace": {"method":"put","path":"/v3/email-templates/{id}","operationId":"UpdateEmailTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"attachmentIds":3}},
  "emailTemplates.sendTest": {"method":"post","path":"/v3/email-templates/{id}/send-test","operationId":"SendTestEmailTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "emailValidations.estimate": {"method":"post","path":"/v3/email-validations/estimate","operationId":"EstimateEmailValidation","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":10000}},
  "emailValidations.schedule": {"method":"post","path":"/v3/email-validations/schedule","operationId":"ScheduleEmailValidation","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":true,"bodyArrayMaxItems":{"contactIds":10000}},
  "holidayCalendars.create": {"method":"post","path":"/v3/holiday-calendars","operationId":"CreateHolidayCalendar","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "holidayCalendars.delete": {"method":"delete","path":"/v3/holiday-calendars/{id}","operationId":"DeleteHolidayCalendar","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "holidayCalendars.exportCsv": {"method":"get","path":"/v3/holiday-calendars/{id}/export-csv","operationId":"ExportHolidayCalendarCsv","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"text","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "holidayCalendars.get": {"method":"get","path":"/v3/holiday-calendars/{id}","operationId":"GetHolidayCalendar","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "holidayCalendars.list": {"method":"get","path":"/v3/holiday-calendars","operationId":"ListHolidayCalendars","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "holidayCalendars.replace": {"method":"put","path":"/v3/holiday-calendars/{id}","operationId":"UpdateHolidayCalendar","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.categories.assignThreads": {"method":"post","path":"/v3/inbox/threads/categories/{id}/thread-links/bulk","operationId":"AssignThreadsToInboxCategory","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.categories.create": {"method":"post","path":"/v3/inbox/threads/categories","operationId":"CreateInboxCategory","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.categories.delete": {"method":"delete","path":"/v3/inbox/threads/categories/{id}","operationId":"DeleteInboxCategory","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.categories.get": {"method":"get","path":"/v3/inbox/threads/categories/{id}","operationId":"GetInboxCategory","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.categories.list": {"method":"get","path":"/v3/inbox/threads/categories","operationId":"ListInboxCategories","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.categories.unassignThreads": {"method":"post","path":"/v3/inbox/threads/categories/{id}/thread-links/bulk-delete","operationId":"UnassignThreadsFromInboxCategory","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.categories.update": {"method":"put","path":"/v3/inbox/threads/categories/{id}","operationId":"UpdateInboxCategory","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.aiDraft.generate": {"method":"post","path":"/v3/inbox/threads/{id}/ai-draft/generate","operationId":"GenerateInboxAiDraft","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.bulkDelete": {"method":"post","path":"/v3/inbox/threads/bulk-delete","operationId":"BulkDeleteInboxThreads","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.delete": {"method":"delete","path":"/v3/inbox/threads/{id}","operationId":"DeleteInboxThread","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.filter": {"method":"post","path":"/v3/inbox/threads/filter","operationId":"FilterInboxThreads","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.get": {"method":"get","path":"/v3/inbox/threads/{id}","operationId":"GetInboxThread","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.list": {"method":"get","path":"/v3/inbox/threads","operationId":"ListInboxThreads","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.markAsRead": {"method":"post","path":"/v3/inbox/threads/mark-as-read","operationId":"MarkInboxThreadsAsRead","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.markAsUnread": {"method":"post","path":"/v3/inbox/threads/mark-as-unread","operationId":"MarkInboxThreadsAsUnread","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.messages.list": {"method":"get","path":"/v3/inbox/threads/{id}/messages","operationId":"ListInboxThreadMessages","pathParams":["id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.messages.send": {"method":"post","path":"/v3/inbox/threads/{id}/messages","operationId":"SendInboxThreadMessage","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.setCategory": {"method":"put","path":"/v3/inbox/threads/{id}/category","operationId":"SetInboxThreadCategory","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "inbox.threads.setMeetingIntent": {"method":"put","path":"/v3/inbox/threads/{id}/meeting-intent","operationId":"SetInboxThreadMeetingIntent","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.bulkDelete": {"method":"post","path":"/v3/linkedin-accounts/bulk-delete","operationId":"BulkDeleteLinkedInAccounts","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.connect": {"method":"post","path":"/v3/linkedin-accounts/connect","operationId":"CreateDirectLinkedInConnectionLink","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.createConnectionLink": {"method":"post","path":"/v3/linkedin-accounts/connection-link","operationId":"CreateLinkedInConnectionLink","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.delete": {"method":"delete","path":"/v3/linkedin-accounts/{id}","operationId":"DeleteLinkedInAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.get": {"method":"get","path":"/v3/linkedin-accounts/{id}","operationId":"GetLinkedInAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.list": {"method":"get","path":"/v3/linkedin-accounts","operationId":"ListLinkedInAccounts","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.pending.delete": {"method":"delete","path":"/v3/linkedin-accounts/pending/{id}","operationId":"DeletePendingLinkedInAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.pending.list": {"method":"get","path":"/v3/linkedin-accounts/pending","operationId":"ListPendingLinkedInAccounts","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.reconnect": {"method":"post","path":"/v3/linkedin-accounts/{id}/reconnect","operationId":"ReconnectLinkedInAccount","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.setLimits": {"method":"put","path":"/v3/linkedin-accounts/{id}/limits","operationId":"UpdateLinkedInAccountLimits","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.setRevokeSettings": {"method":"put","path":"/v3/linkedin-accounts/{id}/revoke-settings","operationId":"UpdateLinkedInAccountRevokeSettings","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "linkedInAccounts.setStatus": {"method":"post","path":"/v3/linkedin-accounts/{id}/toggle-status","operationId":"ToggleLinkedInAccountStatus","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "liveData.filterValues.departments": {"method":"get","path":"/v3/live-data/filter-values/departments","operationId":"ListLiveDataDepartmentFilterValues","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "liveData.filterValues.industries": {"method":"get","path":"/v3/live-data/filter-values/industries","operationId":"ListLiveDataIndustryFilterValues","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "liveData.filterValues.jobTitles": {"method":"get","path":"/v3/live-data/filter-values/job-titles","operationId":"ListLiveDataJobTitleFilterValues","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "liveData.filterValues.locations": {"method":"get","path":"/v3/live-data/filter-values/locations","operationId":"ListLiveDataLocationFilterValues","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "liveData.filterValues.seniorities": {"method":"get","path":"/v3/live-data/filter-values/seniorities","operationId":"ListLiveDataSeniorityFilterValues","pathParams":[],"queryParams":["top","skip","search"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "liveData.searches.get": {"method":"get","path":"/v3/live-data/searches/{id}","operationId":"GetLiveDataSearch","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "liveData.searches.list": {"method":"get","path":"/v3/live-data/searches","operationId":"ListLiveDataSearches","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "liveData.searches.preview": {"method":"post","path":"/v3/live-data/searches/preview","operationId":"PreviewLiveDataSearch","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":true,"bodyArrayMaxItems":{}},
  "liveData.searches.start": {"method":"post","path":"/v3/live-data/searches","operationId":"StartLiveDataSearch","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "reports.calls.list": {"method":"post","path":"/v3/reporting/calls","operationId":"GetCallsList","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "reports.calls.overview": {"method":"post","path":"/v3/reporting/calls/overview","operationId":"GetCallsOverview","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "reports.channelEfficiency.overview": {"method":"post","path":"/v3/reporting/channel-efficiency/overview","operationId":"GetChannelEfficiencyOverview","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "reports.emails.list": {"method":"post","path":"/v3/reporting/emails","operationId":"GetEmailsList","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "reports.emails.overview": {"method":"post","path":"/v3/reporting/emails/overview","operationId":"GetEmailsOverview","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "reports.linkedIn.list": {"method":"post","path":"/v3/reporting/linkedin","operationId":"GetLinkedInList","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "reports.linkedIn.overview": {"method":"post","path":"/v3/reporting/linkedin/overview","operationId":"GetLinkedInOverview","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "reports.meetings.list": {"method":"post","path":"/v3/reporting/team-performance/meetings","operationId":"GetMeetingsList","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "reports.tasks.list": {"method":"post","path":"/v3/reporting/tasks","operationId":"GetTasksList","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "reports.tasks.overview": {"method":"post","path":"/v3/reporting/tasks/overview","operationId":"GetTasksOverview","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "reports.teamPerformance.overview": {"method":"post","path":"/v3/reporting/team-performance/overview","operationId":"GetTeamPerformanceOverview","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.create": {"method":"post","path":"/v3/schedules","operationId":"CreateSchedule","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.delete": {"method":"delete","path":"/v3/schedules/{id}","operationId":"DeleteSchedule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.get": {"method":"get","path":"/v3/schedules/{id}","operationId":"GetSchedule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.holidayCalendars.link": {"method":"post","path":"/v3/schedules/{id}/holiday-calendar-links","operationId":"LinkHolidayCalendarToSchedule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.holidayCalendars.list": {"method":"get","path":"/v3/schedules/{id}/holiday-calendars","operationId":"ListScheduleHolidayCalendars","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.holidayCalendars.unlink": {"method":"delete","path":"/v3/schedules/{id}/holiday-calendar-links/{calendarId}","operationId":"UnlinkHolidayCalendarFromSchedule","pathParams":["id","calendarId"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.list": {"method":"get","path":"/v3/schedules","operationId":"ListSchedules","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.replace": {"method":"put","path":"/v3/schedules/{id}","operationId":"UpdateSchedule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "schedules.setDefault": {"method":"post","path":"/v3/schedules/{id}/set-default","operationId":"SetDefaultSchedule","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.bulkAssignSequences": {"method":"post","path":"/v3/sequence-folders/{id}/sequence-links/bulk","operationId":"BulkAssignSequencesToFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.bulkUnassignSequences": {"method":"post","path":"/v3/sequence-folders/{id}/sequence-links/bulk-delete","operationId":"BulkUnassignSequencesFromFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.create": {"method":"post","path":"/v3/sequence-folders","operationId":"CreateSequenceFolder","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.delete": {"method":"delete","path":"/v3/sequence-folders/{id}","operationId":"DeleteSequenceFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.get": {"method":"get","path":"/v3/sequence-folders/{id}","operationId":"GetSequenceFolderById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.list": {"method":"get","path":"/v3/sequence-folders","operationId":"GetSequenceFolders","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.listSequences": {"method":"get","path":"/v3/sequence-folders/{id}/sequences","operationId":"GetFolderSequences","pathParams":["id"],"queryParams":["top","skip","sort_by","sort_direction"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "sequenceFolders.update": {"method":"put","path":"/v3/sequence-folders/{id}","operationId":"UpdateSequenceFolder","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.archive": {"method":"post","path":"/v3/sequences/{id}/archive","operationId":"ArchiveSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.bulkArchive": {"method":"post","path":"/v3/sequences/archive","operationId":"BulkArchiveSequences","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "sequences.bulkChangeOwner": {"method":"post","path":"/v3/sequences/batch/owner","operationId":"BulkChangeSequenceOwner","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "sequences.bulkDelete": {"method":"post","path":"/v3/sequences/bulk-delete","operationId":"BulkDeleteSequences","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "sequences.bulkPause": {"method":"post","path":"/v3/sequences/pause","operationId":"BulkPauseSequences","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "sequences.bulkStart": {"method":"post","path":"/v3/sequences/start","operationId":"BulkStartSequences","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "sequences.changeOwner": {"method":"put","path":"/v3/sequences/{id}/owner","operationId":"UpdateSequenceOwner","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.bulkAdd": {"method":"post","path":"/v3/sequences/{id}/contact-links/bulk","operationId":"BulkAddContactsToSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":10000}},
  "sequences.contacts.bulkRemove": {"method":"post","path":"/v3/sequences/{id}/contact-links/bulk-delete","operationId":"BulkRemoveContactsFromSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.get": {"method":"get","path":"/v3/sequences/{id}/contacts/{contact_id}","operationId":"GetSequenceContactById","pathParams":["id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.getPreview": {"method":"get","path":"/v3/sequences/{sequence_id}/contacts/{contact_id}/preview","operationId":"GetSequencePreview","pathParams":["sequence_id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.list": {"method":"get","path":"/v3/sequences/{id}/contacts","operationId":"GetSequenceContacts","pathParams":["id"],"queryParams":["top","skip","sort_by","sort_direction"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.listState": {"method":"get","path":"/v3/sequences/{id}/contacts/state","operationId":"GetSequenceContactsState","pathParams":["id"],"queryParams":["top","skip","additionalColumns"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.remove": {"method":"delete","path":"/v3/sequences/{id}/contact-links/{contact_id}","operationId":"RemoveContactFromSequence","pathParams":["id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.resetPreview": {"method":"post","path":"/v3/sequences/{sequence_id}/contacts/{contact_id}/preview/reset","operationId":"ResetSequencePreview","pathParams":["sequence_id","contact_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.contacts.setBounced": {"method":"post","path":"/v3/sequences/{id}/contacts/set-bounced","operationId":"SetSequenceContactsBounced","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":100}},
  "sequences.contacts.setReplied": {"method":"post","path":"/v3/sequences/{id}/contacts/set-replied","operationId":"SetSequenceContactsReplied","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":100}},
  "sequences.contacts.setStatus": {"method":"post","path":"/v3/sequences/{id}/contacts/set-status-in-sequence","operationId":"SetSequenceContactsStatusInSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"contactIds":100}},
  "sequences.create": {"method":"post","path":"/v3/sequences","operationId":"CreateSequence","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.createFromTemplate": {"method":"post","path":"/v3/sequences/create-from-template","operationId":"CreateSequenceFromTemplate","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.delete": {"method":"delete","path":"/v3/sequences/{id}","operationId":"DeleteSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.emailAccounts.assign": {"method":"post","path":"/v3/sequences/{id}/email-account-links","operationId":"AssignEmailAccountToSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.emailAccounts.list": {"method":"get","path":"/v3/sequences/{id}/email-accounts","operationId":"GetSequenceEmailAccounts","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.emailAccounts.remove": {"method":"delete","path":"/v3/sequences/{id}/email-account-links/{email_account_id}","operationId":"RemoveEmailAccountFromSequence","pathParams":["id","email_account_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.emailAccounts.set": {"method":"put","path":"/v3/sequences/{id}/email-account-links","operationId":"SetSequenceEmailAccounts","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.get": {"method":"get","path":"/v3/sequences/{id}","operationId":"GetSequenceById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.getStats": {"method":"post","path":"/v3/sequences/{id}/stats","operationId":"GetSequenceStats","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.linkedInAccounts.assign": {"method":"post","path":"/v3/sequences/{id}/linkedin-account-links","operationId":"AssignLinkedInAccountToSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.linkedInAccounts.list": {"method":"get","path":"/v3/sequences/{id}/linkedin-accounts","operationId":"GetSequenceLinkedInAccounts","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.linkedInAccounts.remove": {"method":"delete","path":"/v3/sequences/{id}/linkedin-account-links/{linkedInAccountId}","operationId":"RemoveLinkedInAccountFromSequence","pathParams":["id","linkedInAccountId"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.list": {"method":"get","path":"/v3/sequences","operationId":"GetSequences","pathParams":[],"queryParams":["top","skip","status","ownerUserId","folderId","isArchived","name","createdAfter","sortBy","sortDirection"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "sequences.listStats": {"method":"post","path":"/v3/sequences/stats","operationId":"GetSequenceStatsList","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.pause": {"method":"post","path":"/v3/sequences/{id}/pause","operationId":"PauseSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.saveAsTemplate": {"method":"post","path":"/v3/sequences/{id}/save-as-template","operationId":"SaveSequenceAsTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.start": {"method":"post","path":"/v3/sequences/{id}/start","operationId":"StartSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.bulkCreate": {"method":"post","path":"/v3/sequences/{id}/steps/bulk","operationId":"BulkCreateSequenceSteps","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.bulkDelete": {"method":"post","path":"/v3/sequences/{id}/steps/bulk-delete","operationId":"BulkDeleteSequenceSteps","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.create": {"method":"post","path":"/v3/sequences/{id}/steps","operationId":"CreateSequenceStep","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.delete": {"method":"delete","path":"/v3/sequences/{id}/steps/{step_id}","operationId":"DeleteSequenceStep","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.disableVariants": {"method":"post","path":"/v3/sequences/{id}/steps/{step_id}/disable","operationId":"DisableSequenceStepVariants","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.enableVariants": {"method":"post","path":"/v3/sequences/{id}/steps/{step_id}/enable","operationId":"EnableSequenceStepVariants","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.get": {"method":"get","path":"/v3/sequences/{id}/steps/{step_id}","operationId":"GetSequenceStepById","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.list": {"method":"get","path":"/v3/sequences/{id}/steps","operationId":"GetSequenceSteps","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.listConditionProperties": {"method":"get","path":"/v3/sequences/steps/contact-filter-properties","operationId":"GetConditionProperties","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.update": {"method":"put","path":"/v3/sequences/{id}/steps/{step_id}","operationId":"UpdateSequenceStep","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.variants.bulkCreate": {"method":"post","path":"/v3/sequences/{id}/steps/{step_id}/variants/bulk","operationId":"BulkCreateSequenceStepVariants","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.variants.bulkDelete": {"method":"post","path":"/v3/sequences/{id}/steps/{step_id}/variants/bulk-delete","operationId":"BulkDeleteSequenceStepVariants","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.variants.create": {"method":"post","path":"/v3/sequences/{id}/steps/{step_id}/variants","operationId":"CreateSequenceStepVariant","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{"attachmentIds":3}},
  "sequences.steps.variants.delete": {"method":"delete","path":"/v3/sequences/{id}/steps/{step_id}/variants/{variant_id}","operationId":"DeleteSequenceStepVariant","pathParams":["id","step_id","variant_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.variants.list": {"method":"get","path":"/v3/sequences/{id}/steps/{step_id}/variants","operationId":"GetSequenceStepVariants","pathParams":["id","step_id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequences.steps.variants.update": {"method":"put","path":"/v3/sequences/{id}/steps/{step_id}/variants/{variant_id}","operationId":"UpdateSequenceStepVariant","pathParams":["id","step_id","variant_id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"attachmentIds":3}},
  "sequences.update": {"method":"patch","path":"/v3/sequences/{id}","operationId":"UpdateSequence","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceTemplates.delete": {"method":"delete","path":"/v3/sequence-templates/{id}","operationId":"DeleteSequenceTemplate","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "sequenceTemplates.list": {"method":"get","path":"/v3/sequence-templates","operationId":"GetSequenceTemplates","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "settings.get": {"method":"get","path":"/v3/settings","operationId":"GetSettings","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "settings.update": {"method":"patch","path":"/v3/settings","operationId":"UpdateSettings","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "tasks.assign": {"method":"put","path":"/v3/tasks/{id}/assigned-user","operationId":"AssignTask","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "tasks.batchAssign": {"method":"post","path":"/v3/tasks/batch/assign","operationId":"BatchAssignTasks","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "tasks.batchComplete": {"method":"post","path":"/v3/tasks/batch/complete","operationId":"BatchCompleteTasks","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "tasks.bulkDelete": {"method":"post","path":"/v3/tasks/bulk-delete","operationId":"BulkDeleteTasks","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{"ids":100}},
  "tasks.complete": {"method":"post","path":"/v3/tasks/{id}/complete","operationId":"CompleteTask","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "tasks.create": {"method":"post","path":"/v3/tasks","operationId":"CreateTask","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "tasks.delete": {"method":"delete","path":"/v3/tasks/{id}","operationId":"DeleteTask","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "tasks.execute": {"method":"post","path":"/v3/tasks/{id}/execute","operationId":"ExecuteTask","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "tasks.filter": {"method":"post","path":"/v3/tasks/filter","operationId":"FilterTasks","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "tasks.get": {"method":"get","path":"/v3/tasks/{id}","operationId":"GetTaskById","pathParams":["id"],"queryParams":["includeContent"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "tasks.list": {"method":"get","path":"/v3/tasks","operationId":"GetTasks","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "tasks.update": {"method":"put","path":"/v3/tasks/{id}","operationId":"UpdateTask","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "user.listTeamUsers": {"method":"get","path":"/v3/whoami/team-users","operationId":"WhoamiTeamUsers","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "user.whoami": {"method":"get","path":"/v3/whoami","operationId":"Whoami","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.create": {"method":"post","path":"/v3/webhooks","operationId":"CreateWebhook","pathParams":[],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.delete": {"method":"delete","path":"/v3/webhooks/{id}","operationId":"DeleteWebhook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.disable": {"method":"post","path":"/v3/webhooks/{id}/disable","operationId":"DisableWebhook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.enable": {"method":"post","path":"/v3/webhooks/{id}/enable","operationId":"EnableWebhook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.get": {"method":"get","path":"/v3/webhooks/{id}","operationId":"GetWebhookById","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.list": {"method":"get","path":"/v3/webhooks","operationId":"ListWebhooks","pathParams":[],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.listEvents": {"method":"get","path":"/v3/webhooks/events","operationId":"GetWebhookEvents","pathParams":[],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.listLogs": {"method":"get","path":"/v3/webhooks/{id}/logs","operationId":"GetWebhookLogs","pathParams":["id"],"queryParams":["top","skip"],"headerParams":[],"body":"none","bodyType":"json","responseType":"json","idempotent":true,"paginated":true,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.test": {"method":"post","path":"/v3/webhooks/{id}/test","operationId":"TestWebhook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"none","bodyType":"json","responseType":"none","idempotent":false,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
  "webhooks.update": {"method":"put","path":"/v3/webhooks/{id}","operationId":"UpdateWebhook","pathParams":["id"],"queryParams":[],"headerParams":[],"body":"required","bodyType":"json","responseType":"json","idempotent":true,"paginated":false,"job":false,"bodyArrayMaxItems":{}},
} as const satisfies RouteTable;

export type RouteName = keyof typeof routes;

/** The SDK surface: one namespace per dotted segment, one method per operation. */
export interface Methods<Job = unknown> {
  accountLists: {
    /** Add accounts to an account list — `POST /v3/contact-account-lists/{id}/add-accounts` (AddAccountsToContactAccountList) */
    addAccounts: Method<paths, "/v3/contact-account-lists/{id}/add-accounts", "post">;
    /** Create an account list — `POST /v3/contact-account-lists` (CreateContactAccountList) */
    create: Method<paths, "/v3/contact-account-lists", "post">;
    /** Delete an account list — `DELETE /v3/contact-account-lists/{id}` (DeleteContactAccountList) */
    delete: Method<paths, "/v3/contact-account-lists/{id}", "delete">;
    /** Get an account list — `GET /v3/contact-account-lists/{id}` (GetContactAccountListById) */
    get: Method<paths, "/v3/contact-account-lists/{id}", "get">;
    /** List account lists — `GET /v3/contact-account-lists` (GetContactAccountLists) */
    list: ListMethod<paths, "/v3/contact-account-lists", "get">;
    /** Move accounts into an account list — `POST /v3/contact-account-lists/{id}/move-accounts` (MoveAccountsToContactAccountList) */
    moveAccounts: Method<paths, "/v3/contact-account-lists/{id}/move-accounts", "post">;
    /** Rename an account list — `PUT /v3/contact-account-lists/{id}` (UpdateContactAccountList) */
    update: Method<paths, "/v3/contact-account-lists/{id}", "put">;
  };
  accounts: {
    /** Link contacts to a company account — `POST /v3/contact-accounts/{id}/contact-links/bulk` (BulkAddContactsToContactAccount) */
    addContacts: Method<paths, "/v3/contact-accounts/{id}/contact-links/bulk", "post">;
    /** Create company accounts in bulk — `POST /v3/contact-accounts/bulk` (BulkCreateContactAccounts) */
    bulkCreate: Method<paths, "/v3/contact-accounts/bulk", "post">;
    /** Delete company accounts in bulk — `POST /v3/contact-accounts/bulk-delete` (BulkDeleteContactAccounts) */
    bulkDelete: Method<paths, "/v3/contact-accounts/bulk-delete", "post">;
    /** Change the owner of a company account — `PUT /v3/contact-accounts/{id}/owner` (UpdateContactAccountOwner) */
    changeOwner: Method<paths, "/v3/contact-accounts/{id}/owner", "put">;
    /** Create a company account — `POST /v3/contact-accounts` (CreateContactAccount) */
    create: Method<paths, "/v3/contact-accounts", "post">;
    /** Delete a company account — `DELETE /v3/contact-accounts/{id}` (DeleteContactAccount) */
    delete: Method<paths, "/v3/contact-accounts/{id}", "delete">;
    /** Filter company accounts — `POST /v3/contact-accounts/filter` (FilterContactAccounts) */
    filter: ListMethod<paths, "/v3/contact-accounts/filter", "post">;
    /** Get a company account — `GET /v3/contact-accounts/{id}` (GetContactAccountById) */
    get: Method<paths, "/v3/contact-accounts/{id}", "get">;
    /** List company accounts — `GET /v3/contact-accounts` (GetContactAccounts) */
    list: ListMethod<paths, "/v3/contact-accounts", "get">;
    /** List an account's contacts — `GET /v3/contact-accounts/{id}/contacts` (GetContactAccountContacts) */
    listContacts: ListMethod<paths, "/v3/contact-accounts/{id}/contacts", "get">;
    /** Unlink contacts from a company account — `POST /v3/contact-accounts/{id}/contact-links/bulk-delete` (BulkRemoveContactsFromContactAccount) */
    removeContacts: Method<paths, "/v3/contact-accounts/{id}/contact-links/bulk-delete", "post">;
    /** Replace a company account — `PUT /v3/contact-accounts/{id}` (UpdateContactAccount) */
    update: Method<paths, "/v3/contact-accounts/{id}", "put">;
  };
  aiPrompts: {
    /** Create an AI prompt — `POST /v3/ai-prompts` (CreateAiPrompt) */
    create: Method<paths, "/v3/ai-prompts", "post">;
    /** Delete an AI prompt — `DELETE /v3/ai-prompts/{id}` (DeleteAiPrompt) */
    delete: Method<paths, "/v3/ai-prompts/{id}", "delete">;
    /** List AI prompts — `GET /v3/ai-prompts` (ListAiPrompts) */
    list: ListMethod<paths, "/v3/ai-prompts", "get">;
    /** Preview a prompt on a LinkedIn post — `POST /v3/ai-prompts/preview/linkedin-post` (PreviewAiPromptOnLinkedInPost) */
    previewOnLinkedInPost: Method<paths, "/v3/ai-prompts/preview/linkedin-post", "post">;
    /** Preview a prompt on a sample post — `POST /v3/ai-prompts/preview/sample` (PreviewAiPromptOnSamplePost) */
    previewOnSamplePost: Method<paths, "/v3/ai-prompts/preview/sample", "post">;
    /** Replace an AI prompt — `PUT /v3/ai-prompts/{id}` (UpdateAiPrompt) */
    update: Method<paths, "/v3/ai-prompts/{id}", "put">;
  };
  aiSdr: {
    intentSignals: {
      /** List intent-signal industries — `GET /v3/ai-sdr/intent-signals/industries` (ListIntentSignalIndustries) */
      listIndustries: ListMethod<paths, "/v3/ai-sdr/intent-signals/industries", "get">;
      /** List intent-signal technologies — `GET /v3/ai-sdr/intent-signals/technologies` (ListIntentSignalTechnologies) */
      listTechnologies: ListMethod<paths, "/v3/ai-sdr/intent-signals/technologies", "get">;
    };
    knowledgeBases: {
      /** Create a knowledge base — `POST /v3/ai-sdr/knowledge-bases` (CreateKnowledgeBase) */
      create: Method<paths, "/v3/ai-sdr/knowledge-bases", "post">;
      /** Delete a knowledge base — `DELETE /v3/ai-sdr/knowledge-bases/{id}` (DeleteKnowledgeBase) */
      delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{id}", "delete">;
      documents: {
        /** Delete a document — `DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents/{document_id}` (DeleteKnowledgeBaseDocument) */
        delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents/{document_id}", "delete">;
        /** List knowledge base documents — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents` (ListKnowledgeBaseDocuments) */
        list: ListMethod<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents", "get">;
        /** Upload a document — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents` (UploadKnowledgeBaseDocument) */
        upload: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/documents", "post">;
      };
      /** Duplicate a knowledge base — `POST /v3/ai-sdr/knowledge-bases/{id}/duplicate` (DuplicateKnowledgeBase) */
      duplicate: Method<paths, "/v3/ai-sdr/knowledge-bases/{id}/duplicate", "post">;
      /** Get a knowledge base — `GET /v3/ai-sdr/knowledge-bases/{id}` (GetKnowledgeBase) */
      get: Method<paths, "/v3/ai-sdr/knowledge-bases/{id}", "get">;
      links: {
        /** Add a link — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links` (AddKnowledgeBaseLink) */
        create: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links", "post">;
        /** Delete a link — `DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links/{link_id}` (DeleteKnowledgeBaseLink) */
        delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links/{link_id}", "delete">;
        /** List knowledge base links — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links` (ListKnowledgeBaseLinks) */
        list: ListMethod<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/links", "get">;
      };
      /** List knowledge bases — `GET /v3/ai-sdr/knowledge-bases` (ListKnowledgeBases) */
      list: ListMethod<paths, "/v3/ai-sdr/knowledge-bases", "get">;
      reengagementCards: {
        /** Create a reengagement card — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards` (CreateReengagementCard) */
        create: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards", "post">;
        /** Delete a reengagement card — `DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}` (DeleteReengagementCard) */
        delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}", "delete">;
        /** Get a reengagement card — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}` (GetReengagementCard) */
        get: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}", "get">;
        /** List reengagement cards — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards` (ListReengagementCards) */
        list: ListMethod<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards", "get">;
        media: {
          /** Delete reengagement card media — `DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media/{media_id}` (DeleteReengagementCardMedia) */
          delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media/{media_id}", "delete">;
          /** Upload reengagement card media — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media` (UploadReengagementCardMedia) */
          upload: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}/media", "post">;
        };
        /** Update a reengagement card — `PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}` (UpdateReengagementCard) */
        update: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-cards/{reengagement_card_id}", "patch">;
      };
      reengagementFlows: {
        /** Assign a flow to a contact — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/assign` (AssignReengagementFlow) */
        assign: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/assign", "post">;
        /** Count contacts on a flow — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/contacts-count` (GetReengagementFlowContactsCount) */
        countContacts: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/contacts-count", "get">;
        /** Create a reengagement flow — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows` (CreateReengagementFlow) */
        create: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows", "post">;
        /** Delete a reengagement flow — `DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}` (DeleteReengagementFlow) */
        delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}", "delete">;
        /** Duplicate a reengagement flow — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/duplicate` (DuplicateReengagementFlow) */
        duplicate: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/duplicate", "post">;
        /** Get a contact's flow state — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/state` (GetReengagementFlowState) */
        getState: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/state", "get">;
        /** List reengagement flows — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows` (ListReengagementFlows) */
        list: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows", "get">;
        /** Make a flow the default — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/set-default` (SetDefaultReengagementFlow) */
        setDefault: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}/set-default", "post">;
        /** Update a reengagement flow — `PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}` (UpdateReengagementFlow) */
        update: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reengagement-flows/{flow_id}", "patch">;
      };
      replyHandlers: {
        /** Create a reply handler — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers` (CreateReplyHandler) */
        create: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers", "post">;
        /** Delete a reply handler — `DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}` (DeleteReplyHandler) */
        delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}", "delete">;
        /** Get a reply handler — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}` (GetReplyHandler) */
        get: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}", "get">;
        /** List reply handlers — `GET /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers` (ListReplyHandlers) */
        list: ListMethod<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers", "get">;
        media: {
          /** Delete reply handler media — `DELETE /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media/{media_id}` (DeleteReplyHandlerMedia) */
          delete: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media/{media_id}", "delete">;
          /** Upload reply handler media — `POST /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media` (UploadReplyHandlerMedia) */
          upload: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}/media", "post">;
        };
        /** Update a reply handler — `PATCH /v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}` (UpdateReplyHandler) */
        update: Method<paths, "/v3/ai-sdr/knowledge-bases/{knowledge_base_id}/reply-handlers/{reply_handler_id}", "patch">;
      };
      /** Update a knowledge base — `PATCH /v3/ai-sdr/knowledge-bases/{id}` (UpdateKnowledgeBase) */
      update: Method<paths, "/v3/ai-sdr/knowledge-bases/{id}", "patch">;
    };
    offers: {
      /** Create an offer — `POST /v3/ai-sdr/offers` (CreateOffer) */
      create: Method<paths, "/v3/ai-sdr/offers", "post">;
      /** Delete an offer — `DELETE /v3/ai-sdr/offers/{id}` (DeleteOffer) */
      delete: Method<paths, "/v3/ai-sdr/offers/{id}", "delete">;
      /** Duplicate an offer — `POST /v3/ai-sdr/offers/{id}/duplicate` (DuplicateOffer) */
      duplicate: Method<paths, "/v3/ai-sdr/offers/{id}/duplicate", "post">;
      /** Generate an offer with AI — `POST /v3/ai-sdr/offers/generate` (GenerateOffer) */
      generate: JobMethod<paths, "/v3/ai-sdr/offers/generate", "post", Job>;
      /** Get an offer — `GET /v3/ai-sdr/offers/{id}` (GetOffer) */
      get: Method<paths, "/v3/ai-sdr/offers/{id}", "get">;
      /** List offers — `GET /v3/ai-sdr/offers` (ListOffers) */
      list: ListMethod<paths, "/v3/ai-sdr/offers", "get">;
      /** Update an offer — `PATCH /v3/ai-sdr/offers/{id}` (UpdateOffer) */
      update: Method<paths, "/v3/ai-sdr/offers/{id}", "patch">;
      /** Upload a file for offer generation — `POST /v3/ai-sdr/offers/generation-attachments` (UploadOfferGenerationAttachment) */
      uploadGenerationAttachment: Method<paths, "/v3/ai-sdr/offers/generation-attachments", "post">;
    };
    pendingApprovals: {
      /** Discard a pending approval — `DELETE /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval` (DeleteApproval) */
      delete: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval", "delete">;
      /** Get a contact's pending approval — `GET /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval` (GetApprovalByContact) */
      get: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval", "get">;
      /** List pending approvals — `GET /v3/ai-sdr/approvals` (ListApprovals) */
      list: ListMethod<paths, "/v3/ai-sdr/approvals", "get">;
      /** Regenerate a pending approval — `POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/regenerate` (RegenerateApproval) */
      regenerate: JobMethod<paths, "/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/regenerate", "post", Job>;
      /** Send a pending approval — `POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/send` (SendApproval) */
      send: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/approval/send", "post">;
      /** Send pending approvals in bulk — `POST /v3/ai-sdr/approvals/send-bulk` (SendApprovalsBulk) */
      sendBulk: Method<paths, "/v3/ai-sdr/approvals/send-bulk", "post">;
    };
    playbooks: {
      /** Create a playbook — `POST /v3/ai-sdr/playbooks` (CreatePlaybook) */
      create: Method<paths, "/v3/ai-sdr/playbooks", "post">;
      /** Delete a playbook — `DELETE /v3/ai-sdr/playbooks/{id}` (DeletePlaybook) */
      delete: Method<paths, "/v3/ai-sdr/playbooks/{id}", "delete">;
      /** Duplicate a playbook — `POST /v3/ai-sdr/playbooks/{id}/duplicate` (DuplicatePlaybook) */
      duplicate: Method<paths, "/v3/ai-sdr/playbooks/{id}/duplicate", "post">;
      /** Get a playbook — `GET /v3/ai-sdr/playbooks/{id}` (GetPlaybook) */
      get: Method<paths, "/v3/ai-sdr/playbooks/{id}", "get">;
      /** List playbooks — `GET /v3/ai-sdr/playbooks` (ListPlaybooks) */
      list: ListMethod<paths, "/v3/ai-sdr/playbooks", "get">;
      styleFiles: {
        /** Delete a style file — `DELETE /v3/ai-sdr/playbooks/{playbook_id}/style-files/{style_file_id}` (DeletePlaybookStyleFile) */
        delete: Method<paths, "/v3/ai-sdr/playbooks/{playbook_id}/style-files/{style_file_id}", "delete">;
        /** Upload a style file — `POST /v3/ai-sdr/playbooks/{playbook_id}/style-files` (UploadPlaybookStyleFile) */
        upload: Method<paths, "/v3/ai-sdr/playbooks/{playbook_id}/style-files", "post">;
      };
      /** Update a playbook — `PATCH /v3/ai-sdr/playbooks/{id}` (UpdatePlaybook) */
      update: Method<paths, "/v3/ai-sdr/playbooks/{id}", "patch">;
    };
    sequencePreview: {
      /** Personalize the preview for a contact — `POST /v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/preview/personalize` (PersonalizeSequencePreview) */
      personalize: JobMethod<paths, "/v3/sequences/ai-sdr/{sequence_id}/contacts/{contact_id}/preview/personalize", "post", Job>;
    };
    sequences: {
      /** Disconnect the knowledge base — `DELETE /v3/sequences/ai-sdr/{sequence_id}/knowledge-base` (ClearAiSdrSequenceKnowledgeBase) */
      clearKnowledgeBase: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/knowledge-base", "delete">;
      /** Detach the playbook — `DELETE /v3/sequences/ai-sdr/{sequence_id}/playbook` (ClearAiSdrSequencePlaybook) */
      clearPlaybook: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/playbook", "delete">;
      /** Create an AI SDR sequence — `POST /v3/sequences/ai-sdr` (CreateAiSdrSequence) */
      create: Method<paths, "/v3/sequences/ai-sdr", "post">;
      /** Turn autopilot off — `POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/disable` (DisableAiSdrSequenceAutopilot) */
      disableAutopilot: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/autopilot/disable", "post">;
      /** Turn autopilot on — `POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/enable` (EnableAiSdrSequenceAutopilot) */
      enableAutopilot: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/autopilot/enable", "post">;
      /** Start an autopilot search now — `POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/force-start` (ForceStartAiSdrSequenceAutopilot) */
      forceStartAutopilot: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/autopilot/force-start", "post">;
      /** Get the connected knowledge base — `GET /v3/sequences/ai-sdr/{sequence_id}/knowledge-base` (GetAiSdrSequenceKnowledgeBase) */
      getKnowledgeBase: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/knowledge-base", "get">;
      /** Get the attached playbook — `GET /v3/sequences/ai-sdr/{sequence_id}/playbook` (GetAiSdrSequencePlaybook) */
      getPlaybook: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/playbook", "get">;
      /** Get AI SDR sequence settings — `GET /v3/sequences/ai-sdr/{sequence_id}/settings` (GetAiSdrSequenceSettings) */
      getSettings: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/settings", "get">;
      /** Preview autopilot results — `POST /v3/sequences/ai-sdr/{sequence_id}/autopilot/preview` (PreviewAutopilot) */
      previewAutopilot: JobMethod<paths, "/v3/sequences/ai-sdr/{sequence_id}/autopilot/preview", "post", Job>;
      /** Set the approval mode — `PUT /v3/sequences/ai-sdr/{sequence_id}/approval-mode` (SetAiSdrSequenceApprovalMode) */
      setApprovalMode: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/approval-mode", "put">;
      /** Set the generated step types — `PUT /v3/sequences/ai-sdr/{sequence_id}/generated-step-types` (SetAiSdrSequenceGeneratedStepTypes) */
      setGeneratedStepTypes: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/generated-step-types", "put">;
      /** Connect a knowledge base — `PUT /v3/sequences/ai-sdr/{sequence_id}/knowledge-base` (SetAiSdrSequenceKnowledgeBase) */
      setKnowledgeBase: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/knowledge-base", "put">;
      /** Attach a playbook — `PUT /v3/sequences/ai-sdr/{sequence_id}/playbook` (SetAiSdrSequencePlaybook) */
      setPlaybook: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/playbook", "put">;
      /** Update AI SDR sequence settings — `PATCH /v3/sequences/ai-sdr/{sequence_id}/settings` (UpdateAiSdrSequenceSettings) */
      updateSettings: Method<paths, "/v3/sequences/ai-sdr/{sequence_id}/settings", "patch">;
    };
    strategist: {
      /** Start the strategist — `POST /v3/ai-sdr/strategist/start` (StartStrategist) */
      start: JobMethod<paths, "/v3/ai-sdr/strategist/start", "post", Job>;
    };
  };
  attachments: {
    /** Upload an attachment — `POST /v3/attachments` (UploadAttachment) */
    upload: Method<paths, "/v3/attachments", "post">;
    /** Upload a voice attachment — `POST /v3/attachments/voice` (UploadVoiceAttachment) */
    uploadVoice: Method<paths, "/v3/attachments/voice", "post">;
  };
  backgroundJobs: {
    /** Cancel a background job — `POST /v3/background-jobs/{jobId}/cancel` (CancelBackgroundJob) */
    cancel: Method<paths, "/v3/background-jobs/{jobId}/cancel", "post">;
    /** Get a background job — `GET /v3/background-jobs/{jobId}` (GetBackgroundJobById) */
    get: Method<paths, "/v3/background-jobs/{jobId}", "get">;
    /** List background jobs — `GET /v3/background-jobs` (GetBackgroundJobs) */
    list: ListMethod<paths, "/v3/background-jobs", "get">;
  };
  blacklist: {
    domains: {
      /** Create domain blacklist rules in bulk — `POST /v3/contact-blacklist-rules/domains/bulk` (BulkCreateBlacklistDomainRules) */
      bulkCreate: Method<paths, "/v3/contact-blacklist-rules/domains/bulk", "post">;
      /** Delete domain blacklist rules in bulk — `POST /v3/contact-blacklist-rules/domains/bulk-delete` (BulkDeleteBlacklistDomainRules) */
      bulkDelete: Method<paths, "/v3/contact-blacklist-rules/domains/bulk-delete", "post">;
      /** Create a domain blacklist rule — `POST /v3/contact-blacklist-rules/domains` (CreateBlacklistDomainRule) */
      create: Method<paths, "/v3/contact-blacklist-rules/domains", "post">;
      /** Delete a domain blacklist rule — `DELETE /v3/contact-blacklist-rules/domains/{id}` (DeleteBlacklistDomainRule) */
      delete: Method<paths, "/v3/contact-blacklist-rules/domains/{id}", "delete">;
      /** Get a domain blacklist rule — `GET /v3/contact-blacklist-rules/domains/{id}` (GetBlacklistDomainRuleById) */
      get: Method<paths, "/v3/contact-blacklist-rules/domains/{id}", "get">;
      /** List domain blacklist rules — `GET /v3/contact-blacklist-rules/domains` (GetBlacklistDomainRules) */
      list: ListMethod<paths, "/v3/contact-blacklist-rules/domains", "get">;
      /** Update a domain blacklist rule — `PUT /v3/contact-blacklist-rules/domains/{id}` (UpdateBlacklistDomainRule) */
      update: Method<paths, "/v3/contact-blacklist-rules/domains/{id}", "put">;
    };
    emailExceptions: {
      /** Create email exception rules in bulk — `POST /v3/contact-blacklist-rules/email-exceptions/bulk` (BulkCreateBlacklistEmailExceptionRules) */
      bulkCreate: Method<paths, "/v3/contact-blacklist-rules/email-exceptions/bulk", "post">;
      /** Delete email exception rules in bulk — `POST /v3/contact-blacklist-rules/email-exceptions/bulk-delete` (BulkDeleteBlacklistEmailExceptionRules) */
      bulkDelete: Method<paths, "/v3/contact-blacklist-rules/email-exceptions/bulk-delete", "post">;
      /** Create an email exception rule — `POST /v3/contact-blacklist-rules/email-exceptions` (CreateBlacklistEmailExceptionRule) */
      create: Method<paths, "/v3/contact-blacklist-rules/email-exceptions", "post">;
      /** Delete an email exception rule — `DELETE /v3/contact-blacklist-rules/email-exceptions/{id}` (DeleteBlacklistEmailExceptionRule) */
      delete: Method<paths, "/v3/contact-blacklist-rules/email-exceptions/{id}", "delete">;
      /** Get an email exception rule — `GET /v3/contact-blacklist-rules/email-exceptions/{id}` (GetBlacklistEmailExceptionRuleById) */
      get: Method<paths, "/v3/contact-blacklist-rules/email-exceptions/{id}", "get">;
      /** List email exception rules — `GET /v3/contact-blacklist-rules/email-exceptions` (GetBlacklistEmailExceptionRules) */
      list: ListMethod<paths, "/v3/contact-blacklist-rules/email-exceptions", "get">;
      /** Update an email exception rule — `PUT /v3/contact-blacklist-rules/email-exceptions/{id}` (UpdateBlacklistEmailExceptionRule) */
      update: Method<paths, "/v3/contact-blacklist-rules/email-exceptions/{id}", "put">;
    };
    emails: {
      /** Create email blacklist rules in bulk — `POST /v3/contact-blacklist-rules/emails/bulk` (BulkCreateBlacklistEmailRules) */
      bulkCreate: Method<paths, "/v3/contact-blacklist-rules/emails/bulk", "post">;
      /** Delete email blacklist rules in bulk — `POST /v3/contact-blacklist-rules/emails/bulk-delete` (BulkDeleteBlacklistEmailRules) */
      bulkDelete: Method<paths, "/v3/contact-blacklist-rules/emails/bulk-delete", "post">;
      /** Create an email blacklist rule — `POST /v3/contact-blacklist-rules/emails` (CreateBlacklistEmailRule) */
      create: Method<paths, "/v3/contact-blacklist-rules/emails", "post">;
      /** Delete an email blacklist rule — `DELETE /v3/contact-blacklist-rules/emails/{id}` (DeleteBlacklistEmailRule) */
      delete: Method<paths, "/v3/contact-blacklist-rules/emails/{id}", "delete">;
      /** Get an email blacklist rule — `GET /v3/contact-blacklist-rules/emails/{id}` (GetBlacklistEmailRuleById) */
      get: Method<paths, "/v3/contact-blacklist-rules/emails/{id}", "get">;
      /** List email blacklist rules — `GET /v3/contact-blacklist-rules/emails` (GetBlacklistEmailRules) */
      list: ListMethod<paths, "/v3/contact-blacklist-rules/emails", "get">;
      /** Update an email blacklist rule — `PUT /v3/contact-blacklist-rules/emails/{id}` (UpdateBlacklistEmailRule) */
      update: Method<paths, "/v3/contact-blacklist-rules/emails/{id}", "put">;
    };
  };
  contactLists: {
    /** Add contacts to a contact list — `POST /v3/contact-lists/{id}/add-contacts` (AddContactsToContactList) */
    addContacts: Method<paths, "/v3/contact-lists/{id}/add-contacts", "post">;
    /** Create a contact list — `POST /v3/contact-lists` (CreateContactList) */
    create: Method<paths, "/v3/contact-lists", "post">;
    /** Delete a contact list — `DELETE /v3/contact-lists/{id}` (DeleteContactList) */
    delete: Method<paths, "/v3/contact-lists/{id}", "delete">;
    /** Get a contact list — `GET /v3/contact-lists/{id}` (GetContactListById) */
    get: Method<paths, "/v3/contact-lists/{id}", "get">;
    /** List contact lists — `GET /v3/contact-lists` (GetContactLists) */
    list: ListMethod<paths, "/v3/contact-lists", "get">;
    /** List the lists a contact is in — `GET /v3/contacts/{id}/lists` (GetContactListsForContact) */
    listForContact: Method<paths, "/v3/contacts/{id}/lists", "get">;
    /** Move contacts into a contact list — `POST /v3/contact-lists/{id}/move-contacts` (MoveContactsToContactList) */
    moveContacts: Method<paths, "/v3/contact-lists/{id}/move-contacts", "post">;
    /** Share a contact list — `POST /v3/contact-lists/{id}/share` (ShareContactList) */
    share: Method<paths, "/v3/contact-lists/{id}/share", "post">;
    /** Stop sharing a contact list — `POST /v3/contact-lists/{id}/unshare` (UnshareContactList) */
    unshare: Method<paths, "/v3/contact-lists/{id}/unshare", "post">;
    /** Rename a contact list — `PUT /v3/contact-lists/{id}` (UpdateContactList) */
    update: Method<paths, "/v3/contact-lists/{id}", "put">;
  };
  contacts: {
    /** Add a note to a contact — `POST /v3/contacts/{id}/notes` (AddContactNote) */
    addNote: Method<paths, "/v3/contacts/{id}/notes", "post">;
    /** Delete contacts in bulk — `POST /v3/contacts/bulk-delete` (BulkDeleteContacts) */
    bulkDelete: Method<paths, "/v3/contacts/bulk-delete", "post">;
    /** Change the owner of contacts — `PUT /v3/contacts/owner` (ChangeContactsOwner) */
    changeOwner: Method<paths, "/v3/contacts/owner", "put">;
    /** Create a contact — `POST /v3/contacts` (CreateContact) */
    create: Method<paths, "/v3/contacts", "post">;
    /** Delete a contact — `DELETE /v3/contacts/{id}` (DeleteContact) */
    delete: Method<paths, "/v3/contacts/{id}", "delete">;
    /** Filter contacts — `POST /v3/contacts/filter` (FilterContacts) */
    filter: ListMethod<paths, "/v3/contacts/filter", "post">;
    /** Get a contact — `GET /v3/contacts/{id}` (GetContactById) */
    get: Method<paths, "/v3/contacts/{id}", "get">;
    /** Get a contact's statuses — `GET /v3/contacts/{id}/statuses` (GetContactStatuses) */
    getStatuses: Method<paths, "/v3/contacts/{id}/statuses", "get">;
    /** Import contacts — `POST /v3/contacts/import` (ImportContacts) */
    import: Method<paths, "/v3/contacts/import", "post">;
    /** List contacts — `GET /v3/contacts` (GetContacts) */
    list: ListMethod<paths, "/v3/contacts", "get">;
    /** List a contact's activities — `GET /v3/contacts/{id}/activities` (GetContactActivities) */
    listActivities: ListMethod<paths, "/v3/contacts/{id}/activities", "get">;
    /** List a contact's inbox threads — `GET /v3/contacts/{id}/inbox-threads` (GetContactInboxThreads) */
    listInboxThreads: ListMethod<paths, "/v3/contacts/{id}/inbox-threads", "get">;
    /** List a contact's sequences — `GET /v3/contacts/{id}/sequences` (GetContactSequences) */
    listSequences: Method<paths, "/v3/contacts/{id}/sequences", "get">;
    /** Move a contact to a sequence — `POST /v3/contacts/{id}/move-to-sequence` (MoveContactToSequence) */
    moveToSequence: Method<paths, "/v3/contacts/{id}/move-to-sequence", "post">;
    /** Mark contacts as bounced — `POST /v3/contacts/set-bounced` (SetContactsBounced) */
    setBounced: Method<paths, "/v3/contacts/set-bounced", "post">;
    /** Mark contacts as replied — `POST /v3/contacts/set-replied` (SetContactsReplied) */
    setReplied: Method<paths, "/v3/contacts/set-replied", "post">;
    /** Set contacts' status in their sequences — `POST /v3/contacts/set-status-in-sequence` (SetContactsStatusInSequence) */
    setStatusInSequence: Method<paths, "/v3/contacts/set-status-in-sequence", "post">;
    /** Update a contact — `PATCH /v3/contacts/{id}` (UpdateContact) */
    update: Method<paths, "/v3/contacts/{id}", "patch">;
  };
  customFields: {
    /** Create a custom field — `POST /v3/custom-fields` (CreateCustomField) */
    create: Method<paths, "/v3/custom-fields", "post">;
    /** Delete a custom field — `DELETE /v3/custom-fields/{id}` (DeleteCustomField) */
    delete: Method<paths, "/v3/custom-fields/{id}", "delete">;
    /** Get a custom field — `GET /v3/custom-fields/{id}` (GetCustomFieldById) */
    get: Method<paths, "/v3/custom-fields/{id}", "get">;
    /** List custom fields — `GET /v3/custom-fields` (GetCustomFields) */
    list: Method<paths, "/v3/custom-fields", "get">;
    /** Replace a custom field — `PUT /v3/custom-fields/{id}` (UpdateCustomField) */
    update: Method<paths, "/v3/custom-fields/{id}", "put">;
  };
  directOutreach: {
    /** Send a direct email to a contact — `POST /v3/contacts/{id}/send-direct-email` (SendDirectEmail) */
    sendEmail: Method<paths, "/v3/contacts/{id}/send-direct-email", "post">;
    /** Send an AI-voiced LinkedIn message to a contact — `POST /v3/contacts/{id}/send-direct-linkedin-ai-voice` (SendDirectLinkedInAiVoice) */
    sendLinkedInAiVoice: Method<paths, "/v3/contacts/{id}/send-direct-linkedin-ai-voice", "post">;
    /** Send a LinkedIn connection request to a contact — `POST /v3/contacts/{id}/send-direct-linkedin-connect` (SendDirectLinkedInConnect) */
    sendLinkedInConnect: Method<paths, "/v3/contacts/{id}/send-direct-linkedin-connect", "post">;
    /** Send a LinkedIn InMail to a contact — `POST /v3/contacts/{id}/send-direct-linkedin-inmail` (SendDirectLinkedInInMail) */
    sendLinkedInInMail: Method<paths, "/v3/contacts/{id}/send-direct-linkedin-inmail", "post">;
    /** Send a LinkedIn message to a contact — `POST /v3/contacts/{id}/send-direct-linkedin-message` (SendDirectLinkedInMessage) */
    sendLinkedInMessage: Method<paths, "/v3/contacts/{id}/send-direct-linkedin-message", "post">;
    /** Send a LinkedIn voice message to a contact — `POST /v3/contacts/{id}/send-direct-linkedin-voice` (SendDirectLinkedInVoice) */
    sendLinkedInVoice: Method<paths, "/v3/contacts/{id}/send-direct-linkedin-voice", "post">;
  };
  emailAccounts: {
    /** Delete several email accounts — `POST /v3/email-accounts/bulk-delete` (BulkDeleteEmailAccounts) */
    bulkDelete: Method<paths, "/v3/email-accounts/bulk-delete", "post">;
    /** Connect a Gmail account — `GET /v3/email-accounts/connect/gmail` (ConnectGmailAccount) */
    connectGmail: Method<paths, "/v3/email-accounts/connect/gmail", "get">;
    /** Connect a Microsoft 365 account — `GET /v3/email-accounts/connect/office-365` (ConnectOffice365Account) */
    connectOffice365: Method<paths, "/v3/email-accounts/connect/office-365", "get">;
    /** Create an email account — `POST /v3/email-accounts` (CreateEmailAccount) */
    create: Method<paths, "/v3/email-accounts", "post">;
    /** Delete an email account — `DELETE /v3/email-accounts/{id}` (DeleteEmailAccount) */
    delete: Method<paths, "/v3/email-accounts/{id}", "delete">;
    /** Filter email accounts — `POST /v3/email-accounts/filter` (FilterEmailAccounts) */
    filter: ListMethod<paths, "/v3/email-accounts/filter", "post">;
    /** Get an email account — `GET /v3/email-accounts/{id}` (GetEmailAccount) */
    get: Method<paths, "/v3/email-accounts/{id}", "get">;
    /** List email accounts — `GET /v3/email-accounts` (ListEmailAccounts) */
    list: ListMethod<paths, "/v3/email-accounts", "get">;
    /** Resume sending from an email account — `POST /v3/email-accounts/{id}/resume-sending` (ResumeSending) */
    resumeSending: Method<paths, "/v3/email-accounts/{id}/resume-sending", "post">;
    /** Make an email account the default — `POST /v3/email-accounts/{id}/set-default` (SetDefaultEmailAccount) */
    setDefault: Method<paths, "/v3/email-accounts/{id}/set-default", "post">;
    tags: {
      /** Tag an email account — `POST /v3/email-accounts/{id}/tags` (AddTagsToEmailAccount) */
      add: Method<paths, "/v3/email-accounts/{id}/tags", "post">;
      /** List email account tags — `GET /v3/email-accounts/tags` (ListEmailAccountTags) */
      list: Method<paths, "/v3/email-accounts/tags", "get">;
      /** Untag an email account — `DELETE /v3/email-accounts/{id}/tags` (RemoveTagsFromEmailAccount) */
      remove: Method<paths, "/v3/email-accounts/{id}/tags", "delete">;
      /** Update an email account tag — `PUT /v3/email-accounts/tags/{tagId}` (UpdateEmailAccountTag) */
      update: Method<paths, "/v3/email-accounts/tags/{tagId}", "put">;
    };
    /** Test an IMAP connection — `POST /v3/email-accounts/test/imap` (TestImapConnectivity) */
    testImap: Method<paths, "/v3/email-accounts/test/imap", "post">;
    /** Test an SMTP connection — `POST /v3/email-accounts/test/smtp` (TestSmtpConnectivity) */
    testSmtp: Method<paths, "/v3/email-accounts/test/smtp", "post">;
    /** Update an email account — `PATCH /v3/email-accounts/{id}` (UpdateEmailAccount) */
    update: Method<paths, "/v3/email-accounts/{id}", "patch">;
  };
  emailTemplates: {
    attachments: {
      /** Upload a template attachment — `POST /v3/email-template-attachments` (UploadEmailTemplateAttachment) */
      upload: Method<paths, "/v3/email-template-attachments", "post">;
    };
    /** Clone an email template — `POST /v3/email-templates/{id}/clone` (CloneEmailTemplate) */
    clone: Method<paths, "/v3/email-templates/{id}/clone", "post">;
    /** Create an email template — `POST /v3/email-templates` (CreateEmailTemplate) */
    create: Method<paths, "/v3/email-templates", "post">;
    /** Delete an email template — `DELETE /v3/email-templates/{id}` (DeleteEmailTemplate) */
    delete: Method<paths, "/v3/email-templates/{id}", "delete">;
    folders: {
      /** Create an email template folder — `POST /v3/email-template-folders` (CreateEmailTemplateFolder) */
      create: Method<paths, "/v3/email-template-folders", "post">;
      /** Delete an email template folder — `DELETE /v3/email-template-folders/{id}` (DeleteEmailTemplateFolder) */
      delete: Method<paths, "/v3/email-template-folders/{id}", "delete">;
      /** Get an email template folder — `GET /v3/email-template-folders/{id}` (GetEmailTemplateFolder) */
      get: Method<paths, "/v3/email-template-folders/{id}", "get">;
      /** List email template folders — `GET /v3/email-template-folders` (ListEmailTemplateFolders) */
      list: Method<paths, "/v3/email-template-folders", "get">;
      /** Rename an email template folder — `PUT /v3/email-template-folders/{id}` (UpdateEmailTemplateFolder) */
      replace: Method<paths, "/v3/email-template-folders/{id}", "put">;
      /** Share an email template folder — `POST /v3/email-template-folders/{id}/share` (ShareEmailTemplateFolder) */
      share: Method<paths, "/v3/email-template-folders/{id}/share", "post">;
    };
    /** Get an email template — `GET /v3/email-templates/{id}` (GetEmailTemplate) */
    get: Method<paths, "/v3/email-templates/{id}", "get">;
    /** List email templates — `GET /v3/email-templates` (ListEmailTemplates) */
    list: ListMethod<paths, "/v3/email-templates", "get">;
    /** List template variables — `GET /v3/email-templates/variables` (GetEmailTemplateVariables) */
    listVariables: Method<paths, "/v3/email-templates/variables", "get">;
    /** Move an email template — `POST /v3/email-templates/{id}/move` (MoveEmailTemplate) */
    move: Method<paths, "/v3/email-templates/{id}/move", "post">;
    /** Render an email template — `POST /v3/email-templates/{id}/render` (RenderEmailTemplate) */
    render: Method<paths, "/v3/email-templates/{id}/render", "post">;
    /** Replace an email template — `PUT /v3/email-templates/{id}` (UpdateEmailTemplate) */
    replace: Method<paths, "/v3/email-templates/{id}", "put">;
    /** Send a test email from a template — `POST /v3/email-templates/{id}/send-test` (SendTestEmailTemplate) */
    sendTest: Method<paths, "/v3/email-templates/{id}/send-test", "post">;
  };
  emailValidations: {
    /** Estimate an email validation — `POST /v3/email-validations/estimate` (EstimateEmailValidation) */
    estimate: Method<paths, "/v3/email-validations/estimate", "post">;
    /** Schedule an email validation — `POST /v3/email-validations/schedule` (ScheduleEmailValidation) */
    schedule: JobMethod<paths, "/v3/email-validations/schedule", "post", Job>;
  };
  holidayCalendars: {
    /** Create a holiday calendar — `POST /v3/holiday-calendars` (CreateHolidayCalendar) */
    create: Method<paths, "/v3/holiday-calendars", "post">;
    /** Delete a holiday calendar — `DELETE /v3/holiday-calendars/{id}` (DeleteHolidayCalendar) */
    delete: Method<paths, "/v3/holiday-calendars/{id}", "delete">;
    /** Export a holiday calendar as CSV — `GET /v3/holiday-calendars/{id}/export-csv` (ExportHolidayCalendarCsv) */
    exportCsv: Method<paths, "/v3/holiday-calendars/{id}/export-csv", "get">;
    /** Get a holiday calendar — `GET /v3/holiday-calendars/{id}` (GetHolidayCalendar) */
    get: Method<paths, "/v3/holiday-calendars/{id}", "get">;
    /** List holiday calendars — `GET /v3/holiday-calendars` (ListHolidayCalendars) */
    list: Method<paths, "/v3/holiday-calendars", "get">;
    /** Replace a holiday calendar — `PUT /v3/holiday-calendars/{id}` (UpdateHolidayCalendar) */
    replace: Method<paths, "/v3/holiday-calendars/{id}", "put">;
  };
  inbox: {
    categories: {
      /** Assign threads to a category — `POST /v3/inbox/threads/categories/{id}/thread-links/bulk` (AssignThreadsToInboxCategory) */
      assignThreads: Method<paths, "/v3/inbox/threads/categories/{id}/thread-links/bulk", "post">;
      /** Create an inbox category — `POST /v3/inbox/threads/categories` (CreateInboxCategory) */
      create: Method<paths, "/v3/inbox/threads/categories", "post">;
      /** Delete an inbox category — `DELETE /v3/inbox/threads/categories/{id}` (DeleteInboxCategory) */
      delete: Method<paths, "/v3/inbox/threads/categories/{id}", "delete">;
      /** Get an inbox category — `GET /v3/inbox/threads/categories/{id}` (GetInboxCategory) */
      get: Method<paths, "/v3/inbox/threads/categories/{id}", "get">;
      /** List inbox categories — `GET /v3/inbox/threads/categories` (ListInboxCategories) */
      list: Method<paths, "/v3/inbox/threads/categories", "get">;
      /** Remove threads from a category — `POST /v3/inbox/threads/categories/{id}/thread-links/bulk-delete` (UnassignThreadsFromInboxCategory) */
      unassignThreads: Method<paths, "/v3/inbox/threads/categories/{id}/thread-links/bulk-delete", "post">;
      /** Update an inbox category — `PUT /v3/inbox/threads/categories/{id}` (UpdateInboxCategory) */
      update: Method<paths, "/v3/inbox/threads/categories/{id}", "put">;
    };
    threads: {
      aiDraft: {
        /** Generate an AI draft reply — `POST /v3/inbox/threads/{id}/ai-draft/generate` (GenerateInboxAiDraft) */
        generate: Method<paths, "/v3/inbox/threads/{id}/ai-draft/generate", "post">;
      };
      /** Delete inbox threads in bulk — `POST /v3/inbox/threads/bulk-delete` (BulkDeleteInboxThreads) */
      bulkDelete: Method<paths, "/v3/inbox/threads/bulk-delete", "post">;
      /** Delete an inbox thread — `DELETE /v3/inbox/threads/{id}` (DeleteInboxThread) */
      delete: Method<paths, "/v3/inbox/threads/{id}", "delete">;
      /** Filter inbox threads — `POST /v3/inbox/threads/filter` (FilterInboxThreads) */
      filter: ListMethod<paths, "/v3/inbox/threads/filter", "post">;
      /** Get an inbox thread — `GET /v3/inbox/threads/{id}` (GetInboxThread) */
      get: Method<paths, "/v3/inbox/threads/{id}", "get">;
      /** List inbox threads — `GET /v3/inbox/threads` (ListInboxThreads) */
      list: ListMethod<paths, "/v3/inbox/threads", "get">;
      /** Mark inbox threads as read — `POST /v3/inbox/threads/mark-as-read` (MarkInboxThreadsAsRead) */
      markAsRead: Method<paths, "/v3/inbox/threads/mark-as-read", "post">;
      /** Mark inbox threads as unread — `POST /v3/inbox/threads/mark-as-unread` (MarkInboxThreadsAsUnread) */
      markAsUnread: Method<paths, "/v3/inbox/threads/mark-as-unread", "post">;
      messages: {
        /** List messages of an inbox thread — `GET /v3/inbox/threads/{id}/messages` (ListInboxThreadMessages) */
        list: ListMethod<paths, "/v3/inbox/threads/{id}/messages", "get">;
        /** Send a reply in an inbox thread — `POST /v3/inbox/threads/{id}/messages` (SendInboxThreadMessage) */
        send: Method<paths, "/v3/inbox/threads/{id}/messages", "post">;
      };
      /** Set or clear a thread's category — `PUT /v3/inbox/threads/{id}/category` (SetInboxThreadCategory) */
      setCategory: Method<paths, "/v3/inbox/threads/{id}/category", "put">;
      /** Set a thread's meeting-intent flag — `PUT /v3/inbox/threads/{id}/meeting-intent` (SetInboxThreadMeetingIntent) */
      setMeetingIntent: Method<paths, "/v3/inbox/threads/{id}/meeting-intent", "put">;
    };
  };
  linkedInAccounts: {
    /** Delete several LinkedIn accounts — `POST /v3/linkedin-accounts/bulk-delete` (BulkDeleteLinkedInAccounts) */
    bulkDelete: Method<paths, "/v3/linkedin-accounts/bulk-delete", "post">;
    /** Create a direct LinkedIn connection link — `POST /v3/linkedin-accounts/connect` (CreateDirectLinkedInConnectionLink) */
    connect: Method<paths, "/v3/linkedin-accounts/connect", "post">;
    /** Create a LinkedIn connection link — `POST /v3/linkedin-accounts/connection-link` (CreateLinkedInConnectionLink) */
    createConnectionLink: Method<paths, "/v3/linkedin-accounts/connection-link", "post">;
    /** Delete a LinkedIn account — `DELETE /v3/linkedin-accounts/{id}` (DeleteLinkedInAccount) */
    delete: Method<paths, "/v3/linkedin-accounts/{id}", "delete">;
    /** Get a LinkedIn account — `GET /v3/linkedin-accounts/{id}` (GetLinkedInAccount) */
    get: Method<paths, "/v3/linkedin-accounts/{id}", "get">;
    /** List LinkedIn accounts — `GET /v3/linkedin-accounts` (ListLinkedInAccounts) */
    list: Method<paths, "/v3/linkedin-accounts", "get">;
    pending: {
      /** Delete a pending LinkedIn account — `DELETE /v3/linkedin-accounts/pending/{id}` (DeletePendingLinkedInAccount) */
      delete: Method<paths, "/v3/linkedin-accounts/pending/{id}", "delete">;
      /** List pending LinkedIn accounts — `GET /v3/linkedin-accounts/pending` (ListPendingLinkedInAccounts) */
      list: Method<paths, "/v3/linkedin-accounts/pending", "get">;
    };
    /** Reconnect a LinkedIn account — `POST /v3/linkedin-accounts/{id}/reconnect` (ReconnectLinkedInAccount) */
    reconnect: Method<paths, "/v3/linkedin-accounts/{id}/reconnect", "post">;
    /** Set LinkedIn account limits — `PUT /v3/linkedin-accounts/{id}/limits` (UpdateLinkedInAccountLimits) */
    setLimits: Method<paths, "/v3/linkedin-accounts/{id}/limits", "put">;
    /** Set connection-request withdrawal — `PUT /v3/linkedin-accounts/{id}/revoke-settings` (UpdateLinkedInAccountRevokeSettings) */
    setRevokeSettings: Method<paths, "/v3/linkedin-accounts/{id}/revoke-settings", "put">;
    /** Enable or disable a LinkedIn account — `POST /v3/linkedin-accounts/{id}/toggle-status` (ToggleLinkedInAccountStatus) */
    setStatus: Method<paths, "/v3/linkedin-accounts/{id}/toggle-status", "post">;
  };
  liveData: {
    filterValues: {
      /** List Live Data department filter values — `GET /v3/live-data/filter-values/departments` (ListLiveDataDepartmentFilterValues) */
      departments: ListMethod<paths, "/v3/live-data/filter-values/departments", "get">;
      /** List Live Data industry filter values — `GET /v3/live-data/filter-values/industries` (ListLiveDataIndustryFilterValues) */
      industries: ListMethod<paths, "/v3/live-data/filter-values/industries", "get">;
      /** List Live Data job title filter values — `GET /v3/live-data/filter-values/job-titles` (ListLiveDataJobTitleFilterValues) */
      jobTitles: ListMethod<paths, "/v3/live-data/filter-values/job-titles", "get">;
      /** List Live Data location filter values — `GET /v3/live-data/filter-values/locations` (ListLiveDataLocationFilterValues) */
      locations: ListMethod<paths, "/v3/live-data/filter-values/locations", "get">;
      /** List Live Data seniority filter values — `GET /v3/live-data/filter-values/seniorities` (ListLiveDataSeniorityFilterValues) */
      seniorities: ListMethod<paths, "/v3/live-data/filter-values/seniorities", "get">;
    };
    searches: {
      /** Get a Live Data search — `GET /v3/live-data/searches/{id}` (GetLiveDataSearch) */
      get: Method<paths, "/v3/live-data/searches/{id}", "get">;
      /** List Live Data searches — `GET /v3/live-data/searches` (ListLiveDataSearches) */
      list: ListMethod<paths, "/v3/live-data/searches", "get">;
      /** Preview a Live Data search — `POST /v3/live-data/searches/preview` (PreviewLiveDataSearch) */
      preview: JobMethod<paths, "/v3/live-data/searches/preview", "post", Job>;
      /** Start a Live Data search — `POST /v3/live-data/searches` (StartLiveDataSearch) */
      start: Method<paths, "/v3/live-data/searches", "post">;
    };
  };
  reports: {
    calls: {
      /** Call activity report — `POST /v3/reporting/calls` (GetCallsList) */
      list: ListMethod<paths, "/v3/reporting/calls", "post">;
      /** Calls overview report — `POST /v3/reporting/calls/overview` (GetCallsOverview) */
      overview: Method<paths, "/v3/reporting/calls/overview", "post">;
    };
    channelEfficiency: {
      /** Channel efficiency overview report — `POST /v3/reporting/channel-efficiency/overview` (GetChannelEfficiencyOverview) */
      overview: Method<paths, "/v3/reporting/channel-efficiency/overview", "post">;
    };
    emails: {
      /** Email activity report — `POST /v3/reporting/emails` (GetEmailsList) */
      list: ListMethod<paths, "/v3/reporting/emails", "post">;
      /** Email overview report — `POST /v3/reporting/emails/overview` (GetEmailsOverview) */
      overview: Method<paths, "/v3/reporting/emails/overview", "post">;
    };
    linkedIn: {
      /** LinkedIn activity report — `POST /v3/reporting/linkedin` (GetLinkedInList) */
      list: ListMethod<paths, "/v3/reporting/linkedin", "post">;
      /** LinkedIn overview report — `POST /v3/reporting/linkedin/overview` (GetLinkedInOverview) */
      overview: Method<paths, "/v3/reporting/linkedin/overview", "post">;
    };
    meetings: {
      /** Meetings report — `POST /v3/reporting/team-performance/meetings` (GetMeetingsList) */
      list: ListMethod<paths, "/v3/reporting/team-performance/meetings", "post">;
    };
    tasks: {
      /** Task activity report — `POST /v3/reporting/tasks` (GetTasksList) */
      list: ListMethod<paths, "/v3/reporting/tasks", "post">;
      /** Tasks overview report — `POST /v3/reporting/tasks/overview` (GetTasksOverview) */
      overview: Method<paths, "/v3/reporting/tasks/overview", "post">;
    };
    teamPerformance: {
      /** Team performance overview report — `POST /v3/reporting/team-performance/overview` (GetTeamPerformanceOverview) */
      overview: Method<paths, "/v3/reporting/team-performance/overview", "post">;
    };
  };
  schedules: {
    /** Create a schedule — `POST /v3/schedules` (CreateSchedule) */
    create: Method<paths, "/v3/schedules", "post">;
    /** Delete a schedule — `DELETE /v3/schedules/{id}` (DeleteSchedule) */
    delete: Method<paths, "/v3/schedules/{id}", "delete">;
    /** Get a schedule — `GET /v3/schedules/{id}` (GetSchedule) */
    get: Method<paths, "/v3/schedules/{id}", "get">;
    holidayCalendars: {
      /** Link a holiday calendar to a schedule — `POST /v3/schedules/{id}/holiday-calendar-links` (LinkHolidayCalendarToSchedule) */
      link: Method<paths, "/v3/schedules/{id}/holiday-calendar-links", "post">;
      /** List a schedule's holiday calendars — `GET /v3/schedules/{id}/holiday-calendars` (ListScheduleHolidayCalendars) */
      list: Method<paths, "/v3/schedules/{id}/holiday-calendars", "get">;
      /** Unlink a holiday calendar from a schedule — `DELETE /v3/schedules/{id}/holiday-calendar-links/{calendarId}` (UnlinkHolidayCalendarFromSchedule) */
      unlink: Method<paths, "/v3/schedules/{id}/holiday-calendar-links/{calendarId}", "delete">;
    };
    /** List schedules — `GET /v3/schedules` (ListSchedules) */
    list: Method<paths, "/v3/schedules", "get">;
    /** Replace a schedule — `PUT /v3/schedules/{id}` (UpdateSchedule) */
    replace: Method<paths, "/v3/schedules/{id}", "put">;
    /** Make a schedule the default — `POST /v3/schedules/{id}/set-default` (SetDefaultSchedule) */
    setDefault: Method<paths, "/v3/schedules/{id}/set-default", "post">;
  };
  sequenceFolders: {
    /** Put sequences into a folder — `POST /v3/sequence-folders/{id}/sequence-links/bulk` (BulkAssignSequencesToFolder) */
    bulkAssignSequences: Method<paths, "/v3/sequence-folders/{id}/sequence-links/bulk", "post">;
    /** Take sequences out of a folder — `POST /v3/sequence-folders/{id}/sequence-links/bulk-delete` (BulkUnassignSequencesFromFolder) */
    bulkUnassignSequences: Method<paths, "/v3/sequence-folders/{id}/sequence-links/bulk-delete", "post">;
    /** Create a sequence folder — `POST /v3/sequence-folders` (CreateSequenceFolder) */
    create: Method<paths, "/v3/sequence-folders", "post">;
    /** Delete a sequence folder — `DELETE /v3/sequence-folders/{id}` (DeleteSequenceFolder) */
    delete: Method<paths, "/v3/sequence-folders/{id}", "delete">;
    /** Get a sequence folder — `GET /v3/sequence-folders/{id}` (GetSequenceFolderById) */
    get: Method<paths, "/v3/sequence-folders/{id}", "get">;
    /** List sequence folders — `GET /v3/sequence-folders` (GetSequenceFolders) */
    list: Method<paths, "/v3/sequence-folders", "get">;
    /** List the sequences in a folder — `GET /v3/sequence-folders/{id}/sequences` (GetFolderSequences) */
    listSequences: ListMethod<paths, "/v3/sequence-folders/{id}/sequences", "get">;
    /** Rename a sequence folder — `PUT /v3/sequence-folders/{id}` (UpdateSequenceFolder) */
    update: Method<paths, "/v3/sequence-folders/{id}", "put">;
  };
  sequences: {
    /** Archive a sequence — `POST /v3/sequences/{id}/archive` (ArchiveSequence) */
    archive: Method<paths, "/v3/sequences/{id}/archive", "post">;
    /** Archive several sequences — `POST /v3/sequences/archive` (BulkArchiveSequences) */
    bulkArchive: Method<paths, "/v3/sequences/archive", "post">;
    /** Change the owner of several sequences — `POST /v3/sequences/batch/owner` (BulkChangeSequenceOwner) */
    bulkChangeOwner: Method<paths, "/v3/sequences/batch/owner", "post">;
    /** Delete several sequences — `POST /v3/sequences/bulk-delete` (BulkDeleteSequences) */
    bulkDelete: Method<paths, "/v3/sequences/bulk-delete", "post">;
    /** Pause several sequences — `POST /v3/sequences/pause` (BulkPauseSequences) */
    bulkPause: Method<paths, "/v3/sequences/pause", "post">;
    /** Start several sequences — `POST /v3/sequences/start` (BulkStartSequences) */
    bulkStart: Method<paths, "/v3/sequences/start", "post">;
    /** Change a sequence's owner — `PUT /v3/sequences/{id}/owner` (UpdateSequenceOwner) */
    changeOwner: Method<paths, "/v3/sequences/{id}/owner", "put">;
    contacts: {
      /** Add contacts to a sequence — `POST /v3/sequences/{id}/contact-links/bulk` (BulkAddContactsToSequence) */
      bulkAdd: Method<paths, "/v3/sequences/{id}/contact-links/bulk", "post">;
      /** Remove contacts from a sequence — `POST /v3/sequences/{id}/contact-links/bulk-delete` (BulkRemoveContactsFromSequence) */
      bulkRemove: Method<paths, "/v3/sequences/{id}/contact-links/bulk-delete", "post">;
      /** Get a contact in a sequence — `GET /v3/sequences/{id}/contacts/{contact_id}` (GetSequenceContactById) */
      get: Method<paths, "/v3/sequences/{id}/contacts/{contact_id}", "get">;
      /** Preview a sequence's messages for a contact — `GET /v3/sequences/{sequence_id}/contacts/{contact_id}/preview` (GetSequencePreview) */
      getPreview: Method<paths, "/v3/sequences/{sequence_id}/contacts/{contact_id}/preview", "get">;
      /** List contacts in a sequence — `GET /v3/sequences/{id}/contacts` (GetSequenceContacts) */
      list: ListMethod<paths, "/v3/sequences/{id}/contacts", "get">;
      /** List contacts in a sequence with their progress — `GET /v3/sequences/{id}/contacts/state` (GetSequenceContactsState) */
      listState: ListMethod<paths, "/v3/sequences/{id}/contacts/state", "get">;
      /** Remove a contact from a sequence — `DELETE /v3/sequences/{id}/contact-links/{contact_id}` (RemoveContactFromSequence) */
      remove: Method<paths, "/v3/sequences/{id}/contact-links/{contact_id}", "delete">;
      /** Reset a contact's sequence preview — `POST /v3/sequences/{sequence_id}/contacts/{contact_id}/preview/reset` (ResetSequencePreview) */
      resetPreview: Method<paths, "/v3/sequences/{sequence_id}/contacts/{contact_id}/preview/reset", "post">;
      /** Mark contacts as bounced (or not) in a sequence — `POST /v3/sequences/{id}/contacts/set-bounced` (SetSequenceContactsBounced) */
      setBounced: Method<paths, "/v3/sequences/{id}/contacts/set-bounced", "post">;
      /** Mark contacts as replied (or not) in a sequence — `POST /v3/sequences/{id}/contacts/set-replied` (SetSequenceContactsReplied) */
      setReplied: Method<paths, "/v3/sequences/{id}/contacts/set-replied", "post">;
      /** Set contacts' status in a sequence — `POST /v3/sequences/{id}/contacts/set-status-in-sequence` (SetSequenceContactsStatusInSequence) */
      setStatus: Method<paths, "/v3/sequences/{id}/contacts/set-status-in-sequence", "post">;
    };
    /** Create a sequence — `POST /v3/sequences` (CreateSequence) */
    create: Method<paths, "/v3/sequences", "post">;
    /** Create a sequence from a template — `POST /v3/sequences/create-from-template` (CreateSequenceFromTemplate) */
    createFromTemplate: Method<paths, "/v3/sequences/create-from-template", "post">;
    /** Delete a sequence — `DELETE /v3/sequences/{id}` (DeleteSequence) */
    delete: Method<paths, "/v3/sequences/{id}", "delete">;
    emailAccounts: {
      /** Link a mailbox to a sequence — `POST /v3/sequences/{id}/email-account-links` (AssignEmailAccountToSequence) */
      assign: Method<paths, "/v3/sequences/{id}/email-account-links", "post">;
      /** List the mailboxes of a sequence — `GET /v3/sequences/{id}/email-accounts` (GetSequenceEmailAccounts) */
      list: Method<paths, "/v3/sequences/{id}/email-accounts", "get">;
      /** Unlink a mailbox from a sequence — `DELETE /v3/sequences/{id}/email-account-links/{email_account_id}` (RemoveEmailAccountFromSequence) */
      remove: Method<paths, "/v3/sequences/{id}/email-account-links/{email_account_id}", "delete">;
      /** Replace the mailboxes of a sequence — `PUT /v3/sequences/{id}/email-account-links` (SetSequenceEmailAccounts) */
      set: Method<paths, "/v3/sequences/{id}/email-account-links", "put">;
    };
    /** Get a sequence — `GET /v3/sequences/{id}` (GetSequenceById) */
    get: Method<paths, "/v3/sequences/{id}", "get">;
    /** Get a sequence's statistics — `POST /v3/sequences/{id}/stats` (GetSequenceStats) */
    getStats: Method<paths, "/v3/sequences/{id}/stats", "post">;
    linkedInAccounts: {
      /** Link a LinkedIn account to a sequence — `POST /v3/sequences/{id}/linkedin-account-links` (AssignLinkedInAccountToSequence) */
      assign: Method<paths, "/v3/sequences/{id}/linkedin-account-links", "post">;
      /** List the LinkedIn accounts of a sequence — `GET /v3/sequences/{id}/linkedin-accounts` (GetSequenceLinkedInAccounts) */
      list: Method<paths, "/v3/sequences/{id}/linkedin-accounts", "get">;
      /** Unlink a LinkedIn account from a sequence — `DELETE /v3/sequences/{id}/linkedin-account-links/{linkedInAccountId}` (RemoveLinkedInAccountFromSequence) */
      remove: Method<paths, "/v3/sequences/{id}/linkedin-account-links/{linkedInAccountId}", "delete">;
    };
    /** List sequences — `GET /v3/sequences` (GetSequences) */
    list: ListMethod<paths, "/v3/sequences", "get">;
    /** Get statistics for many sequences — `POST /v3/sequences/stats` (GetSequenceStatsList) */
    listStats: Method<paths, "/v3/sequences/stats", "post">;
    /** Pause a sequence — `POST /v3/sequences/{id}/pause` (PauseSequence) */
    pause: Method<paths, "/v3/sequences/{id}/pause", "post">;
    /** Save a sequence as a template — `POST /v3/sequences/{id}/save-as-template` (SaveSequenceAsTemplate) */
    saveAsTemplate: Method<paths, "/v3/sequences/{id}/save-as-template", "post">;
    /** Start a sequence — `POST /v3/sequences/{id}/start` (StartSequence) */
    start: Method<paths, "/v3/sequences/{id}/start", "post">;
    steps: {
      /** Add several steps to a sequence — `POST /v3/sequences/{id}/steps/bulk` (BulkCreateSequenceSteps) */
      bulkCreate: Method<paths, "/v3/sequences/{id}/steps/bulk", "post">;
      /** Delete several steps of a sequence — `POST /v3/sequences/{id}/steps/bulk-delete` (BulkDeleteSequenceSteps) */
      bulkDelete: Method<paths, "/v3/sequences/{id}/steps/bulk-delete", "post">;
      /** Add a step to a sequence — `POST /v3/sequences/{id}/steps` (CreateSequenceStep) */
      create: Method<paths, "/v3/sequences/{id}/steps", "post">;
      /** Delete a sequence step — `DELETE /v3/sequences/{id}/steps/{step_id}` (DeleteSequenceStep) */
      delete: Method<paths, "/v3/sequences/{id}/steps/{step_id}", "delete">;
      /** Disable step variants — `POST /v3/sequences/{id}/steps/{step_id}/disable` (DisableSequenceStepVariants) */
      disableVariants: Method<paths, "/v3/sequences/{id}/steps/{step_id}/disable", "post">;
      /** Enable step variants — `POST /v3/sequences/{id}/steps/{step_id}/enable` (EnableSequenceStepVariants) */
      enableVariants: Method<paths, "/v3/sequences/{id}/steps/{step_id}/enable", "post">;
      /** Get a sequence step — `GET /v3/sequences/{id}/steps/{step_id}` (GetSequenceStepById) */
      get: Method<paths, "/v3/sequences/{id}/steps/{step_id}", "get">;
      /** List the steps of a sequence — `GET /v3/sequences/{id}/steps` (GetSequenceSteps) */
      list: Method<paths, "/v3/sequences/{id}/steps", "get">;
      /** List properties usable in condition steps — `GET /v3/sequences/steps/contact-filter-properties` (GetConditionProperties) */
      listConditionProperties: Method<paths, "/v3/sequences/steps/contact-filter-properties", "get">;
      /** Replace a sequence step — `PUT /v3/sequences/{id}/steps/{step_id}` (UpdateSequenceStep) */
      update: Method<paths, "/v3/sequences/{id}/steps/{step_id}", "put">;
      variants: {
        /** Add several variants to a step — `POST /v3/sequences/{id}/steps/{step_id}/variants/bulk` (BulkCreateSequenceStepVariants) */
        bulkCreate: Method<paths, "/v3/sequences/{id}/steps/{step_id}/variants/bulk", "post">;
        /** Delete several variants of a step — `POST /v3/sequences/{id}/steps/{step_id}/variants/bulk-delete` (BulkDeleteSequenceStepVariants) */
        bulkDelete: Method<paths, "/v3/sequences/{id}/steps/{step_id}/variants/bulk-delete", "post">;
        /** Add a variant to a step — `POST /v3/sequences/{id}/steps/{step_id}/variants` (CreateSequenceStepVariant) */
        create: Method<paths, "/v3/sequences/{id}/steps/{step_id}/variants", "post">;
        /** Delete a step variant — `DELETE /v3/sequences/{id}/steps/{step_id}/variants/{variant_id}` (DeleteSequenceStepVariant) */
        delete: Method<paths, "/v3/sequences/{id}/steps/{step_id}/variants/{variant_id}", "delete">;
        /** List a step's variants — `GET /v3/sequences/{id}/steps/{step_id}/variants` (GetSequenceStepVariants) */
        list: Method<paths, "/v3/sequences/{id}/steps/{step_id}/variants", "get">;
        /** Replace a step variant — `PUT /v3/sequences/{id}/steps/{step_id}/variants/{variant_id}` (UpdateSequenceStepVariant) */
        update: Method<paths, "/v3/sequences/{id}/steps/{step_id}/variants/{variant_id}", "put">;
      };
    };
    /** Update a sequence — `PATCH /v3/sequences/{id}` (UpdateSequence) */
    update: Method<paths, "/v3/sequences/{id}", "patch">;
  };
  sequenceTemplates: {
    /** Delete a sequence template — `DELETE /v3/sequence-templates/{id}` (DeleteSequenceTemplate) */
    delete: Method<paths, "/v3/sequence-templates/{id}", "delete">;
    /** List sequence templates — `GET /v3/sequence-templates` (GetSequenceTemplates) */
    list: Method<paths, "/v3/sequence-templates", "get">;
  };
  settings: {
    /** Get settings — `GET /v3/settings` (GetSettings) */
    get: Method<paths, "/v3/settings", "get">;
    /** Update settings — `PATCH /v3/settings` (UpdateSettings) */
    update: Method<paths, "/v3/settings", "patch">;
  };
  tasks: {
    /** Reassign a task — `PUT /v3/tasks/{id}/assigned-user` (AssignTask) */
    assign: Method<paths, "/v3/tasks/{id}/assigned-user", "put">;
    /** Reassign tasks in bulk — `POST /v3/tasks/batch/assign` (BatchAssignTasks) */
    batchAssign: Method<paths, "/v3/tasks/batch/assign", "post">;
    /** Complete tasks in bulk — `POST /v3/tasks/batch/complete` (BatchCompleteTasks) */
    batchComplete: Method<paths, "/v3/tasks/batch/complete", "post">;
    /** Delete tasks in bulk — `POST /v3/tasks/bulk-delete` (BulkDeleteTasks) */
    bulkDelete: Method<paths, "/v3/tasks/bulk-delete", "post">;
    /** Complete a task — `POST /v3/tasks/{id}/complete` (CompleteTask) */
    complete: Method<paths, "/v3/tasks/{id}/complete", "post">;
    /** Create a task — `POST /v3/tasks` (CreateTask) */
    create: Method<paths, "/v3/tasks", "post">;
    /** Delete a task — `DELETE /v3/tasks/{id}` (DeleteTask) */
    delete: Method<paths, "/v3/tasks/{id}", "delete">;
    /** Execute a task — `POST /v3/tasks/{id}/execute` (ExecuteTask) */
    execute: Method<paths, "/v3/tasks/{id}/execute", "post">;
    /** Filter tasks — `POST /v3/tasks/filter` (FilterTasks) */
    filter: ListMethod<paths, "/v3/tasks/filter", "post">;
    /** Get a task — `GET /v3/tasks/{id}` (GetTaskById) */
    get: Method<paths, "/v3/tasks/{id}", "get">;
    /** List tasks — `GET /v3/tasks` (GetTasks) */
    list: ListMethod<paths, "/v3/tasks", "get">;
    /** Update a task — `PUT /v3/tasks/{id}` (UpdateTask) */
    update: Method<paths, "/v3/tasks/{id}", "put">;
  };
  user: {
    /** List the users of the caller's teams — `GET /v3/whoami/team-users` (WhoamiTeamUsers) */
    listTeamUsers: Method<paths, "/v3/whoami/team-users", "get">;
    /** Identify the API key's user — `GET /v3/whoami` (Whoami) */
    whoami: Method<paths, "/v3/whoami", "get">;
  };
  webhooks: {
    /** Create a webhook subscription — `POST /v3/webhooks` (CreateWebhook) */
    create: Method<paths, "/v3/webhooks", "post">;
    /** Delete a webhook subscription — `DELETE /v3/webhooks/{id}` (DeleteWebhook) */
    delete: Method<paths, "/v3/webhooks/{id}", "delete">;
    /** Disable a webhook subscription — `POST /v3/webhooks/{id}/disable` (DisableWebhook) */
    disable: Method<paths, "/v3/webhooks/{id}/disable", "post">;
    /** Enable a webhook subscription — `POST /v3/webhooks/{id}/enable` (EnableWebhook) */
    enable: Method<paths, "/v3/webhooks/{id}/enable", "post">;
    /** Get a webhook subscription — `GET /v3/webhooks/{id}` (GetWebhookById) */
    get: Method<paths, "/v3/webhooks/{id}", "get">;
    /** List webhook subscriptions — `GET /v3/webhooks` (ListWebhooks) */
    list: ListMethod<paths, "/v3/webhooks", "get">;
    /** List webhook event types — `GET /v3/webhooks/events` (GetWebhookEvents) */
    listEvents: Method<paths, "/v3/webhooks/events", "get">;
    /** List failed webhook deliveries — `GET /v3/webhooks/{id}/logs` (GetWebhookLogs) */
    listLogs: ListMethod<paths, "/v3/webhooks/{id}/logs", "get">;
    /** Send a test delivery — `POST /v3/webhooks/{id}/test` (TestWebhook) */
    test: Method<paths, "/v3/webhooks/{id}/test", "post">;
    /** Update a webhook subscription — `PUT /v3/webhooks/{id}` (UpdateWebhook) */
    update: Method<paths, "/v3/webhooks/{id}", "put">;
  };
}
