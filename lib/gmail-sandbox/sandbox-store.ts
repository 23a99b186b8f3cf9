import { decodeEncodedWords, headerValue, parseHeaderBlock, parseMimeTree, splitHeadBody } from "./parse-mime-tree";
import { snippetOf } from "./message-resource";

/**
 * In-memory state of the Gmail sandbox: accounts, their messages, threads and
 * history. History ids only grow; a history record is kept for every change,
 * and `minHistoryId` marks how far back history.list can still go (Gmail keeps
 * about a week; older start ids get 404).
 */
export interface SandboxMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  raw: Buffer;
  internalDate: number;
  historyId: number;
  snippet: string;
  rfcMessageId?: string;
  subjectKey: string;
}

export interface HistoryRecord {
  id: number;
  messages: { id: string; threadId: string }[];
  messagesAdded?: { message: { id: string; threadId: string; labelIds: string[] } }[];
  messagesDeleted?: { message: { id: string; threadId: string; labelIds: string[] } }[];
  labelsAdded?: { message: { id: string; threadId: string; labelIds: string[] }; labelIds: string[] }[];
  labelsRemoved?: { message: { id: string; threadId: string; labelIds: string[] }; labelIds: string[] }[];
}

export interface SandboxWatch {
  topicName: string;
  labelIds: string[];
  labelFilterBehavior: "include" | "exclude";
  expiration: number;
}

export interface SandboxAccount {
  email: string;
  historyId: number;
  minHistoryId: number;
  messages: Map<string, SandboxMessage>;
  history: HistoryRecord[];
  watch?: SandboxWatch;
  userLabels: { id: string; name: string }[];
  drafts: Map<string, string>;
}

export const SYSTEM_LABELS = ["INBOX", "SENT", "DRAFT", "SPAM", "TRASH", "UNREAD", "STARRED", "IMPORTANT", "CHAT", "CATEGORY_PERSONAL", "CATEGORY_SOCIAL", "CATEGORY_PROMOTIONS", "CATEGORY_UPDATES", "CATEGORY_FORUMS"];

const ID_BASE = 0x18c0a00000000000n;

/** Headers are read as latin1 bytes; raw UTF-8 in them (common, and what Gmail shows) is decoded when valid. */
function utf8Header(value: string): string {
  const decoded = Buffer.from(value, "latin1").toString("utf8");
  return decoded.includes("\uFFFD") ? value : decoded;
}

/** The subject Gmail compares when threading: decoded, Re:/Fwd: prefixes dropped, case ignored. */
function normaliseSubject(subject: string | undefined): string {
  return decodeEncodedWords(utf8Header(subject ?? "")).replace(/^(\s*(re|fwd?|aw|sv)\s*(\[\d+\])?\s*:\s*)+/i, "").trim().toLowerCase();
}

function messageIdsIn(value: string | undefined): string[] {
  return (value ?? "").match(/<[^<>\s]+>/g)?.map((id) => id.slice(1, -1)) ?? [];
}

export class SandboxStore {
  readonly accounts = new Map<string, SandboxAccount>();
  private nextId = 1n;
  /** Told of every history record as it is written (the sandbox publishes pushes from it, as Gmail does). */
  onHistory?: (account: SandboxAccount, record: HistoryRecord) => void;

  private record(account: SandboxAccount, record: HistoryRecord): void {
    account.history.push(record);
    this.onHistory?.(account, record);
  }

  /**
   * `startHistoryId` and `idBase` let a new sandbox continue where an earlier
   * one left off (the demo after a restart): history ids above any cursor
   * stored before, message ids that cannot collide with earlier ones.
   */
  constructor(
    private readonly startHistoryId = 100_000,
    private readonly idBase = ID_BASE,
  ) {}

  account(email: string): SandboxAccount {
    const key = email.toLowerCase();
    let account = this.accounts.get(key);
    if (!account) {
      account = { email: key, historyId: this.startHistoryId, minHistoryId: 1, messages: new Map(), history: [], userLabels: [], drafts: new Map() };
      this.accounts.set(key, account);
    }
    return account;
  }

  newId(): string {
    return (this.idBase + this.nextId++ * 7919n).toString(16);
  }

  /** Threads like Gmail: by In-Reply-To/References to a known message, else a reply's subject. */
  private threadFor(account: SandboxAccount, references: string[], subject: string | undefined, subjectKey: string): string | undefined {
    const known = [...account.messages.values()];
    for (const ref of references.reverse()) {
      const parent = known.find((m) => m.rfcMessageId === ref);
      if (parent) return parent.threadId;
    }
    if (subjectKey && /^\s*(re|fwd?|aw|sv)\s*:/i.test(subject ?? "")) return known.find((m) => m.subjectKey === subjectKey)?.threadId;
    return undefined;
  }

