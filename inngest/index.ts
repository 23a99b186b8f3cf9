import { billingDunningReminders } from "./billing-dunning-reminders";
import { catchUpMailboxes } from "./catch-up-mailboxes";
import { billingProcessStripeEvent } from "./billing-process-stripe-event";
import { billingReconcileUsage } from "./billing-reconcile-usage";
import { billingRolloverPeriods } from "./billing-rollover-periods";
import { crmDeliverWebhook } from "./crm-deliver-webhook";
import { crmFollowUpNudges } from "./crm-follow-up-nudges";
import { crmLinkEmail } from "./crm-link-email";
import { crmTaskReminders } from "./crm-task-reminders";
import { demoJobsEnabled } from "@/lib/jobs/demo-jobs-enabled";
import { demoFlakyStep } from "./demo-flaky-step";
import { triageEmailFunction } from "./triage-email";
import { draftReply } from "./draft-reply";
import { indexKnowledgeDocument } from "./index-knowledge-document";
import { ingestEmail } from "./ingest-email";
import { jobsPruneHistory } from "./jobs-prune-history";
import { pruneGmailPushReceipts } from "./prune-gmail-push-receipts";
import { renewGmailWatches } from "./renew-gmail-watches";
import { runAutomations } from "./run-automations";
import { startMailbox } from "./start-mailbox";
import { syncMailbox } from "./sync-mailbox";

/** Every function the app serves at /api/inngest (the demo flaky step outside production only: lib/jobs/demo-jobs-enabled.ts). */
export const functions = [...(demoJobsEnabled() ? [demoFlakyStep] : []), indexKnowledgeDocument, draftReply, billingProcessStripeEvent, billingReconcileUsage, billingRolloverPeriods, billingDunningReminders, crmLinkEmail, crmDeliverWebhook, crmTaskReminders, crmFollowUpNudges, syncMailbox, catchUpMailboxes, startMailbox, renewGmailWatches, pruneGmailPushReceipts, triageEmailFunction, runAutomations, ingestEmail, jobsPruneHistory];
