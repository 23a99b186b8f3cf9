import { googleError, type SandboxResponse } from "./sandbox-response";

/**
 * Gmail's per-user rate limit, as the sandbox enforces it: 15,000 quota
 * units per user per minute, each method costing what Google's "Gmail API
 * usage limits" page lists (https://developers.google.com/workspace/gmail/api/reference/quota,
 * checked 2026-12-04). Counted over a sliding window (the strictest reading of
 * "per minute"); a call that would go over is refused with the 429 Gmail
 * sends, `rateLimitExceeded` in domain `usageLimits` and "Retry after <time>"
 * in its message, and costs nothing. The app keeps its own table
 * (lib/gmail/gmail-quota.ts): the two are written from the documentation
 * separately, so a mistake in one shows up as 429s in the tests.
 */
export const METHOD_UNITS: Record<string, number> = {
  "users.drafts.create": 10,
  "users.drafts.delete": 10,
  "users.drafts.get": 5,
  "users.drafts.list": 5,
  "users.drafts.send": 100,
  "users.drafts.update": 15,
  "users.getProfile": 1,
  "users.history.list": 2,
  "users.labels.create": 5,
  "users.labels.delete": 5,
  "users.labels.get": 1,
  "users.labels.list": 1,
  "users.labels.update": 5,
  "users.messages.attachments.get": 5,
  "users.messages.get": 5,
  "users.messages.list": 5,
  "users.messages.modify": 5,
  "users.messages.send": 100,
  "users.threads.get": 10,
  "users.threads.list": 10,
  "users.watch": 100,
  "users.stop": 50,
};

export interface UserQuotaConfig {
  unitsPerWindow: number;
  windowMs: number;
}

export const GMAIL_USER_QUOTA: UserQuotaConfig = { unitsPerWindow: 15_000, windowMs: 60_000 };

export class SandboxQuota {
  private config: UserQuotaConfig | null = GMAIL_USER_QUOTA;
  private readonly spent = new Map<string, { at: number; units: number }[]>();
  /** Calls refused for quota, per account. */
  readonly rejected = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** A smaller window for tests, or null to stop enforcing. Forgets what was spent. */
  configure(config: UserQuotaConfig | null): void {
    this.config = config;
    this.spent.clear();
  }

  /** Charges the call to the account, or answers Gmail's 429 when the window has no room for it. */
  charge(email: string, method: string): SandboxResponse | undefined {
    if (!this.config) return undefined;
    const units = METHOD_UNITS[method] ?? 5;
    const now = this.now();
    const log = (this.spent.get(email) ?? []).filter((e) => e.at > now - this.config!.windowMs);
    this.spent.set(email, log);
    let used = log.reduce((sum, e) => sum + e.units, 0);
    if (used + units <= this.config.unitsPerWindow) {
      log.push({ at: now, units });
      return undefined;
    }
    // When enough of the window has expired for this call to fit.
    let retryAt = now;
    for (const entry of log) {
      used -= entry.units;
      retryAt = entry.at + this.config.windowMs;
      if (used + units <= this.config.unitsPerWindow) break;
    }
    this.rejected.set(email, (this.rejected.get(email) ?? 0) + 1);
    return googleError(429, `User-rate limit exceeded.  Retry after ${new Date(retryAt).toISOString()}`, "rateLimitExceeded", "usageLimits");
  }
}
