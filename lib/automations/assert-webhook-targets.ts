import { assertPublicUrl } from "@/lib/security/outbound/assert-public-url";
import type { GuardOptions } from "@/lib/security/outbound/resolve-public-address";
import type { RuleInput } from "./automation-schemas";

/**
 * Save-time SSRF check for a rule's webhook actions: each URL must point at a public address
 * (delivery checks again through the same guard). A refusal is a 422 on `actions.<i>.url`,
 * shown beside the field.
 */
export async function assertWebhookTargets(input: Pick<RuleInput, "actions">, options: GuardOptions = {}): Promise<void> {
  for (const [i, action] of input.actions.entries()) {
    if (action.type === "webhook") await assertPublicUrl(action.url, { ...options, field: `actions.${i}.url` });
  }
}
