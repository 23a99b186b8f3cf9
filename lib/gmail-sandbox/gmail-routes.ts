import { findAttachment, gmailBase64, renderMessage, type MessageFormat } from "./message-resource";
import { handleDraftCall } from "./draft-routes";
import { compileSearchQuery } from "./match-search-query";
import { googleError, invalidArgument, notFound, type SandboxResponse } from "./sandbox-response";
import { SYSTEM_LABELS, type HistoryRecord, type SandboxAccount, type SandboxMessage, type SandboxStore } from "./sandbox-store";

/**
 * The Gmail REST subset under /gmail/v1/users/{userId}/..., answering in the
 * shapes of the discovery document (ids and history ids as strings, list
 * responses omitting empty arrays, nextPageToken only when there is more).
 */
export interface GmailCall {
  method: string;
  /** Path after /gmail/v1/users/{userId}/, split on "/". */
  segments: string[];
  query: URLSearchParams;
  body: unknown;
  account: SandboxAccount;
}

export interface GmailRouteHooks {
  store: SandboxStore;
  now: () => number;
  watchTtlMs: number;
  /** Adds a message created through the API: history, push, and Gmail's strict threading of the requested threadId. */
  addMessage(email: string, raw: Buffer, labelIds: string[], threadId?: string): SandboxMessage;
}

const HISTORY_TYPES = { messageAdded: "messagesAdded", messageDeleted: "messagesDeleted", labelAdded: "labelsAdded", labelRemoved: "labelsRemoved" } as const;

const FORMATS = new Set(["full", "metadata", "minimal", "raw"]);

function pageSize(query: URLSearchParams, fallback: number): number {
  const n = Number(query.get("maxResults") ?? fallback);
  return Number.isFinite(n) && n > 0 ? Math.min(Math.floor(n), 500) : fallback;
}

function rawFrom(body: unknown): Buffer | undefined {
  const raw = (body as { raw?: unknown } | null)?.raw;
  return typeof raw === "string" && raw.length > 0 ? Buffer.from(raw, "base64url") : undefined;
}

function listMessages(call: GmailCall, hooks: GmailRouteHooks): SandboxResponse {
  const { query, account } = call;
  const labelIds = query.getAll("labelIds");
  const includeSpamTrash = query.get("includeSpamTrash") === "true";
  const matches = compileSearchQuery(query.get("q") ?? "", hooks.now());
  const all = [...account.messages.values()]
    .filter((m) => !m.labelIds.includes("DRAFT") || labelIds.includes("DRAFT"))
    .filter((m) => includeSpamTrash || !m.labelIds.some((l) => l === "SPAM" || l === "TRASH"))
    .filter((m) => labelIds.every((l) => m.labelIds.includes(l)) && matches(m))
    .sort((a, b) => b.internalDate - a.internalDate || b.historyId - a.historyId);
  // The page token is the position after the last message returned, so later arrivals do not shift pages.
  const token = query.get("pageToken");
  const after = token ? (JSON.parse(Buffer.from(token, "base64url").toString()) as [number, number]) : undefined;
  const rest = after ? all.filter((m) => m.internalDate < after[0] || (m.internalDate === after[0] && m.historyId < after[1])) : all;
  const page = rest.slice(0, pageSize(query, 100));
  const last = page[page.length - 1];
  return {
    status: 200,
    json: {
      ...(page.length ? { messages: page.map((m) => ({ id: m.id, threadId: m.threadId })) } : {}),
      ...(rest.length > page.length && last ? { nextPageToken: Buffer.from(JSON.stringify([last.internalDate, last.historyId])).toString("base64url") } : {}),
      resultSizeEstimate: rest.length,
    },
  };
}

function listHistory(call: GmailCall): SandboxResponse {
  const { query, account } = call;
  const start = Number(query.get("startHistoryId"));
  if (!query.get("startHistoryId") || !Number.isInteger(start) || start < 0) return invalidArgument("Invalid startHistoryId");
  if (start < account.minHistoryId) return notFound();
  const types = new Set(query.getAll("historyTypes"));
  const wanted = Object.entries(HISTORY_TYPES).filter(([type]) => types.size === 0 || types.has(type)).map(([, field]) => field);
  const labelId = query.get("labelId");
  const from = Math.max(start, Number(query.get("pageToken") ?? 0));
  const records = account.history
    .filter((h) => h.id > from)
    .map((h) => {
      const record: Record<string, unknown> = { id: String(h.id), messages: h.messages };
      for (const f of wanted) {
        const entries = (h[f as keyof HistoryRecord] as { message: { labelIds: string[] } }[] | undefined)?.filter((e) => !labelId || e.message.labelIds.includes(labelId));
        if (entries?.length) record[f] = entries;
      }
      return record;
    })
    .filter((r) => types.size === 0 || wanted.some((f) => r[f]));
  const page = records.slice(0, pageSize(query, 100));
  const more = records.length > page.length;
  return {
    status: 200,
    json: {
      ...(page.length ? { history: page } : {}),
      ...(more ? { nextPageToken: page[page.length - 1]!.id as string } : {}),
      historyId: String(account.historyId),
    },
  };
}

function labels(account: SandboxAccount): SandboxResponse {
  const system = SYSTEM_LABELS.map((id) => ({ id, name: id, type: "system", ...(id.startsWith("CATEGORY_") ? {} : { messageListVisibility: "hide", labelListVisibility: "labelHide" }) }));
  const user = account.userLabels.map((l) => ({ ...l, type: "user", messageListVisibility: "show", labelListVisibility: "labelShow" }));
  return { status: 200, json: { labels: [...system, ...user] } };
}

