import { type Page } from "@playwright/test";
import { test, expect } from "./fixtures/test";
import { DEMO_USER, signInAsDemo, waitForHydration } from "./fixtures/sign-in";

// The app's look and shell: landing page, dashboard navigation (desktop and
// mobile) and the persisted light/dark toggle.

const AREAS = [
  { label: "Inbox", path: "/inbox", heading: "Inbox" },
  { label: "CRM", path: "/crm", heading: "CRM" },
  { label: "Automations", path: "/automations", heading: "Automations" },
  { label: "Knowledge", path: "/knowledge", heading: "Knowledge" },
  { label: "Analytics", path: "/analytics", heading: "Analytics" },
  { label: "Billing", path: "/billing", heading: "Billing" },
  { label: "Settings", path: "/settings", heading: "Settings" },
];

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test.describe("landing page", () => {
  test("renders and its call to action leads through the demo sign-in to the inbox", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Every email sorted");
    for (const section of ["Every email, put where it belongs", "Rules first, AI where it helps, you in charge", "Plans that grow with your inbox"]) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    // Sign up and Sign in in the header and the hero; prices from the plans module.
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign up" })).toHaveAttribute("href", "/signup");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/signin");
    await expect(page.getByTestId("plan-PRO")).toContainText("$79");
    await expect(page.getByText("The demo workspace starts empty")).toHaveCount(0);
    await page.getByRole("link", { name: "Open the demo" }).first().click();
    await expect(page).toHaveURL(/\/signin\?next=%2Finbox$/);
    await expect(page.getByTestId("demo-login")).toContainText(DEMO_USER.email);
    await waitForHydration(page);
    await page.getByRole("textbox", { name: "Email", exact: true }).fill(DEMO_USER.email);
    await page.getByRole("textbox", { name: "Password", exact: true }).fill(DEMO_USER.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page).toHaveURL(/\/inbox$/);
    await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
    // The demo mailbox fills while the app runs: either its mail or the empty state.
    await expect(page.getByTestId("inbox-row").first().or(page.getByText("No mail yet"))).toBeVisible();
  });

  test("loads nothing from other origins", async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? "http://localhost").origin;
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
    });
    await page.goto("/", { waitUntil: "networkidle" });
    expect(foreign).toEqual([]);
  });
});

test.describe("dashboard navigation", () => {
  test.beforeEach(async ({ page }) => signInAsDemo(page));

  test.use({ viewport: { width: 1366, height: 900 } });

  test("every nav link opens its page with its heading, and marks itself current", async ({ page }) => {
    await page.goto("/inbox");
    await expect(page.getByTestId("workspace-name")).toContainText("Brightwater Plumbing");
    for (const area of AREAS) {
      const link = mainNav(page).getByRole("link", { name: area.label, exact: true });
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${area.path}$`));
      await expect(page.getByRole("heading", { level: 1, name: area.heading })).toBeVisible();
      await expect(link).toHaveAttribute("aria-current", "page");
      await expect(mainNav(page).locator('[aria-current="page"]')).toHaveCount(1);
    }
  });

  test("links the Jobs page", async ({ page }) => {
    await page.goto("/inbox");
    await expect(mainNav(page).getByRole("link", { name: "Jobs", exact: true })).toHaveAttribute("href", "/jobs");
  });

  test("navigation works from the keyboard", async ({ page }) => {
    await page.goto("/inbox");
    const crm = mainNav(page).getByRole("link", { name: "CRM", exact: true });
    await crm.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/crm$/);
    await expect(page.getByRole("heading", { level: 1, name: "CRM" })).toBeVisible();
  });

});

test.describe("mobile navigation", () => {
  test.beforeEach(async ({ page }) => signInAsDemo(page));

  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu button opens the drawer, which navigates and closes", async ({ page }) => {
    await page.goto("/inbox");
    const menuButton = page.getByRole("button", { name: "Open navigation" });
    await expect(menuButton).toBeVisible();
    await expect(mainNav(page)).toBeHidden();

    await menuButton.click();
    // The open drawer is modal: the rest of the page, the button included, is hidden from the accessibility tree.
    await expect(page.getByRole("button", { name: "Open navigation", includeHidden: true })).toHaveAttribute("aria-expanded", "true");
    await expect(mainNav(page)).toBeVisible();
    await mainNav(page).getByRole("link", { name: "Knowledge", exact: true }).click();

    await expect(page).toHaveURL(/\/knowledge$/);
    await expect(page.getByRole("heading", { level: 1, name: "Knowledge" })).toBeVisible();
    await expect(mainNav(page)).toBeHidden();
  });

  test("Escape closes the drawer", async ({ page }) => {
    await page.goto("/crm");
    await page.getByRole("button", { name: "Open navigation" }).click();
    await expect(mainNav(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(mainNav(page)).toBeHidden();
  });
});

test.describe("theme", () => {
  test.beforeEach(async ({ page }) => signInAsDemo(page));

  test.use({ colorScheme: "light" });

  test("follows the system, toggles, and keeps the choice after a reload", async ({ page }) => {
    const html = page.locator("html");
    await page.goto("/inbox");
    await expect(html).toHaveClass(/\blight\b/);

    const toggle = page.getByRole("button", { name: "Dark theme" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    await expect(html).toHaveClass(/\bdark\b/);
    await expect(page.getByRole("button", { name: "Dark theme" })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("button", { name: "Dark theme" }).click();
    await expect(html).toHaveClass(/\blight\b/);
    await page.reload();
    await expect(html).toHaveClass(/\blight\b/);
  });

  test("a dark system gets the dark scheme before any bundle runs (no light flash)", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    // With the app's JavaScript bundles blocked, only the inline colour-scheme script can set the class.
    await context.route("**/_next/static/**/*.js", (route) => route.abort());
    const page = await context.newPage();
    await page.goto("/inbox", { waitUntil: "domcontentloaded" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await context.close();
  });

  test("Settings offers System, Light and Dark", async ({ page }) => {
    await page.goto("/settings");
    const group = page.getByRole("group", { name: "Theme" });
    await group.getByRole("button", { name: "Dark" }).click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await group.getByRole("button", { name: "System" }).click();
    await expect(page.locator("html")).toHaveClass(/\blight\b/);
  });
});

test("unknown pages get a friendly 404", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "This page does not exist" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the inbox" }).click();
  await expect(page).toHaveURL(/\/inbox$/);
});
