import { describe, expect, test } from "vitest";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./hash-password";
import { passwordProblem } from "./password-rules";
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
  ])("%s is refused", (password, email, message) => {
    expect(passwordProblem(password, email)).toBe(message);
  });

  test("a long password unrelated to the email is fine", () => {
    expect(passwordProblem("plenty of letters", "ann@example.com")).toBeNull();
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
