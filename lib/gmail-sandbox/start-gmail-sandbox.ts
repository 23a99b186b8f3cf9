import http from "node:http";
import type { AddressInfo } from "node:net";
import { gmailMethodName, handleGmailCall } from "./gmail-routes";
import { buildPush, deliverPush, pushTokenClaims, type PushTarget, type SandboxPush } from "./publish-push";
import { SandboxFaults } from "./sandbox-faults";
import { createSandboxKeys } from "./sandbox-keys";
import { SandboxOAuth, type IssuedTokens } from "./sandbox-oauth";
import { SandboxQuota } from "./sandbox-quota";
import { googleError, type SandboxResponse } from "./sandbox-response";
import { SandboxStore, type HistoryRecord, type SandboxAccount, type SandboxMessage } from "./sandbox-store";

/**
 * A local Gmail: the REST subset the app uses, Google's OAuth endpoints, a
 * JWKS, and Pub/Sub pushes to a configured URL, all in memory. googleapis
 * talks to it through `rootUrl` (GMAIL_API_ROOT_URL) and the OAuth client's
 * token URL (GOOGLE_OAUTH_TOKEN_URL). Used by tests, the bench and the demo.
 */
export interface GmailSandboxOptions {
  port?: number;
  host?: string;
  /** Accounts that exist from the start (the authorize page lists them). */
  accounts?: string[];
  /** Where pushes go; without it (and without onPush) nothing is published. */
  pushUrl?: string;
  pushAudience?: string;
  pushServiceAccount?: string;
  subscription?: string;
  /** Receives every push built (tests deliver them themselves). */
  onPush?: (push: SandboxPush) => void | Promise<void>;
  /** When set, the token endpoint checks the client credentials. */
  clientId?: string;
  clientSecret?: string;
  accessTokenTtlSeconds?: number;
  watchTtlMs?: number;
  now?: () => number;
  faultSeed?: number;
  /** First history id of every account (default 100000). */
  startHistoryId?: number;
  /** Base of generated message/thread ids, so two sandbox runs never hand out the same id. */
  idBase?: bigint;
}

export interface AddMessageOptions {
  internalDate?: Date | number;
  threadId?: string;
}

export type AddedMessage = Pick<SandboxMessage, "id" | "threadId" | "labelIds"> & { historyId: string };

const DEFAULT_PUSH = { audience: "https://fikiri.local/api/webhooks/gmail", serviceAccountEmail: "gmail-push@fikiri-sandbox.iam.gserviceaccount.com", subscription: "projects/fikiri-sandbox/subscriptions/gmail-push" };

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Every label a history record touches: the message's labels and the ones added or removed. */
function labelsTouched(record: HistoryRecord): string[] {
  const changes = [...(record.labelsAdded ?? []), ...(record.labelsRemoved ?? [])];
  const messages = [...(record.messagesAdded ?? []), ...(record.messagesDeleted ?? []), ...changes];
  return [...new Set([...messages.flatMap((e) => e.message.labelIds), ...changes.flatMap((c) => c.labelIds)])];
}

function watchMatches(account: SandboxAccount, labelIds: string[], now: number): boolean {
  const watch = account.watch;
  if (!watch || watch.expiration <= now) return false;
  if (watch.labelIds.length === 0) return true;
  const hit = labelIds.some((l) => watch.labelIds.includes(l));
  return watch.labelFilterBehavior === "include" ? hit : !hit;
}

