import { expect, test } from "./fixtures/test";
import { signInAsDemo, waitForHydration } from "./fixtures/sign-in";

// The embedded demo runs a Gmail sandbox beside the app (lib/demo): the demo
// workspace's mailbox is connected at start-up and backfilled, and "Connect
// Gmail" goes through the sandbox's own consent page and back.
const DEMO_MAILBOX = "inbox@fikiri.local";
const SECOND = "sales@fikiri.local";

test("Settings → Mailboxes shows the demo mailbox with its status, watch and backfill progress", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "/settings/mailboxes");
  await expect(page.getByRole("heading", { level: 1, name: "Mailboxes" })).toBeVisible();
  const demo = page.getByRole("article", { name: DEMO_MAILBOX });
  await expect(demo).toBeVisible();
  await expect(demo).toHaveAttribute("data-mailbox-status", "ACTIVE");
  // start-mailbox has watched the INBOX (about 7 days) and listed the recent mail to import.
  await expect(demo).toContainText(/Watch expires\s*in (6|7) days/, { timeout: 60_000 });
  const backfill = demo.getByTestId("backfill");
  await expect(backfill).toHaveAttribute("data-backfill-status", /RUNNING|DONE/, { timeout: 60_000 });
  await expect(backfill).toContainText(/of \d+ messages|Imported \d+ messages/, { timeout: 60_000 });
  await page.screenshot({ path: test.info().outputPath("mailboxes.png"), fullPage: true });
});

test("connect a second mailbox through the sandbox's consent page, disconnect it and reconnect it", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "/settings/mailboxes");
  await page.getByRole("button", { name: "Connect Gmail" }).click();

  // The sandbox's account chooser stands in for Google's consent screen.
  await expect(page).toHaveTitle(/Choose an account - Gmail sandbox/);
  await page.getByRole("link", { name: SECOND }).click();

  await expect(page).toHaveURL(/\/settings\/mailboxes/);
  // Arrived by redirects, not page.goto: wait for React before clicking.
  await waitForHydration(page);
  await expect(page.getByRole("alert").filter({ hasText: new RegExp(`${SECOND} is (connected|reconnected)`) })).toBeVisible();
  const second = page.getByRole("article", { name: SECOND });
  await expect(second).toHaveAttribute("data-mailbox-status", "ACTIVE");

  await second.getByRole("button", { name: "Disconnect" }).click();
  const dialog = page.getByRole("dialog", { name: `Disconnect ${SECOND}?` });
  await expect(dialog).toContainText("stored access to it is deleted");
  await dialog.getByRole("button", { name: "Disconnect" }).click();
  await expect(second).toHaveAttribute("data-mailbox-status", "DISCONNECTED");
  await expect(second).toContainText("Disconnected by a member of the workspace.");
  await expect(second).toContainText(/Watch expires\s*stopped/);
  // A deliberate disconnect does not raise the reconnect banner.
  await expect(page.getByTestId("mailbox-reconnect-banner")).toHaveCount(0);

  // Reconnect preselects the address (login_hint), so the sandbox consents straight away.
  await second.getByRole("button", { name: "Reconnect" }).click();
  // The notice is said once: the page drops ?reconnected= from the address after showing it.
  await expect(page).toHaveURL(/\/settings\/mailboxes$/);
  await waitForHydration(page);
  await expect(page.getByRole("alert").filter({ hasText: `${SECOND} is reconnected` })).toBeVisible();
  await expect(page.getByRole("article", { name: SECOND })).toHaveAttribute("data-mailbox-status", "ACTIVE");
  await expect(page.getByRole("article", { name: DEMO_MAILBOX })).toHaveAttribute("data-mailbox-status", "ACTIVE");

  // Disconnected again, it can be removed (keeping its mail): it leaves the list and frees its slot.
  await page.getByRole("article", { name: SECOND }).getByRole("button", { name: "Disconnect" }).click();
  await page.getByRole("dialog", { name: `Disconnect ${SECOND}?` }).getByRole("button", { name: "Disconnect" }).click();
  await expect(page.getByRole("article", { name: SECOND })).toHaveAttribute("data-mailbox-status", "DISCONNECTED");
  await expect(page.getByRole("article", { name: SECOND }).getByRole("button", { name: "Use another account" })).toBeEnabled();
  await page.getByRole("article", { name: SECOND }).getByRole("button", { name: "Remove" }).click();
  const remove = page.getByRole("dialog", { name: `Remove ${SECOND}?` });
  await expect(remove.getByRole("radio", { name: /Keep them/ })).toBeChecked();
  await remove.getByRole("button", { name: "Remove, keep mail" }).click();
  await expect(page.getByRole("article", { name: SECOND })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Connect Gmail" })).toBeEnabled();
});
