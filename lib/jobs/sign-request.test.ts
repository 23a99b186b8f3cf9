import { describe, expect, test } from "vitest";
import { canonicalJson } from "./canonical-json";
import { signedRequest } from "./signed-request";
import { createTestApp } from "./testing/create-test-app";
import { localSigningKey } from "./local-signing-key";

describe("canonicalJson", () => {
  test("sorts keys at every depth and drops undefined like JSON.stringify", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: undefined }], c: "x" } })).toBe('{"a":{"c":"x","d":[1,{"z":0}]},"b":1}');
  });
});

describe("serve() in local mode only accepts requests signed with the local key", () => {
  const app = createTestApp((inngest) => [inngest.createFunction({ id: "echo", triggers: [{ event: "test/echo" }] }, async ({ event }) => event.data)]);
  const url = new URL("http://localhost:3000/api/inngest?fnId=test-app-echo&stepId=step");
  const body = { event: { name: "test/echo", data: { hi: 1 } }, events: [{ name: "test/echo", data: { hi: 1 } }], steps: {}, ctx: { run_id: "run_x", attempt: 0, stack: { stack: [], current: 0 } }, version: 2 };

  test("a correctly signed request runs the function", async () => {
    const res = await app.transport(signedRequest({ url, method: "POST", body, signingKey: localSigningKey() }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ hi: 1 });
  });

  test("an unsigned request is refused", async () => {
    const res = await app.transport(new Request(url, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }));
    expect(res.status).toBe(401);
  });

  test("a request signed with another key is refused", async () => {
    const res = await app.transport(signedRequest({ url, method: "POST", body, signingKey: `signkey-local-${"ab".repeat(32)}` }));
    expect(res.status).toBe(401);
  });
});
