import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { OAUTH_STATE_TTL_SECONDS, createOAuthState, nonceHash, verifyOAuthState } from "./oauth-state";

const who = { userId: "user_1", workspaceId: "ws_1" };

async function whyRefused(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).status).toBe(400);
  return ((error as AppError).details as { why?: string }).why;
}

describe("Connect Gmail state", () => {
  test("round-trips for the same user and browser, and reveals nothing in the URL", async () => {
    const { state, nonce } = await createOAuthState(who);
    expect(await verifyOAuthState(state, { nonce, userId: who.userId })).toEqual(who);
    expect(state).not.toContain(who.workspaceId);
    expect(Buffer.from(state.split(".")[0]!, "base64url").toString()).toContain('"enc":"A256GCM"');
    for (const part of state.split(".")) expect(Buffer.from(part, "base64url").toString()).not.toContain("ws_1");
  });

  test("the nonce is a PKCE verifier and its hash the S256 challenge", async () => {
    const { nonce } = await createOAuthState(who);
    expect(nonce).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(nonceHash(nonce)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  test("tampered, expired, other browser, other user and garbage are refused", async () => {
    const issued = new Date("2026-01-01T10:00:00Z");
    const { state, nonce } = await createOAuthState(who, issued);
    const parts = state.split(".");
    const flipped = parts[3]!.startsWith("A") ? `B${parts[3]!.slice(1)}` : `A${parts[3]!.slice(1)}`;
    const tampered = [...parts.slice(0, 3), flipped, parts[4]].join(".");
    expect(await whyRefused(verifyOAuthState(tampered, { nonce, userId: who.userId }, issued))).toBe("unreadable");
    const late = new Date(issued.getTime() + (OAUTH_STATE_TTL_SECONDS + 5) * 1000);
    expect(await whyRefused(verifyOAuthState(state, { nonce, userId: who.userId }, late))).toBe("expired");
    expect(await verifyOAuthState(state, { nonce, userId: who.userId }, new Date(issued.getTime() + 60_000))).toEqual(who);
    expect(await whyRefused(verifyOAuthState(state, { nonce: undefined, userId: who.userId }, issued))).toBe("other_browser");
    expect(await whyRefused(verifyOAuthState(state, { nonce: (await createOAuthState(who)).nonce, userId: who.userId }, issued))).toBe("other_browser");
    expect(await whyRefused(verifyOAuthState(state, { nonce, userId: "user_2" }, issued))).toBe("other_user");
    expect(await whyRefused(verifyOAuthState("not-a-state", { nonce, userId: who.userId }, issued))).toBe("unreadable");
  });
});
