import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { signInAsDemo } from "./fixtures/sign-in";

/**
 * Opens demo inbox emails until one has an open reply draft, writing one with
 * "Draft a reply" when the background job has not (yet). Emails whose draft
 * was already sent or discarded (an earlier run) are skipped.
 */
async function openEmailWithDraft(page: Page): Promise<void> {
  const rows = page.getByTestId("inbox-row");
  await expect(async () => {
    await page.reload();
    expect(await rows.count()).toBeGreaterThan(0);
  }).toPass({ timeout: 90_000, intervals: [2_000] });
  // Prefer mail a business would answer: rows badged spam come last.
  const found = await rows.evaluateAll((els) => els.map((e) => ({ href: e.getAttribute("href")!, spam: /\bSpam\b/.test(e.textContent ?? "") })));
  const hrefs = [...found.filter((r) => !r.spam), ...found.filter((r) => r.spam)].map((r) => r.href);
  const status = page.getByTestId("draft-status");
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 2, name: "Reply draft" })).toBeVisible({ timeout: 60_000 });
    const create = page.getByRole("button", { name: "Draft a reply" });
    if (await create.count()) {
      await create.click();
      await expect(status).toHaveText("Proposed", { timeout: 30_000 });
    }
    if (/^(Proposed|Saved in Gmail)$/.test((await status.textContent()) ?? "")) return;
  }
  expect(false, "an email on the first inbox page whose reply draft can still be sent").toBe(true);
}

test("a reply draft is edited, saved to Gmail, edited again in place and sent", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAsDemo(page, "/inbox");
  await openEmailWithDraft(page);
  const status = page.getByTestId("draft-status");
  const body = page.getByTestId("draft-body");
  await expect(body).not.toHaveValue("");
  const marker = `e2e-${Date.now().toString(36)}`;

  // Edit a proposed draft: "Save edits" keeps it proposed (not yet in Gmail).
  if ((await status.textContent()) === "Saved in Gmail") {
    await expect(page.getByRole("button", { name: "Saved in Gmail" })).toBeVisible();
  } else {
    await body.fill(`Hello,\n\nThanks for writing (${marker}, first edit).\n\nBest,\nDemo`);
    await page.getByRole("button", { name: "Save edits" }).click();
    await expect(page.getByRole("button", { name: "Approve (save to Gmail)" })).toBeVisible({ timeout: 30_000 });
    await expect(status).toHaveText("Proposed");
    await expect(body).toHaveValue(new RegExp(`${marker}, first edit`));
    await page.getByRole("button", { name: "Approve (save to Gmail)" }).click();
    await expect(status).toHaveText("Saved in Gmail", { timeout: 30_000 });
    await expect(page.getByRole("button", { name: "Saved in Gmail" })).toBeVisible();
  }

  // Edit the saved draft: it is updated in Gmail and stays saved; the text survives a reload.
  const final = `Hello,\n\nThanks for writing — we will get back to you today (${marker}, final).\n\nBest,\nDemo`;
  await body.fill(final);
  await expect(page.getByRole("button", { name: "Save edits" })).toBeVisible();
  await page.getByRole("button", { name: "Save edits" }).click();
  await expect(page.getByRole("button", { name: "Saved in Gmail" })).toBeVisible({ timeout: 30_000 });
  await expect(status).toHaveText("Saved in Gmail");
  await page.reload();
  await expect(body).toHaveValue(final);
  await expect(status).toHaveText("Saved in Gmail");

  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(status).toHaveText("Sent", { timeout: 30_000 });
  await expect(body).toBeDisabled();
  await expect(page.getByRole("button", { name: "Send", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Regenerate" })).toHaveCount(0);
  await page.reload();
  await expect(status).toHaveText("Sent");
  await expect(body).toHaveValue(final);
  await page.screenshot({ path: test.info().outputPath("sent-draft.png"), fullPage: true });
});