export async function startGmailSandbox(options: GmailSandboxOptions = {}) {
  const now = options.now ?? Date.now;
  const store = new SandboxStore(options.startHistoryId, options.idBase);
  const faults = new SandboxFaults();
  const quota = new SandboxQuota(now);
  if (options.faultSeed !== undefined) faults.configure({ seed: options.faultSeed });
  const keys = await createSandboxKeys();
  const pushTarget: PushTarget = {
    url: options.pushUrl,
    audience: options.pushAudience ?? DEFAULT_PUSH.audience,
    serviceAccountEmail: options.pushServiceAccount ?? DEFAULT_PUSH.serviceAccountEmail,
    subscription: options.subscription ?? DEFAULT_PUSH.subscription,
  };
  const pending = new Set<Promise<unknown>>();
  const calls: Record<string, number> = {};
  // Pub/Sub message ids are unique across every subscription and run: start each sandbox somewhere new.
  let pubsubSeq = Date.now() * 1000 + Math.floor(Math.random() * 1000) * 1_000_000;
  for (const email of options.accounts ?? []) store.account(email);

  const server = http.createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${options.host ?? "127.0.0.1"}:${port}/`;
  const oauth = new SandboxOAuth(keys, { issuer: url.replace(/\/$/, ""), accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 3600, clientId: options.clientId, clientSecret: options.clientSecret, now });

  function track<T>(promise: Promise<T>): Promise<T> {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise));
    return promise;
  }

  async function publish(emailAddress: string, historyId: number): Promise<SandboxPush> {
    const push = await buildPush(keys, pushTarget, emailAddress, historyId, String(pubsubSeq++), now());
    await options.onPush?.(push);
    if (pushTarget.url) await deliverPush(pushTarget.url, push);
    return push;
  }

  // Gmail notifies on every change to a watched mailbox that touches a watched label: new mail, and label
  // changes (the app's own messages.modify included). With a rate limit set it sends at most one push per
  // user per interval and drops the rest, as Gmail does ("maximum notification rate of 1 event/sec").
  let pushIntervalMs: number | null = null;
  const lastPushAt = new Map<string, number>();
  const pushStats = { published: 0, dropped: 0 };
  store.onHistory = (account, record) => {
    if (!(pushTarget.url || options.onPush) || !watchMatches(account, labelsTouched(record), now())) return;
    const last = lastPushAt.get(account.email);
    if (pushIntervalMs !== null && last !== undefined && now() - last < pushIntervalMs) {
      pushStats.dropped++;
      return;
    }
    lastPushAt.set(account.email, now());
    pushStats.published++;
    track(publish(account.email, record.id));
  };

  function add(email: string, raw: Buffer, labelIds: string[], internalDate: number, threadId?: string): SandboxMessage {
    return store.addMessage(email, raw, labelIds, internalDate, threadId);
  }

  async function gmail(req: http.IncomingMessage, path: string, query: URLSearchParams): Promise<SandboxResponse> {
    const match = /^\/gmail\/v1\/users\/([^/]+)\/(.*)$/.exec(path);
    if (!match) return googleError(404, "Not found", "notFound");
    const bearer = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const email = bearer ? oauth.accountFor(bearer) : undefined;
    if (!email) return googleError(401, "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.", "authError");
    const userId = decodeURIComponent(match[1]!).toLowerCase();
    if (userId !== "me" && userId !== email) return googleError(403, "Delegation denied for " + email, "forbidden");
    const raw = await readBody(req);
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        return googleError(400, "Invalid JSON payload received.", "parseError");
      }
    }
    const segments = match[2]!.split("/").filter(Boolean).map(decodeURIComponent);
    const name = gmailMethodName(req.method ?? "GET", segments);
    const overQuota = quota.charge(email, name);
    if (overQuota) return overQuota;
    calls[name] = (calls[name] ?? 0) + 1;
    const hooks = {
      store,
      now,
      watchTtlMs: options.watchTtlMs ?? 7 * 86_400_000,
      addMessage: (e: string, r: Buffer, l: string[], t?: string) => store.addMessage(e, r, l, now(), t, true),
    };
    return handleGmailCall({ method: req.method ?? "GET", segments, query, body, account: store.account(email) }, hooks);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<SandboxResponse | undefined> {
    const parsed = new URL(req.url ?? "/", url);
    const path = parsed.pathname;
    if (req.method === "GET" && path === "/o/oauth2/v2/auth") return oauth.authorize(parsed.searchParams, [...store.accounts.keys()]);
    if (req.method === "POST" && path === "/token") return oauth.token(new URLSearchParams((await readBody(req)).toString()), /^Basic (.+)$/i.exec(req.headers.authorization ?? "")?.[1]);
    if (req.method === "POST" && path === "/revoke") {
      const form = new URLSearchParams((await readBody(req)).toString());
      return oauth.revoke(parsed.searchParams.get("token") ?? form.get("token") ?? "");
    }
    if (req.method === "GET" && path === "/oauth2/v3/userinfo") return oauth.userinfo(/^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1] ?? "");
    if (req.method === "GET" && path === "/oauth2/v3/certs") return { status: 200, json: keys.jwks, headers: { "cache-control": "public, max-age=3600" } };
    if (!path.startsWith("/gmail/v1/")) return googleError(404, "Not found", "notFound");
    const fault = faults.next();
    if (fault === "timeout") {
      // Hang like an overloaded backend; the client's timeout decides, then the socket is dropped.
      setTimeout(() => res.destroy(), faults.timeoutMs).unref();
      return undefined;
    }
    if (fault === "429") return googleError(429, "User-rate limit exceeded.  Retry after a few seconds.", "rateLimitExceeded", "usageLimits");
    // The shapes of https://developers.google.com/workspace/gmail/api/guides/handle-errors ("403: Usage limit exceeded").
    if (fault === "403-rate") return googleError(403, "User Rate Limit Exceeded", "userRateLimitExceeded", "usageLimits");
    if (fault === "403-permission") return googleError(403, "Request had insufficient authentication scopes.", "insufficientPermissions");
    if (fault) return googleError(Number(fault), fault === "500" ? "Internal error encountered." : "The service is currently unavailable.", fault === "500" ? "backendError" : "backendError");
    return gmail(req, path, parsed.searchParams);
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let answer: SandboxResponse | undefined;
    try {
      answer = await route(req, res);
    } catch (error) {
      answer = googleError(500, `Sandbox error: ${(error as Error).message}`, "backendError");
    }
    if (!answer || res.destroyed) return;
    const headers: Record<string, string> = { ...answer.headers };
    let payload = "";
    if (answer.json !== undefined) {
      headers["content-type"] = "application/json; charset=UTF-8";
      payload = JSON.stringify(answer.json);
    } else if (answer.html !== undefined) {
      headers["content-type"] = "text/html; charset=utf-8";
      payload = answer.html;
    }
    res.writeHead(answer.status, headers).end(payload);
  }

  return {
    /** Base URL, with a trailing slash: googleapis' rootUrl. */
    url,
    tokenUrl: `${url}token`,
    authorizeUrl: `${url}o/oauth2/v2/auth`,
    revokeUrl: `${url}revoke`,
    jwksUrl: `${url}oauth2/v3/certs`,
    userinfoUrl: `${url}oauth2/v3/userinfo`,
    issuer: url.replace(/\/$/, ""),
    faults,
    /** Gmail's per-user limit (15,000 units a minute); `quota.configure` shrinks it for a test, `quota.rejected` counts 429s. */
    quota,
    /** Calls served per Gmail method name ("users.messages.get", ...), faulted calls excluded. */
    calls,
    pushTarget,
    /** Adds a message to a mailbox (created on first use): ids, thread, history id, push if watched. */
    addMessage(mailbox: string, raw: Buffer | string, labelIds: string[] = ["INBOX", "UNREAD"], opts: AddMessageOptions = {}): AddedMessage {
      const internalDate = opts.internalDate === undefined ? now() : new Date(opts.internalDate).getTime();
      const m = add(mailbox, Buffer.isBuffer(raw) ? raw : Buffer.from(raw, "utf8"), labelIds, internalDate, opts.threadId);
      return { id: m.id, threadId: m.threadId, labelIds: m.labelIds, historyId: String(m.historyId) };
    },
    addAccount: (email: string) => store.account(email).email,
    account: (email: string) => store.account(email),
    accounts: () => [...store.accounts.keys()],
    /** Tokens for an account as if its owner had consented. */
    issueGrant: (email: string): IssuedTokens => oauth.issueGrant(email),
    /** Revokes every grant of the account: refreshes answer invalid_grant. */
    revokeGrant: (email: string) => oauth.revokeAccount(email),
    /** Ages out the account's history: history.list from an older id answers 404. */
    expireHistory: (email: string) => store.expireHistory(email),
    /**
     * Gmail's notification rate: at most one push per user per `intervalMs` (Gmail: 1 s), the rest
     * dropped; null (the default) publishes one push per change, which tests of redelivery rely on.
     */
    limitPushRate(intervalMs: number | null): void {
      pushIntervalMs = intervalMs;
      lastPushAt.clear();
    },
    /** Pushes published and dropped by the rate limit so far. */
    pushStats,
    /** Publishes a push for the account's current history id (regardless of watch). */
    publishPush: (email: string) => track(publish(store.account(email).email, store.account(email).historyId)),
    /** Signs a push token; overrides forge bad ones (aud, email, exp...). */
    signPushToken: (overrides: Record<string, unknown> = {}, signOptions: { expiresInSeconds?: number; issuedAt?: number } = {}) => keys.sign(pushTokenClaims(pushTarget, overrides), signOptions),
    /** Resolves once every push published so far has been delivered (or given up). */
    flushPushes: async () => {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    async stop(): Promise<void> {
      await Promise.allSettled([...pending]);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type GmailSandbox = Awaited<ReturnType<typeof startGmailSandbox>>;
