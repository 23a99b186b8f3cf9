import type { BillingPlan } from "@/generated/prisma/enums";
import { AppError } from "@/lib/http/app-error";
import { createRateLimiter, retryAfterSeconds, type RateLimiter } from "@/lib/rate-limit/rate-limiter";
import { BILLING_PATH } from "./check-plan-capacity";
import { getBillingAccount } from "./get-billing-account";
import { PLANS } from "./plans";

const MINUTE_MS = 60_000;

// One limiter per plan over the same counter name, so a plan change mid-minute
// keeps the requests already counted and only the allowance changes.
const limiters = new Map<BillingPlan, RateLimiter>();
function limiterFor(plan: BillingPlan): RateLimiter {
  let limiter = limiters.get(plan);
  if (!limiter) {
    limiter = createRateLimiter({ name: "api:workspace", limit: PLANS[plan].apiRequestsPerMinute, windowMs: MINUTE_MS });
    limiters.set(plan, limiter);
  }
  return limiter;
}

/**
 * Every API-key request passes here (from withWorkspace): a plan without API
 * access (Free) is refused with the stable plan-limit 403 naming the plan and
 * the Billing page; otherwise one request is counted against the workspace's
 * allowance (requests per minute, all of its keys together) and refused past
 * it with a 429 and Retry-After.
 */
export async function enforceApiRateLimit(workspaceId: string): Promise<void> {
  const account = await getBillingAccount(workspaceId);
  const plan = PLANS[account.plan];
  if (!plan.apiAccess || plan.apiRequestsPerMinute <= 0) {
    throw new AppError(
      "forbidden",
      `The ${plan.name} plan does not include API access. Upgrade on the Billing page (${BILLING_PATH}) to use API keys.`,
      { reason: "plan_limit", resource: "api_access", plan: plan.name, billingUrl: BILLING_PATH },
    );
  }
  const result = await limiterFor(plan.id).hit(workspaceId);
  if (result.allowed) return;
  const seconds = retryAfterSeconds(result.retryAfterMs);
  throw new AppError(
    "rate_limited",
    `The ${plan.name} plan allows ${plan.apiRequestsPerMinute} API requests per minute for this workspace, and they are used up. Try again in ${seconds} s, or upgrade on the Billing page (${BILLING_PATH}) for a higher limit.`,
    { reason: "plan_limit", resource: "api_requests", plan: plan.name, limit: plan.apiRequestsPerMinute, retryAfterSeconds: seconds, billingUrl: BILLING_PATH },
    { "retry-after": String(seconds) },
  );
}
