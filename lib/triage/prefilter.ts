import { matchSenderRule, type SenderRuleLike } from "./match-sender-rule";
import type { TriageInput } from "./triage-input";
import { routeOfCategory, type TriageCategory, type TriageRoute } from "./triage-schemas";

export interface PrefilterContext {
  // Lower-case addresses the workspace has corresponded with (CRM contacts, people it wrote to).
  knownContacts?: ReadonlySet<string>;
  senderRules?: readonly SenderRuleLike[];
}

export type PrefilterResult =
  | {
      decided: true;
      route: TriageRoute;
      category: TriageCategory;
      confidence: number;
      reasons: string[];
      decidedBy: "rules" | "user";
      // Header evidence of bulk mail says "not a person", not "not spam": the
      // combiner still lets the local classifier turn such mail into spam.
      spamCheck: boolean;
      ruleId?: string;
    }
  | { decided: false; reasons: string[] };

// Bulk-mail software and email service providers, matched in X-Mailer / User-Agent.
const BULK_MAILERS = /\b(mailchimp|mailman|majordomo|listserv|lyris|ezmlm|sympa|constant ?contact|exacttarget|sendgrid|mailgun|campaign ?monitor|sendinblue|brevo|hubspot|marketo|klaviyo|mailjet|aweber|getresponse|icontact|groupmail|phplist|postmaster ?general)\b/i;
// Headers only ESPs and list servers add.
const ESP_HEADERS = ["x-campaign", "x-campaign-id", "x-campaignid", "x-mc-user", "x-mailgun-sid", "x-sg-eid", "x-ses-outgoing", "x-csa-complaints", "x-mailer-recptid", "x-listmember", "x-list-unsubscribe", "feedback-id", "x-marketoid", "x-rpcampaign", "x-job", "x-beenthere", "x-mailman-version", "x-ezmlm-delivery"];
const NO_REPLY = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|mailer-daemon|postmaster|notifications?|alerts?|bounces?|auto[-_.]?confirm|newsletters?)([-+_.].*)?@/i;

export function prefilter(input: TriageInput, context: PrefilterContext = {}): PrefilterResult {
  const sender = input.from?.address ?? null;
  const rule = matchSenderRule(context.senderRules ?? [], sender);
  if (rule) {
    return {
      decided: true,
      route: routeOfCategory(rule.category),
      category: rule.category,
      confidence: 1,
      reasons: [`Workspace rule for ${rule.pattern}: ${rule.category}`],
      decidedBy: "user",
      spamCheck: false,
      ruleId: rule.id,
    };
  }
  if (sender && context.knownContacts?.has(sender)) {
    return decided("attention", "business", 0.97, [`Known contact ${sender}`], false);
  }
  const header = (name: string) => (input.headers[name]?.[0] ?? "").trim().toLowerCase();
  const autoSubmitted = header("auto-submitted");
  if (autoSubmitted && autoSubmitted !== "no") {
    return decided("automated", "notification", 0.97, [`Auto-Submitted: ${autoSubmitted}`], true);
  }
  const reasons: string[] = [];
  if (input.list.id) reasons.push(`List-Id: ${input.list.id.slice(0, 80)}`);
  if (input.list.post) reasons.push("List-Post header");
  const precedence = header("precedence");
  if (/^(bulk|list|junk)$/.test(precedence)) reasons.push(`Precedence: ${precedence}`);
  if (reasons.length > 0) {
    const category = input.list.id || input.list.post || precedence === "list" ? "mailing_list" : "newsletter";
    return decided("automated", category, 0.95, reasons, true);
  }
  const mailer = header("x-mailer") || header("user-agent");
  const esp = ESP_HEADERS.find((h) => input.headers[h]);
  if (BULK_MAILERS.test(mailer)) reasons.push(`Bulk mailer: ${mailer.slice(0, 60)}`);
  if (esp) reasons.push(`Email service provider header ${esp}`);
  if (input.list.unsubscribe) reasons.push("List-Unsubscribe header");
  if (reasons.length > 0) return decided("automated", "newsletter", 0.9, reasons, true);
  if (sender && NO_REPLY.test(sender)) {
    return decided("automated", "notification", 0.9, [`No-reply sender ${sender}`], true);
  }
  return { decided: false, reasons: [] };
}

function decided(route: TriageRoute, category: TriageCategory, confidence: number, reasons: string[], spamCheck: boolean): PrefilterResult {
  return { decided: true, route, category, confidence, reasons, decidedBy: "rules", spamCheck };
}
