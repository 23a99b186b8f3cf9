import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startOidcProvider, type LocalOidcProvider } from "@/e2e/support/oidc-provider";
import { prisma } from "@/lib/db/prisma";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { TEST_PASSWORD, seedUser } from "@/lib/auth/testing/seed-user";
import { createTestWorkspace, actorFor } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { decryptSecret } from "@/lib/security/encrypt-secret";
import { env } from "@/lib/env";
import { assertPublicUrl } from "@/lib/security/outbound/assert-public-url";
import { setHostResolver } from "@/lib/security/outbound/resolve-public-address";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { authorizeSignIn } from "./authorize-sign-in";
import { createSsoConnection } from "./create-sso-connection";
import { deleteSsoConnection } from "./delete-sso-connection";
import { discoverOidcIssuer } from "./discover-oidc-issuer";
import { listSsoConnections } from "./list-sso-connections";
import { provisionSsoUser } from "./provision-sso-user";
import { setSsoEnforced } from "./set-sso-enforced";
import { ssoDomainSchema } from "./sso-schemas";
import { ssoRouteForEmail } from "./sso-route-for-email";
import { updateSsoConnection } from "./update-sso-connection";

let db: TestDatabase;
let idp: LocalOidcProvider;
let n = 0;
const SECRET = "super-secret-client-value-1234WXYZ";
const origin = { ip: "203.0.113.5", userAgent: "vitest" };

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  // The local identity provider listens on localhost: allowed explicitly, as in development and e2e.
  Object.assign(env, { OUTBOUND_ALLOW_PRIVATE: true });
  idp = await startOidcProvider({ redirectUris: ["http://localhost:3000/api/auth/callback/sso-x"] });
});
afterAll(async () => {
  await idp?.close();
  await db.drop();
});

/** A workspace whose admin has a verified address at a fresh domain. */
async function adminAtNewDomain(options: { verified?: boolean } = {}) {
  const domain = `acme${Date.now().toString(36)}${n++}.example`;
  const { workspace, user } = await createTestWorkspace("ADMIN");
  await prisma.user.update({ where: { id: user.id }, data: { email: `admin@${domain}`, emailVerified: options.verified === false ? null : new Date() } });
  return { workspace, domain, actor: actorFor(workspace.id, user.id, "ADMIN"), userId: user.id };
}

async function connect(options: { enforced?: boolean } = {}) {
  const admin = await adminAtNewDomain();
  const view = await createSsoConnection(admin.actor, { domain: admin.domain.toUpperCase(), issuer: idp.issuer, clientId: idp.clientId, clientSecret: SECRET, enforced: options.enforced ?? false });
  return { ...admin, view };
}

describe("domain validation", () => {
  test("lower-cases, accepts real domains, refuses malformed and free-mail domains", () => {
    expect(ssoDomainSchema.parse("  ACME.Example ")).toBe("acme.example");
    expect(ssoDomainSchema.parse("@sub.acme.co.uk")).toBe("sub.acme.co.uk");
    for (const bad of ["acme", "https://acme.com", "acme.com/path", "a@acme.com", "-acme.com", "acme..com", ""]) expect(ssoDomainSchema.safeParse(bad).success, bad).toBe(false);
    for (const free of ["gmail.com", "Outlook.com", "yahoo.com", "hotmail.com", "icloud.com", "proton.me"]) {
      const result = ssoDomainSchema.safeParse(free);
      expect(result.success, free).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/Free email providers/);
    }
  });
});

