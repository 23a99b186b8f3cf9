import { expect, test } from "./fixtures/test";
import { signInAsDemo } from "./fixtures/sign-in";

// The analytics page against the real server and the demo workspace: every chart
// is a Chart.js canvas, and the range selector changes the period everywhere.
test("analytics renders its charts and the range selector switches the period", async ({ page }) => {
  await signInAsDemo(page, "/analytics");
  await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mail received per day" })).toBeVisible();
  for (const title of ["Who decided", "Categories", "AI drafts", "Automation actions", "Deals created per week"]) {
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  }
  // Seven charts, each drawn on a canvas with a non-zero size.
  const canvases = page.locator("canvas");
  await expect(canvases).toHaveCount(7);
  const box = await canvases.first().boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  expect(box?.height ?? 0).toBeGreaterThan(100);

  // For a human look at the layout; test-results/ is not committed.
  await page.screenshot({ path: test.info().outputPath("analytics-30-days.png"), fullPage: true });

  const range = page.getByRole("group", { name: "Time range" });
  await expect(range.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("Last 30 days").first()).toBeVisible();
  await range.getByRole("link", { name: "7 days" }).click();
  await expect(page).toHaveURL(/\/analytics\?days=7$/);
  await expect(range.getByRole("link", { name: "7 days" })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("Last 7 days").first()).toBeVisible();
  await expect(page.getByText("inbound mail by triage route, last 7 days", { exact: false })).toBeVisible();
  await expect(canvases).toHaveCount(7);
  // A range the page does not offer falls back to 30 days instead of failing.
  await page.goto("/analytics?days=365");
  await expect(range.getByRole("link", { name: "30 days" })).toHaveAttribute("aria-current", "true");
});
