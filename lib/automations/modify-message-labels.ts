import { prisma } from "@/lib/db/prisma";
import { gmailForMailbox } from "@/lib/gmail/gmail-client";
import type { Mailbox, MailMessage } from "@/generated/prisma/client";
import type { LabelChange } from "./action-context";

/**
 * users.messages.modify, then the stored copy's labelIds follow Gmail's
 * answer so the inbox shows the change before the next sync.
 */
export async function modifyMessageLabels(mailbox: Mailbox, message: Pick<MailMessage, "id" | "providerMessageId">, change: LabelChange): Promise<string[]> {
  const gmail = await gmailForMailbox(mailbox);
  const res = await gmail.users.messages.modify({ userId: "me", id: message.providerMessageId, requestBody: change });
  const labelIds = res.data.labelIds ?? [];
  await prisma.mailMessage.update({ where: { id: message.id }, data: { labelIds } });
  return labelIds;
}

/** The change that undoes `change`. */
export function reverseChange(change: LabelChange): LabelChange {
  return { addLabelIds: change.removeLabelIds, removeLabelIds: change.addLabelIds };
}