describe("issuer discovery", () => {
  test("reads a real provider's discovery document", async () => {
    await expect(discoverOidcIssuer(`${idp.issuer}/`)).resolves.toMatchObject({ issuer: idp.issuer, authorizationEndpoint: expect.stringContaining(idp.issuer) });
  });

  test("clear 422s: nothing listening, not a provider, timeout", async () => {
    await expect(discoverOidcIssuer("http://127.0.0.1:9/")).rejects.toMatchObject({ code: "validation_failed", message: expect.stringMatching(/Could not reach/) });
    await expect(discoverOidcIssuer(`${idp.issuer}/nope`)).rejects.toMatchObject({ code: "validation_failed", message: expect.stringMatching(/HTTP 404/) });
    const hang = http.createServer(() => {});
    await new Promise<void>((r) => hang.listen(0, "127.0.0.1", r));
    try {
      const slow = `http://127.0.0.1:${(hang.address() as AddressInfo).port}`;
      await expect(discoverOidcIssuer(slow, { timeoutMs: 50, allowPrivate: true })).rejects.toMatchObject({ message: expect.stringMatching(/did not answer/) });
    } finally {
      hang.closeAllConnections();
      hang.close();
    }
  });

  test("without private targets allowed, issuers must be https and public, checked before any connection", async () => {
    let connections = 0;
    const trap = http.createServer((_req, res) => res.end("{}"));
    trap.on("connection", () => connections++);
    await new Promise<void>((r) => trap.listen(0, "127.0.0.1", r));
    const port = (trap.address() as AddressInfo).port;
    setHostResolver(async (host) => [{ address: host === "idp.example" ? "93.184.215.14" : "127.0.0.1", family: 4 }]);
    try {
      const refuse = (issuer: string) => expect(discoverOidcIssuer(issuer, { allowPrivate: false })).rejects.toMatchObject({ code: "validation_failed", details: [{ path: "issuer" }] });
      await refuse(`http://127.0.0.1:${port}`);
      await refuse(`https://internal.example:${port}`);
      await refuse(`https://127.0.0.1:${port}`);
      await refuse(`https://[::ffff:127.0.0.1]:${port}`);
      await refuse(`https://[0:0:0:0:0:ffff:7f00:1]:${port}`);
      await refuse("https://[::ffff:169.254.169.254]");
      await expect(discoverOidcIssuer(`https://internal.example:${port}`, { allowPrivate: false })).rejects.toMatchObject({ message: expect.stringMatching(/public address/) });
      expect(connections).toBe(0);
      await expect(assertPublicUrl("https://idp.example", { allowPrivate: false, field: "issuer" })).resolves.toBeInstanceOf(URL);
    } finally {
      setHostResolver(null);
      trap.close();
    }
  });
});

