/** The demo login seeded into the embedded default (local only, printed at start-up). */
export const DEMO_ACCOUNT = {
  email: "demo@fikiri.local",
  password: "fikiri-demo",
  name: "Dana Demo",
  workspaceName: "Brightwater Plumbing & Heating (demo)",
  workspaceSlug: "demo",
} as const;
