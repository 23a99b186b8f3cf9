import { describe, expect, test } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, ROLE_RANK, roleCan } from "./permissions";

describe("permission matrix", () => {
  test("each role holds everything the role below it holds", () => {
    const roles = (Object.keys(ROLE_RANK) as (keyof typeof ROLE_RANK)[]).sort((a, b) => ROLE_RANK[a] - ROLE_RANK[b]);
    for (let i = 1; i < roles.length; i++) {
      for (const p of ROLE_PERMISSIONS[roles[i - 1]!]) expect(ROLE_PERMISSIONS[roles[i]!].has(p), `${roles[i]} lacks ${p}`).toBe(true);
    }
  });

  test("owners can do everything; viewers cannot change anything", () => {
    for (const p of PERMISSIONS) expect(roleCan("OWNER", p)).toBe(true);
    expect([...ROLE_PERMISSIONS.VIEWER].every((p) => p.endsWith(".read"))).toBe(true);
  });

  test("only owners manage billing and transfer ownership; admins manage people and keys", () => {
    expect(roleCan("ADMIN", "billing.manage")).toBe(false);
    expect(roleCan("ADMIN", "ownership.transfer")).toBe(false);
    expect(roleCan("ADMIN", "members.invite")).toBe(true);
    expect(roleCan("ADMIN", "apikeys.manage")).toBe(true);
    expect(roleCan("MEMBER", "members.invite")).toBe(false);
    expect(roleCan("MEMBER", "crm.write")).toBe(true);
    expect(roleCan("VIEWER", "crm.write")).toBe(false);
  });
});
