import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { Secret, TOTP } from "otpauth";
import { signInAsDemo, signInWithPassword, signUpAndSignIn, waitForHydration } from "./fixtures/sign-in";
import { latestEmail } from "./fixtures/dev-outbox";

const PASSWORD = "a long e2e passphrase";

/** A TOTP code for a time step not used before (the app refuses a replayed step). */
async function freshCode(totp: TOTP, used: Set<number>): Promise<string> {
  while (used.has(totp.counter())) await new Promise((r) => setTimeout(r, 1000));
  used.add(totp.counter());
  return totp.generate();
}

async function signOut(page: Page) {
  await page.goto("/settings/sessions");
  await waitForHydration(page);
  await page.getByRole("button", { name: "Sign out this device" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // The session row is revoked server-side: the dashboard pages now send us to sign in.
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/signin/);
}

test("sign up, verify email, enrol TOTP, sign in with TOTP and with a recovery code", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `e2e-${Date.now()}@example.test`;

  // Sign up (the account comes with its own workspace; the answer is "check your inbox", with no session), then sign in.
  await signUpAndSignIn(page, { name: "E2E Person", email, password: PASSWORD });
  await expect(page).toHaveURL(/\/inbox$/);

  // Unverified: the profile shows the banner.
  await page.goto("/settings/profile");
  await expect(page.getByText(/Verify .* with the link we emailed you/)).toBeVisible();

  // Verify the email from the dev outbox.
  const verifyText = await latestEmail(page.request, email, "Confirm your email");
  const verifyLink = new URL(verifyText.match(/https?:\/\/\S+/)![0]);
  await page.goto(verifyLink.pathname + verifyLink.search);
  // Opening the link verifies (no second click).
  await expect(page.getByText("Your email address is verified.")).toBeVisible();
  await page.goto("/settings/profile");
  await expect(page.getByText(/Verify .* with the link we emailed you/)).toHaveCount(0);

  // Enrol TOTP: scan (read the key), confirm with a code, receive 10 recovery codes.
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Set up authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" });
  const usedSteps = new Set<number>();
  await page.getByLabel("6-digit code").fill(await freshCode(totp, usedSteps));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-codes").locator("li");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByText(/Two-factor authentication is on/)).toBeVisible();

  await signOut(page);

  // Password alone is not enough: the session may reach only /mfa until the code is given.
  await signInWithPassword(page, email, PASSWORD, "/settings/profile");
  await expect(page).toHaveURL(/\/mfa/);
  await page.goto("/settings/sessions");
  await expect(page).toHaveURL(/\/mfa\?next=%2Fsettings%2Fsessions$/);
  expect((await page.request.get("/api/dev/outbox?to=x@example.test")).status()).toBe(401);

  await page.getByLabel(/6-digit code/).fill(await freshCode(totp, usedSteps));
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/sessions$/);
  await expect(page.getByRole("heading", { name: "Sessions", level: 1 })).toBeVisible();

  await signOut(page);

  // A recovery code works instead of the authenticator, once.
  await signInWithPassword(page, email, PASSWORD, "/settings/security");
  await expect(page).toHaveURL(/\/mfa/);
  await page.getByRole("button", { name: "Use a recovery code instead" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/security$/);
  await expect(page.getByText(/9 recovery codes left/)).toBeVisible();
});

test("wrong passwords are throttled with a clear message and Retry-After", async ({ page }) => {
  const email = `nobody-${Date.now()}@example.test`;
  // The lock is per (account, client address): the attempts come from the browser itself, as an attacker's would
  // (Playwright's request client may reach "localhost" over the other IP family, which is another address).
  await page.goto("/signin");
  const attempt = () =>
    page.evaluate(async (email) => {
      const res = await fetch("/api/account/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ email, password: "wrong password" }),
      });
      return { status: res.status, retryAfter: res.headers.get("retry-after") };
    }, email);
  for (let i = 0; i < 5; i++) expect((await attempt()).status).toBe(401);
  const limited = await attempt();
  expect(limited.status).toBe(429);
  expect(Number(limited.retryAfter)).toBeGreaterThan(0);

  await page.getByRole("textbox", { name: "Email", exact: true }).fill(email);
  await page.getByRole("textbox", { name: "Password", exact: true }).fill("wrong password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many" })).toHaveText(/Too many sign-in attempts\. Try again in \d+ minutes?\./);
});

test("auth and account pages fit a 390px phone screen (signed in as the demo user)", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = async (path: string, heading: string) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: heading, level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  };
  await fits("/signup", "Create your Fikiri account");
  await fits("/forgot-password", "Reset your password");
  await fits("/signin", "Sign in to Fikiri");
  await signInAsDemo(page, "/settings/profile");
  await fits("/settings/profile", "Profile");
  await fits("/settings/security", "Security");
  await fits("/settings/sessions", "Sessions");
  await expect(page.getByText("This device")).toBeVisible();
});
