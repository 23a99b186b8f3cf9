import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { encryptSecret } from "@/lib/security/encrypt-secret";
import type { CrmActor } from "../crm-actor";
import { deliverWebhook } from "./deliver-webhook";
import { createWebhookEndpoint, listWebhookDeliveries } from "./manage-webhook-endpoints";
import { generateWebhookSecret } from "./sign-webhook";

// The outside review's bypass: IPv4-mapped IPv6 spellings of loopback and metadata were accepted and delivered to.
let db: TestDatabase;
let server: http.Server;
let port: number;
let connections = 0;
let status = 204;

beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(status, { "content-type": "text/plain" }).end("internal admin panel v1.2.3"));
  });
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterEach(() => {
  connections = 0;
  status = 204;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.drop();
});

async function actorOf(): Promise<CrmActor> {
  const { workspace, user } = await createTestWorkspace();
  return { workspaceId: workspace.id, type: "USER", userId: user.id };
}

/** A queued delivery to `url`, stored directly (as if saved before the save-time check existed). */
async function queuedDelivery(actor: CrmActor, url: string) {
  const endpoint = await prisma.outgoingWebhookEndpoint.create({
    data: { workspaceId: actor.workspaceId, url, events: ["contact.created"], secretEnc: encryptSecret(generateWebhookSecret()), createdById: actor.userId },
  });
  const event = await prisma.outgoingWebhookEvent.create({ data: { workspaceId: actor.workspaceId, type: "contact.created", payload: { name: "x" } } });
  return prisma.outgoingWebhookDelivery.create({ data: { workspaceId: actor.workspaceId, endpointId: endpoint.id, eventId: event.id } });
}

const MAPPED = ["[::ffff:127.0.0.1]", "[0:0:0:0:0:ffff:7f00:1]", "[::ffff:7f00:1]"];

describe("CRM webhook endpoints and the outbound guard", () => {
  test.each(MAPPED)("saving http://%s:<port>/ is refused with a 422 on url", async (host) => {
    const actor = await actorOf();
    await expect(createWebhookEndpoint(actor, { url: `http://${host}:${port}/hook`, events: ["contact.created"] }, { allowPrivate: false })).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "url" }],
    });
    await expect(createWebhookEndpoint(actor, { url: "http://[::ffff:169.254.169.254]/latest/meta-data/", events: ["contact.created"] }, { allowPrivate: false })).rejects.toMatchObject({
      code: "validation_failed",
    });
    expect(await prisma.outgoingWebhookEndpoint.count({ where: { workspaceId: actor.workspaceId } })).toBe(0);
  });

  test.each(MAPPED)("delivery to a stored http://%s:<port>/ is refused before any connection and logged as refused_by_guard", async (host) => {
    const actor = await actorOf();
    const delivery = await queuedDelivery(actor, `http://${host}:${port}/hook`);
    await expect(deliverWebhook(actor.workspaceId, delivery.id, { allowPrivate: false })).rejects.toThrow(/refused_by_guard/);
    expect(connections).toBe(0);
    expect(await prisma.outgoingWebhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({ status: "pending", lastError: "refused_by_guard", lastStatusCode: null });
  });

  test("the delivery log keeps a status and a category, never the remote answer or socket error text", async () => {
    const actor = await actorOf();
    status = 500;
    const failing = await queuedDelivery(actor, `http://127.0.0.1:${port}/hook`);
    await expect(deliverWebhook(actor.workspaceId, failing.id, { allowPrivate: true })).rejects.toThrow(/HTTP 500 http_5xx/);
    expect(connections).toBe(1);
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await queuedDelivery(actor, `http://127.0.0.1:${closedPort}/hook`);
    await expect(deliverWebhook(actor.workspaceId, refused.id, { allowPrivate: true })).rejects.toThrow(/connection_refused/);
    // A row written by the old code, with the remote side's text in it.
    await prisma.outgoingWebhookDelivery.update({ where: { id: refused.id }, data: { lastError: `connect ECONNREFUSED 10.0.0.7:${closedPort}` } });
    const log = await listWebhookDeliveries(actor.workspaceId);
    expect(log.find((d) => d.id === failing.id)).toMatchObject({ lastStatusCode: 500, lastError: "http_5xx" });
    expect(log.find((d) => d.id === refused.id)).toMatchObject({ lastStatusCode: null, lastError: "network" });
    expect(JSON.stringify(log)).not.toMatch(/admin panel|ECONNREFUSED|10\.0\.0\.7/);
  });
});
