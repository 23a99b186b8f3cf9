import { describe, expect, test } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./hash-password";
import { DEMO_ACCOUNT } from "@/lib/demo/demo-account";
import { MIN_PASSWORD_SCORE, passwordProblem } from "./password-rules";
import { TEST_PASSWORD } from "./testing/seed-user";
import { safeNextPath } from "./safe-next-path";

describe("password hashing", () => {
  test("hashes with argon2id and verifies only the right password", async () => {
    const hash = await hashPassword("a long enough secret");
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(hash).not.toContain("a long enough secret");
    expect(await verifyPassword(hash, "a long enough secret")).toBe(true);
    expect(await verifyPassword(hash, "a long enough secreT")).toBe(false);
    expect(await hashPassword("a long enough secret")).not.toBe(hash);
  });

  test("a malformed hash or a missing account is a plain false", async () => {
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
    expect(await verifyAgainstDecoy("anything")).toBe(false);
  });
});

describe("password rules", () => {
  test.each([
    ["short", "ann@example.com", "Use at least 10 characters."],
    ["ann@example.com", "ann@example.com", "Do not use your email address as your password."],
    ["ANN@EXAMPLE.COM", "ann@example.com", "Do not use your email address as your password."],
    ["annabelle-lee", "annabelle-lee@example.com", "Do not use your email address as your password."],
    ["x".repeat(257), "ann@example.com", "Use at most 256 characters."],
  ])("%s is refused", async (password, email, message) => {
    expect(await passwordProblem(password, email)).toBe(message);
  });

  // Long enough for the old length-only rule, all guessable: common passwords, keyboard walks, repeats, the person's own words.
  test.each([
    ["password123456", "ann@example.com", null, /commonly used password/],
    ["qwertyuiop123", "ann@example.com", null, /too easy to guess/],
    ["aaaaaaaaaaaa", "ann@example.com", null, /Repeated characters/],
    ["iloveyou1234", "ann@example.com", null, /commonly used password/],
    ["annabelle2026", "annabelle@example.com", "Annabelle Lee", /too easy to guess/],
    ["acme-corp-2026", "ann@acme-corp.com", null, /too easy to guess/],
    ["fikiri-demo", "demo@fikiri.local", "Demo Owner", /too easy to guess/],
  ])("%s is refused as too easy to guess, with the estimator's advice", async (password, email, name, advice) => {
    const problem = await passwordProblem(password, email, name);
    expect(problem).toMatch(/^This password is too easy to guess\. /);
    expect(problem).toMatch(advice);
  });

  test("a few uncommon words pass (score >= 3), including every password the tests, e2e specs and demo use", async () => {
    expect(MIN_PASSWORD_SCORE).toBe(3);
    for (const password of ["plenty of letters", TEST_PASSWORD, "a long e2e passphrase", "a sturdy passphrase", DEMO_ACCOUNT.password]) {
      expect(await passwordProblem(password, "ann@example.com"), password).toBeNull();
    }
    expect(await passwordProblem(DEMO_ACCOUNT.password, DEMO_ACCOUNT.email, DEMO_ACCOUNT.name)).toBeNull();
  });

  test("only the first 64 characters are analysed, so a long crafted input stays fast", async () => {
    const started = performance.now();
    expect(await passwordProblem("aB3$".repeat(64), "ann@example.com")).toMatch(/too easy to guess/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("safeNextPath", () => {
  test.each([
    ["/crm?tab=1", "/crm?tab=1"],
    ["https://evil.example/", "/inbox"],
    ["//evil.example", "/inbox"],
    ["/\\evil.example", "/inbox"],
    ["/signin", "/inbox"],
    [undefined, "/inbox"],
  ])("%s → %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
