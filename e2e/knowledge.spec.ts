import { expect, test } from "./fixtures/test";
import { signInAsDemo } from "./fixtures/sign-in";

// The knowledge base in the running app: an FAQ entry is indexed by the
// background job (the list polls until Ready), a customer-style question
// retrieves it, a Markdown upload is accepted and a wrong file type is
// refused with the server's message; Settings > AI names the provider.
test("add an FAQ, see it indexed, test a question, upload a file", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAsDemo(page, "/knowledge");
  await expect(page.getByRole("heading", { level: 1, name: "Knowledge" })).toBeVisible();

  const faq = page.getByRole("form", { name: "Add an FAQ entry" });
  const question = `Do you deliver on Saturdays? ${Date.now()}`;
  await faq.getByLabel("Question").fill(question);
  await faq.getByLabel("Answer").fill("Yes, Saturday deliveries run from 9am to noon for a £10 supplement.");
  await faq.getByRole("button", { name: "Add FAQ" }).click();
  const entry = page.getByTestId("faq-entry").filter({ hasText: question });
  await expect(entry).toContainText(/Ready · 1 passages/, { timeout: 45_000 });

  const box = page.getByRole("form", { name: "Test a question" });
  await box.getByLabel("A customer asks…").fill("saturday delivery supplement");
  await box.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("knowledge-search-results")).toContainText("Saturday deliveries run from 9am to noon");

  await page.getByTestId("knowledge-upload-input").setInputFiles({ name: "returns-policy.md", mimeType: "text/markdown", buffer: Buffer.from("# Returns\n\nUnused items can be returned within 30 days.") });
  await expect(page.getByText("returns-policy.md uploaded; indexing…")).toBeVisible();
  await expect(page.getByTestId("knowledge-document").filter({ hasText: "returns-policy" })).toContainText(/Ready|Indexing|Queued/);
  await page.getByTestId("knowledge-upload-input").setInputFiles({ name: "sheet.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") });
  await expect(page.getByRole("alert").filter({ hasText: "Upload a .txt, .md or .pdf file" })).toBeVisible();

  await page.goto("/settings/ai");
  await expect(page.getByTestId("ai-provider-label")).toHaveText(/Offline AI|OpenAI/);
  await expect(page.getByRole("heading", { name: "Reply style" })).toBeVisible();
});
