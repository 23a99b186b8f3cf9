import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { requestPasswordReset } from "@/lib/auth/reset-password";
import { sendVerificationEmail } from "@/lib/auth/send-verification-email";
import { sendEmail } from "@/lib/email/send-email";
import { env, EnvError, parseEnv } from "@/lib/env";
import { addTestMember, createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { listWorkspaceOutbox } from "./list-workspace-outbox";

// The outside review's account takeover: with no SMTP_URL, an admin read members' password-reset links in Settings -> Outbox.
let db: TestDatabase;
const saved = { NODE_ENV: env.NODE_ENV, DEV_OUTBOX_API: env.DEV_OUTBOX_API, SMTP_URL: env.SMTP_URL, MAIL_TRANSPORT: env.MAIL_TRANSPORT };
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterEach(() => {
  Object.assign(env, saved);
});
afterAll(() => db?.drop());

describe("Settings -> Outbox", () => {
  test("an admin sees their own emails and members' shareable ones, never a member's reset or verification link", async () => {
    const { workspace, user: admin } = await createTestWorkspace("OWNER");
    const { user: member } = await addTestMember(workspace.id, "MEMBER");
    await requestPasswordReset(member.email);
    await sendVerificationEmail(member);
    await sendEmail({ to: member.email, subject: "Reminder: call Acme", text: "Call Acme back.", sharedWithAdmins: true });
    await requestPasswordReset(admin.email);

    const seen = await listWorkspaceOutbox(workspace.id, admin.email);
    expect(seen.map((e) => `${e.to} ${e.subject}`).sort()).toEqual([`${admin.email} Reset your Fikiri password`, `${member.email} Reminder: call Acme`].sort());
    expect(JSON.stringify(seen)).not.toMatch(new RegExp(`${member.email}[^}]*token=`));
    // The member (were they an admin) sees their own secret links.
    const own = await listWorkspaceOutbox(workspace.id, member.email);
    expect(own.map((e) => e.subject).sort()).toEqual(["Confirm your email for Fikiri", "Reminder: call Acme", "Reset your Fikiri password"]);
  });
});

describe("mail transport in production", () => {
  const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40), ENCRYPTION_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}` };

  test("a production server refuses to start with no mail server unless MAIL_TRANSPORT=outbox says so", () => {
    expect(() => parseEnv(production)).toThrow(EnvError);
    expect(() => parseEnv(production)).toThrow(/MAIL_TRANSPORT/);
    expect(parseEnv({ ...production, MAIL_TRANSPORT: "outbox" }).MAIL_TRANSPORT).toBe("outbox");
    expect(parseEnv({ ...production, SMTP_URL: "smtps://u:p@smtp.example.com:465" }).SMTP_URL).toBeDefined();
    expect(() => parseEnv({ ...production, MAIL_TRANSPORT: "smtp" })).toThrow(/MAIL_TRANSPORT: smtp needs SMTP_URL/);
    // The build step and the embedded demo are not a production server.
    expect(() => parseEnv({ ...production, NEXT_PHASE: "phase-production-build" })).not.toThrow();
    expect(() => parseEnv({ ...production, EMBEDDED: "1" })).not.toThrow();
  });
});
