import type { MailMessage } from "@/generated/prisma/client";
import type { EmailForAi } from "@/lib/ai/ai-provider";

const addresses = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((a: { address?: string }) => a.address ?? "").filter(Boolean) : [];

/** A stored message as the AI sees it: plain text only. */
export function emailForAi(m: MailMessage): EmailForAi {
  return {
    messageId: m.id,
    from: m.fromAddress ?? "",
    fromName: m.fromName,
    to: addresses(m.to),
    cc: addresses(m.cc),
    subject: m.subject ?? "",
    text: m.textBody ?? m.snippet ?? "",
    receivedAt: m.receivedAt,
  };
}
