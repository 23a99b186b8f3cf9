import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/test";
import { signInAsDemo } from "./fixtures/sign-in";

// The CRM in the real server, signed in as the demo user. Records are created
// through the REST API with the same session, each with a unique name, so the
// specs do not depend on each other or on the demo data.
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function api<T>(request: APIRequestContext, method: "GET" | "POST", url: string, data?: unknown): Promise<T> {
  const res = method === "GET" ? await request.get(url) : await request.post(url, { data });
  expect(res.ok(), `${method} ${url}: ${await res.text()}`).toBe(true);
  return ((await res.json()) as { data: T }).data;
}

async function dealStage(page: Page, dealId: string): Promise<string> {
  return (await api<{ deal: { stage: { name: string } } }>(page.request, "GET", `/api/v1/crm/deals/${dealId}`)).deal.stage.name;
}

test("contacts list shows a new contact; its record page has the timeline with a note", async ({ page }) => {
  await signInAsDemo(page, "/crm/contacts");
  const name = `Ada ${unique()}`;
  const contact = await api<{ id: string }>(page.request, "POST", "/api/v1/crm/contacts", { name, emails: [`${name.split(" ")[1]}@analytical.test`], tags: ["e2e"] });
  await api(page.request, "POST", "/api/v1/crm/notes", { recordType: "contact", recordId: contact.id, body: "Met at the engine fair" });
  await page.reload();
  const list = page.getByRole("table", { name: "contacts list" });
  await expect(list.getByRole("link", { name })).toBeVisible();
  await list.getByRole("columnheader", { name: "Name" }).getByRole("button").click();
  await list.getByRole("columnheader", { name: "Updated" }).getByRole("button").click();
  await list.getByRole("columnheader", { name: "Updated" }).getByRole("button").click();
  await list.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/crm/contacts/${contact.id}$`));
  await expect(page.getByRole("heading", { name })).toBeVisible();
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByTestId("timeline-entry").filter({ hasText: "Met at the engine fair" })).toBeVisible();
  await expect(timeline.locator('[data-type="created"]')).toBeVisible();
  await page.getByRole("textbox", { name: "Add a note" }).fill("Second note from the page");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(timeline.getByTestId("timeline-entry").filter({ hasText: "Second note from the page" })).toBeVisible();
});

test("pipeline board: a deal is dragged with the mouse, then moved with the keyboard", async ({ page }) => {
  await signInAsDemo(page, "/crm/pipeline");
  const title = `Desk order ${unique()}`;
  const deal = await api<{ id: string }>(page.request, "POST", "/api/v1/crm/deals", { title, amount: "4200", currency: "EUR" });
  await page.reload();
  const card = page.getByTestId(`deal-card-${deal.id}`);
  await expect(page.getByTestId("stage-New").getByTestId(`deal-card-${deal.id}`)).toBeVisible();
  const target = page.getByTestId("stage-Qualified");
  const from = (await card.boundingBox())!;
  const to = (await target.boundingBox())!;
  // Grab the card by its lower right corner (the title is a link to the deal).
  await page.mouse.move(from.x + from.width - 12, from.y + from.height - 8);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width + 10, from.y + from.height, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 10 });
  await page.mouse.up();
  await expect(target.getByTestId(`deal-card-${deal.id}`)).toBeVisible();
  await expect.poll(() => dealStage(page, deal.id)).toBe("Qualified");

  await page.getByTestId(`deal-card-${deal.id}`).focus();
  // Screen readers hear each step through dnd-kit's live region (the latest announcement replaces the previous one).
  const announced = (text: string) => expect(page.getByText(text)).toBeAttached();
  await page.keyboard.press("Space");
  await announced(`Deal ${title} is over the Qualified stage.`);
  await page.keyboard.press("ArrowRight");
  await announced(`Deal ${title} is over the Meeting stage.`);
  await page.keyboard.press("Space");
  await announced(`Deal ${title} was moved to Meeting.`);
  await expect(page.getByTestId("stage-Meeting").getByTestId(`deal-card-${deal.id}`)).toBeVisible();
  await expect.poll(() => dealStage(page, deal.id)).toBe("Meeting");
  await page.goto(`/crm/deals/${deal.id}`);
  await expect(page.getByRole("region", { name: "Stage history" })).toContainText("Qualified → Meeting");
});

test("search finds contacts, companies and deals from one box", async ({ page }) => {
  await signInAsDemo(page, "/crm/contacts");
  const word = `zephyr${unique()}`;
  const company = await api<{ id: string }>(page.request, "POST", "/api/v1/crm/companies", { name: `${word} Holdings`, domains: [`${word}.test`] });
  await api(page.request, "POST", "/api/v1/crm/contacts", { name: `Quinn ${word}`, companyId: company.id });
  await api(page.request, "POST", "/api/v1/crm/deals", { title: `${word} renewal`, companyId: company.id });
  await page.getByRole("searchbox", { name: "Search the CRM" }).fill(word.slice(0, -2));
  const results = page.getByRole("region", { name: "Search results" });
  await expect(results.getByRole("link", { name: `Quinn ${word}` })).toBeVisible();
  await expect(results.getByRole("link", { name: `${word} Holdings` })).toBeVisible();
  await expect(results.getByRole("link", { name: `${word} renewal` })).toBeVisible();
  await results.getByRole("link", { name: `${word} Holdings` }).click();
  await expect(page).toHaveURL(new RegExp(`/crm/companies/${company.id}$`));
});

test("import maps columns, imports the good rows, reports the bad one; export downloads them", async ({ page }) => {
  await signInAsDemo(page, "/crm/import");
  const tag = unique();
  const csv = `Full Name,E-mail,Company\nImported One ${tag},one-${tag}@import.test,Import Co ${tag}\n,nobody-${tag}@import.test,\nImported Two ${tag},two-${tag}@import.test,Import Co ${tag}\n`;
  await page.getByLabel("CSV file").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByRole("textbox", { name: "Full Name" }).or(page.getByRole("combobox", { name: "Full Name" }))).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 of 3 rows" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Rows with problems" })).toContainText("3");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export contacts" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file, "utf8");
  expect(text).toContain(`Imported One ${tag}`);
  expect(text).toContain(`two-${tag}@import.test`);
  expect(text).not.toContain(`nobody-${tag}`);
});

test("duplicates screen merges two contacts and keeps the history", async ({ page }) => {
  await signInAsDemo(page, "/crm/duplicates");
  const name = `Twin ${unique()}`;
  const first = await api<{ id: string }>(page.request, "POST", "/api/v1/crm/contacts", { name, emails: [`${name.replace(" ", ".").toLowerCase()}@a.test`] });
  const second = await api<{ id: string }>(page.request, "POST", "/api/v1/crm/contacts", { name, emails: [`${name.replace(" ", ".").toLowerCase()}@b.test`] });
  await api(page.request, "POST", "/api/v1/crm/notes", { recordType: "contact", recordId: second.id, body: "Note on the twin" });
  await page.reload();
  const group = page.getByTestId("duplicate-group").filter({ hasText: name });
  await expect(group).toBeVisible();
  await group.getByRole("button", { name: `Keep ${name} and merge the others into it` }).first().click();
  await expect(page.getByRole("alert").filter({ hasText: "Merged 1 record(s)" })).toBeVisible();
  const survivor = (await page.request.get(`/api/v1/crm/contacts/${first.id}`)).ok() ? first.id : second.id;
  const merged = survivor === first.id ? second.id : first.id;
  expect((await page.request.get(`/api/v1/crm/contacts/${merged}`)).status()).toBe(404);
  await page.goto(`/crm/contacts/${survivor}`);
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.locator('[data-type="merged"]')).toBeVisible();
  await expect(timeline.getByTestId("timeline-entry").filter({ hasText: "Note on the twin" })).toBeVisible();
});

test("a company added from the list form opens its record page", async ({ page }) => {
  await signInAsDemo(page, "/crm/companies");
  const name = `Handmade ${unique()}`;
  await page.getByRole("textbox", { name: "New company's name" }).fill(name);
  await page.getByRole("textbox", { name: "Domain" }).fill(`${name.split(" ")[1]}.test`);
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page).toHaveURL(/\/crm\/companies\/[^/]+$/);
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" }).locator('[data-type="created"]')).toBeVisible();
});
