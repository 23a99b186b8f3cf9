import { expect, test } from "./fixtures/test";
import { signInAsDemo } from "./fixtures/sign-in";

// The local durable-job executor inside the real server: an event sent from
// the app runs through /api/inngest, its flaky step is retried with backoff,
// and the Jobs page shows the run, its steps and every attempt.
test("a test job's flaky step fails twice, is retried, and the run completes", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAsDemo(page, "/jobs");
  await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
  await page.getByRole("button", { name: "Run a test job" }).click();

  const row = page.getByRole("table", { name: "Job runs" }).getByRole("row").filter({ hasText: "demo/flaky" }).first();
  await expect(row).toBeVisible();
  await expect(row.locator('[data-status="COMPLETED"]')).toBeVisible({ timeout: 45_000 });

  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/jobs\/[^/]+$/);
  const flaky = page.getByTestId("job-step").filter({ hasText: "call-flaky-service" });
  await expect(flaky.getByTestId("job-attempt")).toHaveCount(3);
  await expect(flaky).toContainText("Simulated outage (attempt 1)");
  await expect(flaky).toContainText("Simulated outage (attempt 2)");
  // "prepare" ran once and was memoised across the retries.
  await expect(page.getByTestId("job-step").filter({ hasText: "prepare" }).getByTestId("job-attempt")).toHaveCount(1);
});
