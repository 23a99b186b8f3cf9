import { describe, expect, test } from "vitest";
import { mfaGate } from "./mfa-gate";

describe("mfaGate", () => {
  test("anonymous and verified sessions pass everywhere (pages check sign-in themselves)", () => {
    for (const path of ["/", "/inbox", "/api/crm/leads", "/mfa"]) {
      expect(mfaGate(path, "anonymous")).toEqual({ action: "allow" });
      expect(mfaGate(path, "verified")).toEqual({ action: "allow" });
    }
  });

  test("a session owing its second factor reaches only the challenge, sign-out and static assets", () => {
    for (const path of ["/mfa", "/api/account/sign-out", "/api/auth/signout", "/api/auth/csrf", "/_next/static/chunks/app.js", "/logo.svg", "/fonts/inter.woff2"]) {
      expect(mfaGate(path, "mfa_pending"), path).toEqual({ action: "allow" });
    }
  });

  test("pages redirect to /mfa (keeping where the user was going) and APIs are denied while MFA is pending", () => {
    expect(mfaGate("/", "mfa_pending")).toEqual({ action: "redirect", location: "/mfa" });
    expect(mfaGate("/crm", "mfa_pending", "?tab=2")).toEqual({ action: "redirect", location: "/mfa?next=%2Fcrm%3Ftab%3D2" });
    for (const path of ["/inbox", "/settings/security", "/signin", "/mfa/other", "/mfa-bypass"]) {
      expect(mfaGate(path, "mfa_pending"), path).toEqual({ action: "redirect", location: `/mfa?next=${encodeURIComponent(path)}` });
    }
    for (const path of ["/api/crm/leads", "/api/auth/session", "/api/dev/outbox", "/api/x.js", "/api"]) {
      expect(mfaGate(path, "mfa_pending"), path).toEqual({ action: "deny" });
    }
  });
});
