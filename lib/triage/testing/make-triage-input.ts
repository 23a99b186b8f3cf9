import { buildTriageInput, type TriageInput, type TriageSource } from "../triage-input";

/** A TriageInput from the fields a test cares about; headers as [name, value] pairs. */
export function makeTriageInput(m: { from?: string; fromName?: string; subject?: string; text?: string; html?: string; headers?: [string, string][]; replyTo?: string }): TriageInput {
  const source: TriageSource = {
    fromAddress: m.from ?? "someone@example.test",
    fromName: m.fromName ?? null,
    to: [{ name: "", address: "owner@ourshop.test" }],
    cc: [],
    replyTo: m.replyTo ? [{ name: "", address: m.replyTo }] : [],
    subject: m.subject ?? "Hello",
    textBody: m.text ?? null,
    htmlBody: m.html ?? null,
    headers: (m.headers ?? []).map(([name, value]) => ({ name, value })),
    attachments: [],
  };
  return buildTriageInput(source);
}
