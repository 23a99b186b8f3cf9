/** The demo login seeded into the embedded default (local only, printed at start-up). */
export const DEMO_ACCOUNT = {
  email: "demo@fikiri.local",
  // Meets the password policy (lib/auth/password-rules.ts), like every password set in the app.
  password: "fikiri-demo-tour",
  name: "Dana Demo",
  workspaceName: "Brightwater Plumbing & Heating (demo)",
  workspaceSlug: "demo",
} as const;
