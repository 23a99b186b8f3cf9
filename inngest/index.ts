import { billingProcessStripeEvent } from "./billing-process-stripe-event";
import { crmDeliverWebhook } from "./crm-deliver-webhook";
import { crmFollowUpNudges } from "./crm-follow-up-nudges";
import { crmLinkEmail } from "./crm-link-email";
import { crmTaskReminders } from "./crm-task-reminders";
import { demoFlakyStep } from "./demo-flaky-step";

/** Every function the app serves at /api/inngest. */
export const functions = [demoFlakyStep, billingProcessStripeEvent, crmLinkEmail, crmDeliverWebhook, crmTaskReminders, crmFollowUpNudges];
