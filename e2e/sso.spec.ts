import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { startOidcProvider, type LocalOidcProvider } from "./support/oidc-provider";
import { latestEmail } from "./fixtures/dev-outbox";
import { signUpAndSignIn } from "./fixtures/sign-in";

const PASSWORD = "a long e2e passphrase";
const domain = `sso${Date.now().toString(36)}.example.test`;
const adminEmail = `admin@${domain}`;
const memberEmail = `member@${domain}`;
let idp: LocalOidcProvider | null = null;

test.afterAll(async () => {
  await idp?.close();
});

/** The sign-out endpoint the app's buttons post to; the browser context's session cookie is cleared. */
async function signOut(page: Page) {
  expect((await page.request.post("/api/account/sign-out", { headers: { accept: "application/json" } })).status()).toBe(200);
  await page.goto("/settings/profile");
  await expect(page).toHaveURL(/\/signin/);
  // Also forget the identity provider's own session (same host, other port: cookies are shared).
  await page.context().clearCookies();
}

/** Enters an address on /signin and completes the local identity provider's login (and consent) forms. */
async function signInThroughSso(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp!.issuer}/interaction/`));
  await page.locator('input[name="login"]').fill(email);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
  // The dev interactions ask for consent once per client and user.
  for (let i = 0; i < 3 && page.url().startsWith(idp!.issuer); i++) {
    await page.locator('button[type="submit"]').click();
    await page.waitForLoadState();
  }
  await expect(page).toHaveURL(/\/inbox$/);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

test("an admin configures SSO for their domain; a colleague signs in through the IdP and joins; enforced SSO refuses passwords", async ({ page }) => {
  test.setTimeout(120_000);

  // A fresh admin at a company domain: sign up (own workspace, OWNER) and verify the address.
  await signUpAndSignIn(page, { name: "Ada Admin", email: adminEmail, password: PASSWORD });
  await expect(page).toHaveURL(/\/inbox$/);
  const verifyLink = new URL((await latestEmail(page.request, adminEmail, "Confirm your email")).match(/https?:\/\/\S+/)![0]);
  await page.goto(verifyLink.pathname + verifyLink.search);
  // Opening the link verifies (no second click).
  await expect(page.getByText("Your email address is verified.")).toBeVisible();
  const workspace = (await (await page.request.get("/api/v1/workspace")).json()) as { data: { id: string; name: string } };

  // Settings → SSO shows the callback URL before saving; register it at the (real, local) IdP.
  await page.goto("/settings/sso");
  await expect(page.getByRole("heading", { name: "Single sign-on", level: 1 })).toBeVisible();
  const callbackUrl = (await page.getByTestId("sso-callback-url").textContent())!.trim();
  expect(callbackUrl).toMatch(/\/api\/auth\/callback\/sso-c[a-z0-9]+$/);
  idp = await startOidcProvider({ redirectUris: [callbackUrl] });

  await expect(page.getByLabel("Email domain")).toHaveValue(domain);
  await page.getByLabel("Issuer URL").fill(`${idp.issuer}/nothing-here`);
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "HTTP 404" })).toBeVisible();
  await page.getByLabel("Issuer URL").fill(idp.issuer);
  await page.getByRole("button", { name: "Test connection" }).click();
  await expect(page.getByText(`Connected: ${idp.issuer} answers`)).toBeVisible();
  await page.getByLabel("Client ID").fill(idp.clientId);
  await page.getByLabel("Client secret").fill(idp.clientSecret);
  await page.getByRole("button", { name: "Save SSO connection" }).click();
  await expect(page.getByRole("heading", { name: `SSO for ${domain}` })).toBeVisible();
  // The secret never comes back: only its last four characters.
  await expect(page.getByText(`••••${idp.clientSecret.slice(-4)}`).first()).toBeVisible();
  expect(await page.content()).not.toContain(idp.clientSecret);

  // Usable on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 800 });

  await signOut(page);

  // A colleague who never signed up: /signin sends their address to the IdP; they land in the admin's workspace as a member.
  await signInThroughSso(page, memberEmail);
  const joined = (await (await page.request.get("/api/v1/workspace")).json()) as { data: { id: string } };
  expect(joined.data.id).toBe(workspace.data.id);
  await page.goto("/settings/sessions");
  await expect(page.getByText(/sso/i).first()).toBeVisible();
  // A member cannot manage SSO.
  await page.goto("/settings/sso");
  await expect(page.getByRole("heading", { name: "Single sign-on", level: 1 })).toHaveCount(0);
  await signOut(page);

  // The admin now signs in through SSO too (linked to their existing account, still an admin) and requires it.
  await signInThroughSso(page, adminEmail);
  await page.goto("/settings/sso");
  await page.getByLabel("Require SSO for this domain").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("SSO settings saved.")).toBeVisible();
  await signOut(page);

  // Password sign-in for the domain is refused with a pointer to SSO, even with the right password.
  const refused = await page.request.post("/api/account/sign-in", { data: { email: adminEmail, password: PASSWORD } });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ error: { code: "forbidden", details: { reason: "sso_required" }, message: expect.stringMatching(/single sign-on/) } });
  // Auth.js's own credentials endpoint refuses it too.
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const viaAuthJs = await page.request.post("/api/auth/callback/credentials", { form: { email: adminEmail, password: PASSWORD, csrfToken: csrf.csrfToken, callbackUrl: "/inbox" }, maxRedirects: 0 });
  expect(viaAuthJs.headers()["location"] ?? "").toContain("error=sso_required");
  await page.goto("/signin?error=sso_required");
  await expect(page.getByRole("alert").filter({ hasText: "requires single sign-on" })).toBeVisible();
});