describe("connections", () => {
  test("create: secret encrypted at rest and never returned; audited without secrets", async () => {
    const { view, domain, workspace } = await connect();
    expect(view.domain).toBe(domain);
    expect(view.clientSecretHint).toBe("••••WXYZ");
    expect(view.callbackUrl).toMatch(new RegExp(`/api/auth/callback/sso-${view.id}$`));
    expect(JSON.stringify(view)).not.toContain(SECRET);
    expect(JSON.stringify(await listSsoConnections(workspace.id))).not.toContain(SECRET);
    const row = await prisma.ssoConnection.findUniqueOrThrow({ where: { id: view.id } });
    expect(row.clientSecretEnc).not.toContain(SECRET);
    expect(decryptSecret(row.clientSecretEnc)).toBe(SECRET);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "sso.created" } });
    expect(audit.after).toMatchObject({ domain, issuer: idp.issuer, enforced: false });
    expect(JSON.stringify(audit)).not.toContain(SECRET);
  });

  test("the domain must be the admin's own verified domain, and unclaimed", async () => {
    const admin = await adminAtNewDomain();
    const input = { domain: "other-company.example", issuer: idp.issuer, clientId: "c", clientSecret: "s" };
    await expect(createSsoConnection(admin.actor, input)).rejects.toMatchObject({ code: "forbidden" });
    await expect(createSsoConnection(admin.actor, { ...input, domain: "gmail.com" })).rejects.toThrow(/Free email providers/);
    const unverified = await adminAtNewDomain({ verified: false });
    await expect(createSsoConnection(unverified.actor, { ...input, domain: unverified.domain })).rejects.toMatchObject({ code: "forbidden", message: expect.stringMatching(/Verify/) });
    await expect(createSsoConnection({ ...admin.actor, userId: null, apiKeyId: "k" }, { ...input, domain: admin.domain })).rejects.toMatchObject({ code: "forbidden" });

    const taken = await connect();
    const rival = await createTestWorkspace("ADMIN");
    await prisma.user.update({ where: { id: rival.user.id }, data: { email: `rival@${taken.domain}`, emailVerified: new Date() } });
    await expect(createSsoConnection(rival.actor, { ...input, domain: taken.domain })).rejects.toMatchObject({ code: "conflict", message: expect.not.stringContaining(taken.workspace.id) });
  });

  test("a broken issuer is refused at save time", async () => {
    const admin = await adminAtNewDomain();
    await expect(createSsoConnection(admin.actor, { domain: admin.domain, issuer: "http://127.0.0.1:9", clientId: "c", clientSecret: "s" })).rejects.toMatchObject({ code: "validation_failed" });
    expect(await prisma.ssoConnection.count({ where: { workspaceId: admin.workspace.id } })).toBe(0);
  });

  test("update keeps an empty secret, audits before/after without secrets; enforce toggle audited; another workspace gets 404", async () => {
    const { view, actor, workspace, domain } = await connect();
    const updated = await updateSsoConnection(actor, { connectionId: view.id, domain, issuer: idp.issuer, clientId: "new-client", clientSecret: "", enforced: true });
    expect(updated).toMatchObject({ clientId: "new-client", enforced: true, clientSecretHint: "••••WXYZ" });
    const changed = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: "sso.updated" } });
    expect(changed.before).toMatchObject({ clientId: idp.clientId });
    expect(changed.after).toMatchObject({ clientId: "new-client", clientSecretChanged: false });
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "sso.enforced_changed" } })).toBe(1);

    const rotated = await updateSsoConnection(actor, { connectionId: view.id, domain, issuer: idp.issuer, clientId: "new-client", clientSecret: "rotated-secret-ABCD", enforced: true });
    expect(rotated.clientSecretHint).toBe("••••ABCD");
    const audits = await prisma.auditLog.findMany({ where: { workspaceId: workspace.id, action: { startsWith: "sso." } } });
    expect(JSON.stringify(audits)).not.toMatch(/rotated-secret|super-secret/);

    await setSsoEnforced(actor, { connectionId: view.id, enforced: false });
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "sso.enforced_changed" } })).toBe(2);

    const other = await createTestWorkspace("OWNER");
    await expect(setSsoEnforced(other.actor, { connectionId: view.id, enforced: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteSsoConnection(other.actor, { connectionId: view.id })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSsoConnection(other.actor, { connectionId: view.id, domain, issuer: idp.issuer, clientId: "x", enforced: false })).rejects.toMatchObject({ code: "not_found" });

    await deleteSsoConnection(actor, { connectionId: view.id });
    expect(await prisma.ssoConnection.count({ where: { id: view.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "sso.deleted" } })).toBe(1);
  });
});

describe("sign-in routing and enforcement", () => {
  test("an address at an SSO domain is routed to its provider; others are not", async () => {
    const { view, domain } = await connect();
    await expect(ssoRouteForEmail(`Someone@${domain.toUpperCase()}`)).resolves.toEqual({ provider: `sso-${view.id}`, domain, enforced: false });
    await expect(ssoRouteForEmail("someone@elsewhere.example")).resolves.toBeNull();
  });

  test("enforced SSO refuses password (before checking it), Google and Microsoft for the domain; not when off", async () => {
    const { view, domain, actor, workspace } = await connect({ enforced: true });
    const member = await seedUser({ email: `pat@${domain}`, workspaceId: workspace.id });
    await expect(signInWithPassword(member.email, TEST_PASSWORD, origin)).rejects.toMatchObject({ code: "forbidden", details: { reason: "sso_required" } });
    await expect(signInWithPassword(member.email, "wrong password", origin)).rejects.toMatchObject({ code: "forbidden" });
    expect(await authorizeSignIn({ provider: "credentials", userEmail: member.email })).toBe("/signin?error=sso_required");
    expect(await authorizeSignIn({ provider: "google", userEmail: member.email, profile: { email: member.email, email_verified: true } })).toBe("/signin?error=sso_required");
    expect(await authorizeSignIn({ provider: "microsoft-entra-id", userEmail: "x@elsewhere.example", profile: { email: member.email } })).toBe("/signin?error=sso_required");
    expect(await authorizeSignIn({ provider: "credentials", userEmail: "x@elsewhere.example" })).toBe(true);

    await setSsoEnforced(actor, { connectionId: view.id, enforced: false });
    expect(await authorizeSignIn({ provider: "google", userEmail: member.email, profile: { email: member.email, email_verified: true } })).toBe(true);
    await expect(signInWithPassword(member.email, TEST_PASSWORD, origin)).resolves.toMatchObject({ session: { method: "password" } });
  });
});

