import type { Mailbox, MailMessage } from "@/generated/prisma/client";
import type { Prisma } from "@/generated/prisma/client";
import type { TriageFacts } from "./evaluate-condition";

/** Everything an action needs about the email it acts on. */
export interface ActionContext {
  workspaceId: string;
  message: MailMessage;
  mailbox: Mailbox;
  triage: TriageFacts | null;
  rule: { id: string; name: string };
  /** Id of the action's log row (sent to webhooks as the event id). */
  logId: string;
}

/** What an executed action reports back for its log row. */
export interface ActionOutcome {
  status: "DONE" | "SKIPPED";
  /** A sentence for the log (e.g. why it was skipped, or what it created). */
  note?: string;
  undoable?: boolean;
  undoData?: Prisma.InputJsonValue;
  /** Extra facts for the log (ids created, label resolved…). */
  result?: Prisma.InputJsonValue;
}

/** Label changes a Gmail action made, so undo can reverse exactly those. */
export interface LabelChange {
  addLabelIds: string[];
  removeLabelIds: string[];
}
