import { afterAll, beforeAll, describe, expect, test } from "vitest";
import Stripe from "stripe";
import { env } from "@/lib/env";
import { prisma } from "@/lib/db/prisma";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { receiveStripeWebhook } from "./receive-stripe-webhook";

const SECRET = "whsec_test_window";
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
  Object.assign(env, { STRIPE_WEBHOOK_SECRET: SECRET });
});
afterAll(() => db?.drop());

let seq = 0;
const eventBody = () => JSON.stringify({ id: `evt_window_${++seq}`, object: "event", type: "customer.updated", data: { object: { id: "cus_window", object: "customer" } } });
const signedAt = (body: string, offsetSeconds: number) =>
  Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + offsetSeconds });

describe("receiveStripeWebhook signature window", () => {
  test("a signature dated an hour (or a year) in the future is refused like an hour-old one, and nothing is stored", async () => {
    for (const offset of [-3600, 3600, 365 * 86_400]) {
      const body = eventBody();
      await expect(receiveStripeWebhook(body, signedAt(body, offset))).rejects.toMatchObject({ code: "bad_request", message: expect.stringContaining("tolerance") });
    }
    expect(await prisma.stripeEvent.count({ where: { id: { startsWith: "evt_window_" } } })).toBe(0);
  });

  test("small clock skew either way (60 s) is accepted", async () => {
    for (const offset of [-60, 60]) {
      const body = eventBody();
      await expect(receiveStripeWebhook(body, signedAt(body, offset))).resolves.toMatchObject({ duplicate: false });
    }
  });
});
