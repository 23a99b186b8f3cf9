import { expect, test } from "./fixtures/test";
import { signInAsDemo } from "./fixtures/sign-in";

// Rules from a preset: installed disabled, tested against the workspace's
// recent mail ("would have matched"), then enabled through the test dialog.
test("create rules from a preset, test one against recent mail, enable it", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "/automations");
  await expect(page.getByRole("heading", { level: 1, name: "Automations" })).toBeVisible();

  await page.getByRole("button", { name: "Start from a preset" }).click();
  const picker = page.getByRole("dialog", { name: "Start from a preset" });
  await picker.getByRole("radio", { name: /Trades \/ local services/ }).click();
  await picker.getByRole("button", { name: "Add these rules" }).click();
  await expect(picker.getByRole("alert").filter({ hasText: /Added \d+ rules? \(disabled\)|already installed/ })).toBeVisible();
  await picker.getByRole("button", { name: "Close" }).click();

  const row = page.getByTestId("rule-row").filter({ hasText: "Quote requests" });
  await expect(row).toBeVisible();
  await expect(row).toContainText("disabled");

  // Test from the editor without saving.
  await row.getByRole("button", { name: "Edit" }).click();
  const editor = page.getByRole("dialog", { name: /Edit “Quote requests”/ });
  await editor.getByRole("button", { name: "Test against last 100 emails" }).click();
  await expect(editor.getByTestId("rule-test-results").getByRole("status")).toContainText(/Would have matched \d+ of the last \d+ emails/, { timeout: 30_000 });
  await editor.getByRole("button", { name: "Cancel" }).click();

  // Enabling shows the test first, then enables.
  await row.getByRole("switch", { name: "Enable Quote requests" }).or(row.getByRole("checkbox", { name: "Enable Quote requests" })).click();
  const confirm = page.getByRole("dialog", { name: /Enable “Quote requests”/ });
  await expect(confirm.getByTestId("rule-test-results")).toBeVisible({ timeout: 30_000 });
  await confirm.getByRole("button", { name: "Enable rule" }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText("enabled");

  // The editor refuses an invalid rule with the shared schema's message.
  await page.getByRole("button", { name: "New rule" }).click();
  const fresh = page.getByRole("dialog", { name: "New rule" });
  await fresh.getByRole("button", { name: "Create rule (disabled)" }).click();
  await expect(fresh.getByText("Required.").first()).toBeVisible();
  await fresh.getByRole("button", { name: "Cancel" }).click();

  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
});
