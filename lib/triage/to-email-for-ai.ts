import type { EmailForAi } from "@/lib/ai/ai-provider";
import type { TriageInput } from "./triage-input";

/** The part of an email the AI provider sees: addresses, subject and plain text only (no headers, no HTML). */
export function toEmailForAi(input: TriageInput, messageId?: string | null, receivedAt?: Date | null): EmailForAi {
  return {
    messageId: messageId ?? null,
    from: input.from?.address ?? "",
    fromName: input.from?.name || null,
    to: input.to.map((a) => a.address),
    cc: input.cc.map((a) => a.address),
    subject: input.subject,
    text: input.text,
    receivedAt: receivedAt ?? null,
  };
}