  /**
   * Where a message created through the API (messages.send, drafts.*) goes, by
   * the rules of Google's "Manage threads" guide
   * (https://developers.google.com/workspace/gmail/api/guides/threads): it
   * joins a thread only if the request names that threadId, its References or
   * In-Reply-To name a message of that thread, and its Subject matches the
   * thread's (Re:/Fwd: prefixes aside). Otherwise Gmail starts a new thread,
   * so the sandbox does too (undefined = a new thread).
   */
  private requestedThread(account: SandboxAccount, requested: string | undefined, references: string[], subjectKey: string): string | undefined {
    if (!requested) return undefined;
    const thread = [...account.messages.values()].filter((m) => m.threadId === requested);
    const referenced = thread.some((m) => m.rfcMessageId !== undefined && references.includes(m.rfcMessageId));
    const sameSubject = thread.some((m) => m.subjectKey === subjectKey);
    return referenced && sameSubject ? requested : undefined;
  }

  /**
   * `threadId` places mail arriving from outside (tests, the demo) in a thread as given; with `strict`
   * (API calls) it is only a request, granted under Gmail's threading rules.
   */
  addMessage(email: string, raw: Buffer, labelIds: string[], internalDate: number, threadId?: string, strict = false): SandboxMessage {
    const account = this.account(email);
    const id = this.newId();
    let headers = parseHeaderBlock(splitHeadBody(raw.toString("latin1")).head);
    if (strict && !headerValue(headers, "message-id")) {
      // Gmail gives mail composed through the API a Message-ID of its own, so replies to it can thread.
      raw = Buffer.concat([Buffer.from(`Message-ID: <${id}.sandbox@mail.gmail.com>\r\n`, "latin1"), raw]);
      headers = parseHeaderBlock(splitHeadBody(raw.toString("latin1")).head);
    }
    const subject = headerValue(headers, "subject");
    const subjectKey = normaliseSubject(subject);
    const references = [...messageIdsIn(headerValue(headers, "references")), ...messageIdsIn(headerValue(headers, "in-reply-to"))];
    const historyId = ++account.historyId;
    const message: SandboxMessage = {
      id,
      threadId: strict
        ? (this.requestedThread(account, threadId, references, subjectKey) ?? id)
        : (threadId ?? this.threadFor(account, references, subject, subjectKey) ?? id),
      labelIds: [...new Set(labelIds)],
      raw,
      internalDate,
      historyId,
      snippet: snippetOf(parseMimeTree(raw)),
      rfcMessageId: messageIdsIn(headerValue(headers, "message-id"))[0],
      subjectKey,
    };
    account.messages.set(id, message);
    const ref = { id, threadId: message.threadId };
    this.record(account, { id: historyId, messages: [ref], messagesAdded: [{ message: { ...ref, labelIds: [...message.labelIds] } }] });
    return message;
  }

  modifyLabels(email: string, messageId: string, add: string[], remove: string[]): SandboxMessage | undefined {
    const account = this.account(email);
    const message = account.messages.get(messageId);
    if (!message) return undefined;
    const added = add.filter((l) => !message.labelIds.includes(l));
    const removed = remove.filter((l) => message.labelIds.includes(l) && !add.includes(l));
    message.labelIds = [...message.labelIds.filter((l) => !removed.includes(l)), ...added];
    if (added.length || removed.length) {
      message.historyId = ++account.historyId;
      const ref = { id: message.id, threadId: message.threadId };
      const snapshot = { ...ref, labelIds: [...message.labelIds] };
      this.record(account, {
        id: message.historyId,
        messages: [ref],
        ...(added.length ? { labelsAdded: [{ message: snapshot, labelIds: added }] } : {}),
        ...(removed.length ? { labelsRemoved: [{ message: snapshot, labelIds: removed }] } : {}),
      });
    }
    return message;
  }

  /** Permanent deletion (drafts.delete, a replaced draft): gone from lists, a messagesDeleted history record. */
  deleteMessage(email: string, messageId: string): boolean {
    const account = this.account(email);
    const message = account.messages.get(messageId);
    if (!message) return false;
    account.messages.delete(messageId);
    const ref = { id: message.id, threadId: message.threadId };
    this.record(account, { id: ++account.historyId, messages: [ref], messagesDeleted: [{ message: { ...ref, labelIds: [...message.labelIds] } }] });
    return true;
  }

  /**
   * Ages out all history before the current id: a history.list from any
   * older start id gets 404 (the current id itself stays a valid start).
   */
  expireHistory(email: string): void {
    const account = this.account(email);
    account.minHistoryId = account.historyId;
    account.history = account.history.filter((h) => h.id > account.minHistoryId);
  }
}