/** users.labels.create: a user label; 409 (as Gmail) when the name is taken, case-insensitively. */
function createLabel(account: SandboxAccount, body: unknown): SandboxResponse {
  const name = typeof (body as { name?: unknown } | null)?.name === "string" ? (body as { name: string }).name.trim() : "";
  if (!name) return invalidArgument("Invalid label name");
  const taken = [...SYSTEM_LABELS, ...account.userLabels.map((l) => l.name)].some((n) => n.toLowerCase() === name.toLowerCase());
  if (taken) return { status: 409, json: { error: { code: 409, message: "Label name exists or conflicts", errors: [{ message: "Label name exists or conflicts", domain: "global", reason: "duplicate" }], status: "ALREADY_EXISTS" } } };
  const label = { id: `Label_${account.userLabels.length + 1}`, name };
  account.userLabels.push(label);
  return { status: 200, json: { ...label, type: "user", messageListVisibility: "show", labelListVisibility: "labelShow" } };
}

/** "users.messages.get" etc., for the sandbox's call counters. */
export function gmailMethodName(method: string, segments: string[]): string {
  const [resource, id, sub] = segments;
  if (resource === "profile") return "users.getProfile";
  if (resource === "watch" || resource === "stop") return `users.${resource}`;
  if (resource === "messages" && (id === "send" || sub === "modify")) return `users.messages.${id === "send" ? "send" : "modify"}`;
  if (sub === "attachments") return "users.messages.attachments.get";
  if (resource === "drafts" && id === "send") return "users.drafts.send";
  const verbs: Record<string, string> = { POST: "create", PUT: "update", DELETE: "delete" };
  const verb = verbs[method] ?? (id ? "get" : "list");
  return `users.${resource}.${verb}`;
}

export function handleGmailCall(call: GmailCall, hooks: GmailRouteHooks): SandboxResponse {
  const { method, segments, query, body, account } = call;
  const [resource, id, sub, subId] = segments;
  const minimal = (m: SandboxMessage) => ({ status: 200, json: { id: m.id, threadId: m.threadId, labelIds: m.labelIds } });
  if (method === "GET" && resource === "profile") {
    return { status: 200, json: { emailAddress: account.email, messagesTotal: account.messages.size, threadsTotal: new Set([...account.messages.values()].map((m) => m.threadId)).size, historyId: String(account.historyId) } };
  }
  if (method === "POST" && resource === "watch") {
    const req = (body ?? {}) as { topicName?: unknown; labelIds?: unknown; labelFilterBehavior?: unknown; labelFilterAction?: unknown };
    if (typeof req.topicName !== "string" || !/^projects\/[^/]+\/topics\/[^/]+$/.test(req.topicName)) return invalidArgument("Invalid topicName");
    const behavior = String(req.labelFilterBehavior ?? req.labelFilterAction ?? "include").toLowerCase() === "exclude" ? "exclude" : "include";
    const expiration = hooks.now() + hooks.watchTtlMs;
    account.watch = { topicName: req.topicName, labelIds: Array.isArray(req.labelIds) ? req.labelIds.map(String) : [], labelFilterBehavior: behavior, expiration };
    return { status: 200, json: { historyId: String(account.historyId), expiration: String(expiration) } };
  }
  if (method === "POST" && resource === "stop") {
    account.watch = undefined;
    return { status: 204 };
  }
  if (method === "GET" && resource === "history" && !id) return listHistory(call);
  if (method === "GET" && resource === "labels" && !id) return labels(account);
  if (method === "POST" && resource === "labels" && !id) return createLabel(account, body);
  if (resource === "messages") {
    if (method === "GET" && !id) return listMessages(call, hooks);
    if (method === "POST" && id === "send") {
      const raw = rawFrom(body);
      if (!raw) return invalidArgument("'raw' RFC822 payload message string or uploading message via /upload/* URL required");
      return minimal(hooks.addMessage(account.email, raw, ["SENT"], (body as { threadId?: string }).threadId));
    }
    const message = id ? account.messages.get(id) : undefined;
    if (!message) return id && /^[0-9a-f]{1,24}$/i.test(id) ? notFound() : invalidArgument("Invalid id value");
    if (method === "GET" && !sub) {
      const format = (query.get("format") ?? "full").toLowerCase();
      if (!FORMATS.has(format)) return invalidArgument(`Invalid value at 'format' (${format})`);
      return { status: 200, json: renderMessage(message, format as MessageFormat, query.getAll("metadataHeaders")) };
    }
    if (method === "GET" && sub === "attachments" && subId) {
      const data = findAttachment(message, subId);
      return data ? { status: 200, json: { size: data.length, data: gmailBase64(data) } } : notFound();
    }
    if (method === "POST" && sub === "modify") {
      const req = (body ?? {}) as { addLabelIds?: string[]; removeLabelIds?: string[] };
      return minimal(hooks.store.modifyLabels(account.email, message.id, req.addLabelIds ?? [], req.removeLabelIds ?? [])!);
    }
  }
  if (resource === "drafts") return handleDraftCall(call, hooks);
  return googleError(404, `Method not found in the Gmail sandbox: ${method} ${segments.join("/")}`, "notFound");
}
