import MailComposer from "nodemailer/lib/mail-composer";
import { gmailForMailbox } from "@/lib/gmail/gmail-client";
import type { ActionContext, ActionOutcome } from "./action-context";

const MAX_FORWARD_BODY = 200_000;

function addressList(value: unknown): string {
  return Array.isArray(value) ? value.map((a: { name?: string; address?: string }) => (a.name ? `${a.name} <${a.address}>` : (a.address ?? ""))).filter(Boolean).join(", ") : "";
}

/** The forwarded email as RFC 822 bytes: the note, then the original's headers and text. */
export async function buildForward(ctx: ActionContext, to: string, note?: string): Promise<Buffer> {
  const m = ctx.message;
  const quoted = [
    note ?? "",
    "",
    "---------- Forwarded message ---------",
    `From: ${m.fromName ? `${m.fromName} <${m.fromAddress}>` : (m.fromAddress ?? "")}`,
    `Date: ${(m.sentAt ?? m.receivedAt).toUTCString()}`,
    `Subject: ${m.subject ?? ""}`,
    `To: ${addressList(m.to)}`,
    "",
    (m.textBody ?? m.snippet ?? "").slice(0, MAX_FORWARD_BODY),
  ].join("\n");
  const composer = new MailComposer({
    from: ctx.mailbox.emailAddress,
    to,
    subject: `Fwd: ${m.subject ?? ""}`.trim(),
    text: quoted.trimStart(),
    headers: { "X-Fikiri-Rule": ctx.rule.id },
  });
  return composer.compile().build();
}

/** Sends the forward from the connected mailbox (users.messages.send); it shows in the user's Sent folder. */
export async function forwardMessage(ctx: ActionContext, to: string, note?: string): Promise<ActionOutcome> {
  const raw = (await buildForward(ctx, to, note)).toString("base64url");
  const gmail = await gmailForMailbox(ctx.mailbox);
  const sent = await gmail.users.messages.send({ userId: "me", requestBody: { raw } });
  return { status: "DONE", note: `Forwarded to ${to}.`, undoable: false, result: { providerMessageId: sent.data.id ?? null, to } };
}
