import { expect, test } from "./fixtures/test";
import { startE2eStripe } from "./support/stripe-fake";
import { signUpAndSignIn } from "./fixtures/sign-in";
import type { FakeStripeServer } from "../lib/billing/testing/fake-stripe-server";

let fake: FakeStripeServer;
test.beforeAll(async () => {
  fake = await startE2eStripe(test.info().project.use.baseURL!);
});
test.afterAll(async () => {
  await fake?.close();
});

/** Reloads the Billing page until Stripe's webhooks have been processed and the plan shows. */
async function expectPlan(page: import("@playwright/test").Page, plan: string) {
  await expect(async () => {
    await page.goto("/billing");
    await expect(page.getByRole("heading", { name: `Plan: ${plan}` })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test("start a trial through Checkout, see usage and invoices, upgrade and cancel in the portal", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `billing-${Date.now()}@example.test`;
  await signUpAndSignIn(page, { name: "Bea Billing", email, password: "a long e2e passphrase" }, "/billing");
  await expect(page).toHaveURL(/\/billing$/);
  // A new workspace starts on a Pro trial without a card.
  await expect(page.getByRole("heading", { name: "Plan: Pro" })).toBeVisible();
  await expect(page.getByText(/Trial until/)).toBeVisible();
  await expect(page.getByText("No invoices yet.")).toBeVisible();

  // Starter, keeping the days left of the trial: Stripe Checkout (the fake's page), then back with the webhooks delivered.
  await page.getByTestId("plan-STARTER").getByRole("button", { name: "Subscribe to Starter" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:12111\/checkout\//);
  await page.getByRole("link", { name: "Pay and subscribe" }).click();
  await expect(page).toHaveURL(/\/billing\?checkout=success$/);
  await expectPlan(page, "Starter");
  await expect(page.getByText(/Trial until/)).toBeVisible();

  // Usage this period against Starter's limits, with the charts; the trial's invoice is listed.
  const usage = page.locator("#usage");
  await expect(usage.getByText("0 / 2,000")).toBeVisible();
  await expect(usage.locator("canvas")).toHaveCount(2);
  await expect(usage.getByText("No usage yet this period").first()).toBeVisible();
  await expect(page.locator("#invoices").getByRole("cell", { name: /^FAKE-/ })).toBeVisible();

  // Upgrade to Pro in the Customer Portal.
  await page.getByRole("button", { name: "Manage billing" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:12111\/portal\//);
  await page.getByRole("link", { name: "Switch to fikiri_pro_month" }).click();
  await expect(page).toHaveURL(/\/billing\?portal=returned$/);
  await expectPlan(page, "Pro");
  await expect(usage.getByText("0 / 10,000")).toBeVisible();

  // Cancel: the workspace goes back to Free, and every step is in the audit log.
  await page.getByRole("button", { name: "Manage billing" }).click();
  await page.getByRole("link", { name: "Cancel plan" }).click();
  await expectPlan(page, "Free");
  await page.goto("/settings/audit-log");
  await expect(page.getByText("billing.subscription_changed").first()).toBeVisible();
  await expect(page.getByText("billing.checkout_started").first()).toBeVisible();
});
