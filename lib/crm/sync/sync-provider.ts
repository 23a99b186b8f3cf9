import type { CrmEventType } from "../webhooks/log-crm-event";

/**
 * The seam for syncing Fikiri's CRM with an external CRM (HubSpot,
 * Salesforce, Pipedrive...). A provider never touches email processing: it
 * consumes the same event log that outgoing webhooks are built from
 * (OutgoingWebhookEvent rows, in order) and writes back through the lib/crm
 * functions with an API actor. See lib/crm/sync/README.md.
 */
export interface SyncRecordRef {
  recordType: "contact" | "company" | "deal";
  /** Fikiri's id. */
  id: string;
  /** The provider's id once the record exists there. */
  externalId?: string;
}

export interface SyncEvent {
  id: string;
  workspaceId: string;
  type: CrmEventType;
  createdAt: Date;
  payload: Record<string, unknown>;
}

export interface InboundChange {
  recordType: SyncRecordRef["recordType"];
  externalId: string;
  /** Fields in Fikiri's shape (contactUpdateSchema / companyUpdateSchema / dealUpdateSchema). */
  fields: Record<string, unknown>;
  changedAt: Date;
}

export interface CrmSyncProvider {
  /** "hubspot", "salesforce", ... */
  readonly name: string;
  /** Validate credentials (stored encrypted per workspace) before enabling sync. */
  testConnection(workspaceId: string): Promise<{ ok: true } | { ok: false; reason: string }>;
  /** Push Fikiri changes out, in event order; return the external ids created so later events update, not duplicate. */
  pushEvents(events: SyncEvent[]): Promise<{ mapped: SyncRecordRef[]; failed: { eventId: string; error: string; retryable: boolean }[] }>;
  /** Pull external changes since a cursor the provider owns; Fikiri applies them with last-writer-wins on changedAt. */
  pullChanges(workspaceId: string, cursor: string | null): Promise<{ changes: InboundChange[]; nextCursor: string | null }>;
}
