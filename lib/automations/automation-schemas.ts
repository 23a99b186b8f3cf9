import { z } from "@/lib/validation/zod";
import { triageCategorySchema, triageRouteSchema, type TriageRoute } from "@/lib/triage/triage-schemas";
import { isRegexSafe } from "./safe-regex";

/**
 * The single source of truth for automation rules: the editor validates with
 * these, server actions parse with them, and stored JSON is re-parsed with
 * them before a rule runs (a row that no longer parses never acts).
 */

export const TRIAGE_ROUTES = triageRouteSchema.options;
export const TRIAGE_CATEGORIES = triageCategorySchema.options;

const text = (max: number) => z.string().trim().min(1, "Required.").max(max, `At most ${max} characters.`);

export const conditionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("sender"), op: z.enum(["equals", "contains"]), value: text(320) }),
  // The sender's domain or any subdomain of it.
  z.object({ type: z.literal("domain"), value: text(253).regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, "A domain like example.com.") }),
  z.object({
    type: z.literal("subject"),
    op: z.enum(["contains", "regex"]),
    value: text(200),
  }).refine((c) => c.op !== "regex" || isRegexSafe(c.value).ok, { message: "This pattern is not allowed (invalid, or risks very slow matching).", path: ["value"] }),
  z.object({ type: z.literal("category"), values: z.array(triageCategorySchema).min(1) }),
  z.object({ type: z.literal("route"), values: z.array(triageRouteSchema).min(1) }),
  z.object({ type: z.literal("urgency"), min: z.number().int().min(1).max(5) }),
  // Judged by the workspace's AI provider; the offline provider cannot judge it.
  z.object({ type: z.literal("ai"), instruction: text(500) }),
]);

export const conditionsSchema = z.object({
  match: z.enum(["all", "any"]),
  items: z.array(conditionSchema).min(1, "Add at least one condition.").max(20),
});

const httpUrl = z.url({ protocol: /^https?$/, message: "An http(s) URL." }).max(2000);

export const actionSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("label"), label: text(225).refine((l) => !/^(INBOX|SPAM|TRASH|UNREAD|STARRED|IMPORTANT|SENT|DRAFT)$/i.test(l), "Choose your own label name, not a Gmail system label.") }),
  z.object({ type: z.literal("archive") }),
  z.object({ type: z.literal("mark_read") }),
  z.object({ type: z.literal("create_lead") }),
  z.object({ type: z.literal("draft_reply") }),
  z.object({
    type: z.literal("auto_send"),
    // The draft's own confidence must reach this before it is sent.
    minConfidence: z.number().min(0.5).max(1).default(0.85),
    allowFirstTimeSenders: z.boolean().default(false),
  }),
  z.object({ type: z.literal("forward"), to: z.email().max(320), note: z.string().trim().max(1000).optional() }),
  z.object({ type: z.literal("webhook"), url: httpUrl }),
]);

export const actionsSchema = z.array(actionSchema).min(1, "Add at least one action.").max(10);

export const ruleInputSchema = z.object({
  name: text(120),
  conditions: conditionsSchema,
  actions: actionsSchema,
  stopProcessing: z.boolean().default(false),
});

export type Condition = z.infer<typeof conditionSchema>;
export type Conditions = z.infer<typeof conditionsSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionType = Action["type"];
export type RuleInput = z.infer<typeof ruleInputSchema>;
export type { TriageRoute };

/** Actions that may run on spam/phishing mail: they only file it away. */
export const SPAM_SAFE_ACTIONS: ReadonlySet<ActionType> = new Set(["label", "archive"]);
/** Actions a user can undo through Gmail (messages.modify). */
export const UNDOABLE_ACTIONS: ReadonlySet<ActionType> = new Set(["label", "archive", "mark_read"]);

const id = z.string().min(1).max(64);
const workspaceIdField = { workspaceId: id.optional() };

export const createRuleSchema = ruleInputSchema.extend(workspaceIdField);
export const updateRuleSchema = ruleInputSchema.extend({ ...workspaceIdField, ruleId: id });
export const ruleIdSchema = z.object({ ...workspaceIdField, ruleId: id });
export const setRuleEnabledSchema = ruleIdSchema.extend({ enabled: z.boolean() });
export const moveRuleSchema = ruleIdSchema.extend({ direction: z.enum(["up", "down"]) });
export const testRuleSchema = ruleInputSchema.extend(workspaceIdField);
export const installPresetSchema = z.object({ ...workspaceIdField, presetKey: z.string().min(1).max(80) });
export const undoActionSchema = z.object({ ...workspaceIdField, actionLogId: id });
export const actionLogQuerySchema = z.object({
  messageId: id.optional(),
  cursor: id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
