import { expect, test } from "./fixtures/test";
import { signInAsDemo } from "./fixtures/sign-in";

// The embedded demo's mailbox is backfilled from the Gmail sandbox at start-up
// (lib/demo); ingest-email stores each message, so the inbox fills within a minute.
test("the inbox lists the demo mailbox's stored mail newest first and opens an email with its thread", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "/inbox");
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  const rows = page.getByTestId("inbox-row");
  await expect(async () => {
    await page.reload();
    expect(await rows.count()).toBeGreaterThan(3);
  }).toPass({ timeout: 90_000, intervals: [2_000] });

  const times = await rows.locator("time").evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute("datetime") ?? "")));
  expect(times).toEqual([...times].sort((a, b) => b - a));

  const first = rows.first();
  const subject = (await first.locator("span").first().innerText()).trim();
  await first.click();
  // Generous: under `next dev` the first visit compiles the route.
  await expect(page).toHaveURL(/\/inbox\/[^/]+$/, { timeout: 90_000 });
  const message = page.getByTestId("thread-message").first();
  await expect(message).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("");
  await expect(page.getByText(subject, { exact: false }).first()).toBeVisible();

  // Body: sanitised HTML in a sandboxed frame without scripts, or the plain text.
  const frame = message.getByTestId("email-html-frame");
  if (await frame.count()) {
    await expect(frame).toHaveAttribute("sandbox", /^(?!.*allow-scripts).*$/);
    await expect(frame).toHaveAttribute("srcdoc", /Content-Security-Policy/);
  } else {
    await expect(message.locator("pre")).not.toBeEmpty();
  }

  await message.getByRole("button", { name: /Show headers/ }).click();
  await expect(message.getByRole("table", { name: "Message headers" })).toContainText(/Subject|From/);
  await page.screenshot({ path: test.info().outputPath("email.png"), fullPage: true });

  await page.getByRole("link", { name: "Inbox" }).first().click();
  await expect(page).toHaveURL(/\/inbox$/);
});

test("remote images in an email stay blocked until the reader loads them", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsDemo(page, "/inbox");
  const rows = page.getByTestId("inbox-row");
  await expect(rows.first()).toBeVisible({ timeout: 90_000 });
  // The demo's backfill includes phishing samples with remote images; find one on the first page.
  const hrefs = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  for (const href of hrefs) {
    await page.goto(href);
    const button = page.getByRole("button", { name: "Load remote images" }).first();
    if (!(await button.count())) continue;
    const frame = page.getByTestId("email-html-frame").first();
    await expect(frame).toHaveAttribute("srcdoc", /img-src data:;/);
    await expect(frame).toHaveAttribute("srcdoc", /data-remote-src=/);
    await button.click();
    await expect(frame).toHaveAttribute("srcdoc", /img-src data: https: http:/);
    await expect(page.getByRole("button", { name: "Load remote images" })).toHaveCount(0);
    return;
  }
  expect(false, "an email with remote images on the first inbox page of the demo mailbox").toBe(true);
});
