import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures/test";
import { signInAsDemo, signUpAndSignIn } from "./fixtures/sign-in";
import { latestEmail } from "./fixtures/dev-outbox";

const PASSWORD = "a long e2e passphrase";

test("invite a member, accept by signing up, API key authenticates, audit log and CSV export", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  const invitee = `invitee-${Date.now()}@example.test`;

  // The owner invites a second address as an admin.
  await signInAsDemo(page, "/settings/members");
  const inviteForm = page.getByRole("form", { name: "Invite a member" });
  await inviteForm.getByLabel("Email address").fill(invitee);
  await inviteForm.getByRole("combobox", { name: /Role/ }).click();
  await page.getByRole("option", { name: "Admin" }).click();
  await inviteForm.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invitation sent to ${invitee}`)).toBeVisible();
  await expect(page.getByTestId("pending-invitation").filter({ hasText: invitee })).toBeVisible();

  // The invitation email in the dev outbox carries the accept link.
  const emailText = await latestEmail(request, invitee, "invited you to");
  const link = new URL(emailText.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)![0]);

  // The invitee, in a separate browser, opens it, signs up and comes back to accept.
  const inviteeContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(link.pathname);
  await expect(inviteePage.getByRole("heading", { name: /Join / })).toBeVisible();
  await expect(inviteePage.getByRole("link", { name: "Create an account" })).toHaveAttribute("href", new RegExp(`next=${encodeURIComponent(link.pathname)}`));
  await signUpAndSignIn(inviteePage, { name: "Ivy Invitee", email: invitee, password: PASSWORD }, link.pathname);
  await expect(inviteePage).toHaveURL(new RegExp(`${link.pathname}$`));
  await inviteePage.getByRole("button", { name: /^Join / }).click();
  await expect(inviteePage).toHaveURL(/\/settings\/members$/);
  await expect(inviteePage.getByTestId("member-row").filter({ hasText: invitee })).toBeVisible();
  await inviteeContext.close();

  // The owner sees the new member with the role.
  await page.reload();
  const row = page.getByTestId("member-row").filter({ hasText: invitee });
  await expect(row).toContainText("Admin");
  await expect(page.getByTestId("pending-invitation").filter({ hasText: invitee })).toHaveCount(0);

  // The owner creates an API key; it is shown once.
  await page.goto("/settings/api-keys");
  const keyName = `E2E key ${Date.now()}`;
  await page.getByRole("form", { name: "Create an API key" }).getByLabel("Name").fill(keyName);
  await page.getByRole("button", { name: "Create key" }).click();
  const keyInput = page.getByTestId("new-api-key");
  await expect(keyInput).toHaveValue(/^fk_live_[0-9A-Za-z]{32}$/);
  const key = await keyInput.inputValue();
  await page.getByRole("button", { name: "Done" }).click();
  await page.reload();
  const keyRow = page.getByTestId("api-key-row").filter({ hasText: keyName });
  await expect(keyRow).toContainText(key.slice(0, 12));
  expect(await page.content()).not.toContain(key);

  // The key alone (no cookies: the `request` fixture has its own) authenticates the REST API.
  const members = await request.get("/api/v1/members", { headers: { authorization: `Bearer ${key}` } });
  expect(members.status()).toBe(200);
  const body = (await members.json()) as { data: { email: string; role: string }[] };
  expect(body.data).toContainEqual(expect.objectContaining({ email: invitee, role: "ADMIN" }));
  expect((await request.get("/api/v1/members")).status()).toBe(401);

  // The audit log shows these actions, filters by action, and exports CSV.
  await page.goto("/settings/audit-log");
  for (const action of ["member.invited", "invitation.accepted", "apikey.created"]) {
    await expect(page.locator(`[data-testid="audit-entry"][data-action="${action}"]`).first()).toBeVisible();
  }
  await page.getByLabel("Action").selectOption("apikey.created");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=apikey.created/);
  await expect(page.locator('[data-testid="audit-entry"][data-action="member.invited"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="audit-entry"][data-action="apikey.created"]').first()).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-log-.*\.csv$/);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe("time,action,actor,actor_user_id,actor_api_key_id,target_type,target_id,ip,user_agent,before,after,id");
  expect(csv).toContain("apikey.created");
  expect(csv).not.toContain("member.invited");
});

test("settings pages fit a 390px-wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsDemo(page, "/settings/members");
  for (const path of ["/settings/members", "/settings/api-keys", "/settings/audit-log"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
