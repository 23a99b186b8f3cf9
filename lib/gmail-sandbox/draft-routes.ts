import type { GmailCall, GmailRouteHooks } from "./gmail-routes";
import { renderMessage, type MessageFormat } from "./message-resource";
import { invalidArgument, notFound, type SandboxResponse } from "./sandbox-response";
import type { SandboxAccount, SandboxMessage } from "./sandbox-store";

/**
 * users.drafts.* in the shapes of the discovery document: a draft is an
 * immutable id pointing at a DRAFT-labelled message. update replaces that
 * message (new message id, same draft id), delete removes it for good, and
 * send turns it into a SENT message and forgets the draft, as Gmail does.
 */
type DraftBody = { id?: unknown; message?: { raw?: unknown; threadId?: unknown } } | null;

const FORMATS = new Set(["full", "metadata", "minimal", "raw"]);

function rawOf(body: DraftBody): Buffer | undefined {
  const raw = body?.message?.raw;
  return typeof raw === "string" && raw.length > 0 ? Buffer.from(raw, "base64url") : undefined;
}

function threadOf(body: DraftBody): string | undefined {
  return typeof body?.message?.threadId === "string" ? body.message.threadId : undefined;
}

function draftIdFor(message: SandboxMessage): string {
  return `r${BigInt(`0x${message.id}`).toString()}`;
}

function draftJson(draftId: string, m: SandboxMessage) {
  return { id: draftId, message: { id: m.id, threadId: m.threadId, labelIds: m.labelIds } };
}

/** The draft's current message; undefined when the id is unknown (Gmail answers 404). */
function draftMessage(account: SandboxAccount, draftId: string): SandboxMessage | undefined {
  const messageId = account.drafts.get(draftId);
  return messageId ? account.messages.get(messageId) : undefined;
}

function createDraft(call: GmailCall, hooks: GmailRouteHooks, draftId?: string): SandboxResponse {
  const body = call.body as DraftBody;
  const raw = rawOf(body);
  if (!raw) return invalidArgument("Missing draft message");
  const stored = hooks.addMessage(call.account.email, raw, ["DRAFT"], threadOf(body));
  const id = draftId ?? draftIdFor(stored);
  call.account.drafts.set(id, stored.id);
  return { status: 200, json: draftJson(id, stored) };
}

function listDrafts(call: GmailCall): SandboxResponse {
  const { account, query } = call;
  const drafts = [...account.drafts.entries()]
    .map(([id, messageId]) => ({ id, message: account.messages.get(messageId) }))
    .filter((d): d is { id: string; message: SandboxMessage } => Boolean(d.message))
    .sort((a, b) => b.message.internalDate - a.message.internalDate || b.message.historyId - a.message.historyId);
  const size = Math.min(Math.max(Math.floor(Number(query.get("maxResults") ?? 100)) || 100, 1), 500);
  const start = Math.max(Number(query.get("pageToken") ?? 0) || 0, 0);
  const page = drafts.slice(start, start + size);
  return {
    status: 200,
    json: {
      ...(page.length ? { drafts: page.map((d) => ({ id: d.id, message: { id: d.message.id, threadId: d.message.threadId } })) } : {}),
      ...(start + size < drafts.length ? { nextPageToken: String(start + size) } : {}),
      resultSizeEstimate: drafts.length,
    },
  };
}

function sendDraft(call: GmailCall, hooks: GmailRouteHooks): SandboxResponse {
  const body = call.body as DraftBody;
  const draftId = typeof body?.id === "string" ? body.id : "";
  if (!draftId) return invalidArgument("Invalid draft id");
  let message = draftMessage(call.account, draftId);
  if (!message) return notFound();
  // A message in the request replaces the draft's content before it goes out.
  if (rawOf(body)) {
    hooks.store.deleteMessage(call.account.email, message.id);
    message = hooks.addMessage(call.account.email, rawOf(body)!, ["DRAFT"], threadOf(body) ?? message.threadId);
  }
  call.account.drafts.delete(draftId);
  const sent = hooks.store.modifyLabels(call.account.email, message.id, ["SENT"], ["DRAFT"])!;
  return { status: 200, json: { id: sent.id, threadId: sent.threadId, labelIds: sent.labelIds } };
}

export function handleDraftCall(call: GmailCall, hooks: GmailRouteHooks): SandboxResponse {
  const { method, segments, account, query } = call;
  const id = segments[1];
  if (!id) {
    if (method === "POST") return createDraft(call, hooks);
    if (method === "GET") return listDrafts(call);
    return invalidArgument(`Unsupported method ${method} on drafts`);
  }
  if (method === "POST" && id === "send") return sendDraft(call, hooks);
  const message = draftMessage(account, id);
  if (!message) return notFound();
  if (method === "GET") {
    const format = (query.get("format") ?? "full").toLowerCase();
    if (!FORMATS.has(format)) return invalidArgument(`Invalid value at 'format' (${format})`);
    return { status: 200, json: { id, message: renderMessage(message, format as MessageFormat, []) } };
  }
  if (method === "PUT") {
    if (!rawOf(call.body as DraftBody)) return invalidArgument("Missing draft message");
    hooks.store.deleteMessage(account.email, message.id);
    return createDraft({ ...call, body: { message: { threadId: message.threadId, ...(call.body as DraftBody)?.message } } }, hooks, id);
  }
  if (method === "DELETE") {
    hooks.store.deleteMessage(account.email, message.id);
    account.drafts.delete(id);
    return { status: 204 };
  }
  return invalidArgument(`Unsupported method ${method} on drafts/${id}`);
}