describe("first SSO sign-in", () => {
  test("creates a verified user as MEMBER of the connection's workspace, which becomes current; audited", async () => {
    const { view, domain, workspace } = await connect();
    const email = `New.Person@${domain}`;
    expect(await authorizeSignIn({ provider: `sso-${view.id}`, userEmail: email.toLowerCase(), profile: { email, email_verified: true, name: "New Person" }, origin })).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, include: { memberships: true } });
    expect(user.emailVerified).not.toBeNull();
    expect(user.name).toBe("New Person");
    expect(user.passwordHash).toBeNull();
    expect(user.lastWorkspaceId).toBe(workspace.id);
    expect(user.memberships).toEqual([expect.objectContaining({ workspaceId: workspace.id, role: "MEMBER" })]);
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "sso.member_added" } })).toBe(1);

    // Signing in again changes nothing.
    await provisionSsoUser({ id: view.id, domain, workspaceId: workspace.id }, { email, email_verified: true });
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  test("an existing user is linked: keeps their role, gains membership, gets verified", async () => {
    const { view, domain, workspace, userId: adminId } = await connect();
    const existing = await seedUser({ email: `old@${domain}`, verified: false });
    const user = await provisionSsoUser({ id: view.id, domain, workspaceId: workspace.id }, { email: existing.email, email_verified: "true" });
    expect(user.id).toBe(existing.id);
    expect(user.emailVerified).not.toBeNull();
    expect(await prisma.membership.findFirst({ where: { userId: existing.id, workspaceId: workspace.id } })).toMatchObject({ role: "MEMBER" });
    const admin = await provisionSsoUser({ id: view.id, domain, workspaceId: workspace.id }, { email: `admin@${domain}`, email_verified: true });
    expect(admin.id).toBe(adminId);
    expect(await prisma.membership.findFirst({ where: { userId: adminId, workspaceId: workspace.id } })).toMatchObject({ role: "ADMIN" });
  });

  test("refused when the IdP says the email is unverified (or says nothing), when it is outside the domain, or when it differs from the linked user", async () => {
    const { view, domain, workspace } = await connect();
    const provider = `sso-${view.id}`;
    expect(await authorizeSignIn({ provider, userEmail: `u1@${domain}`, profile: { email: `u1@${domain}`, email_verified: false } })).toBe("/signin?error=sso_email_unverified");
    expect(await authorizeSignIn({ provider, userEmail: `u2@${domain}`, profile: { email: `u2@${domain}` } })).toBe("/signin?error=sso_email_unverified");
    expect(await authorizeSignIn({ provider, userEmail: "victim@other-company.example", profile: { email: "victim@other-company.example", email_verified: true } })).toBe("/signin?error=sso_domain_mismatch");
    expect(await authorizeSignIn({ provider, userEmail: `x@evil${domain}`, profile: { email: `x@evil${domain}`, email_verified: true } })).toBe("/signin?error=sso_domain_mismatch");
    expect(await authorizeSignIn({ provider, userEmail: `a@${domain}`, profile: { email: `b@${domain}`, email_verified: true } })).toBe("/signin?error=sso_account_mismatch");
    expect(await authorizeSignIn({ provider, profile: { email_verified: true } })).toBe("/signin?error=sso_email_missing");
    expect(await authorizeSignIn({ provider: "sso-cdoesnotexist000000000000", userEmail: `u@${domain}`, profile: { email: `u@${domain}`, email_verified: true } })).toBe("/signin?error=sso_unavailable");
    expect(await prisma.user.count({ where: { email: { in: [`u1@${domain}`, `u2@${domain}`, "victim@other-company.example"] } } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { workspaceId: workspace.id, action: "auth.sign_in_failed" } })).toBe(6);
  });
});
