import { createFollowUpNudges } from "@/lib/crm/create-follow-up-nudges";
import { inngest } from "./client";

/** Hourly: "no reply in N days" follow-up tasks for contacts whose email went unanswered. */
export const crmFollowUpNudges = inngest.createFunction(
  { id: "crm-follow-up-nudges", name: "CRM: follow-up nudges", retries: 2, triggers: [{ cron: "17 * * * *" }] },
  async ({ step }) => step.run("create-follow-up-nudges", () => createFollowUpNudges()),
);
