import type { CrmActor } from "../crm-actor";
import type { RecordType } from "../crm-schemas";
import { recordActivity } from "../record-activity";
import type { CrmMessage } from "./load-crm-message";

/** The email's one timeline entry (keyed by message id), linked to every record it concerns. */
export function recordEmailActivity(actor: CrmActor, message: CrmMessage, links: { recordType: RecordType; recordId: string }[]) {
  return recordActivity(actor, {
    type: message.direction === "INBOUND" ? "email_in" : "email_out",
    title: message.subject ?? "(no subject)",
    body: message.snippet,
    messageId: message.id,
    threadId: message.threadId,
    dedupeKey: `email:${message.id}`,
    occurredAt: message.receivedAt,
    data: { from: message.fromAddress, fromName: message.fromName },
    links,
  });
}
