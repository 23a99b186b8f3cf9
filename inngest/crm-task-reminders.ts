import { sendTaskReminders } from "@/lib/crm/send-task-reminders";
import { inngest } from "./client";

/** Every 5 minutes: emails assignees of tasks whose reminder time has come and emits task.due. */
export const crmTaskReminders = inngest.createFunction(
  { id: "crm-task-reminders", name: "CRM: task reminders", retries: 2, triggers: [{ cron: "*/5 * * * *" }] },
  async ({ step }) => step.run("send-task-reminders", () => sendTaskReminders()),
);
