import { describe, expect, test } from "vitest";
import type { EmailForAi } from "./ai-provider";
import { createOfflineProvider } from "./create-offline-provider";
import { extractiveSummary } from "./extractive-summary";
import { HASH_EMBEDDING_DIMENSIONS, hashEmbedding } from "./hash-embedding";
import { dot } from "./l2-normalise";

const offline = createOfflineProvider();
const email: EmailForAi = {
  from: "sam@client.test",
  fromName: "Sam Lee",
  to: ["hello@bakery.test"],
  subject: "Wedding cake order",
  text: [
    "Hello,",
    "I hope you are well and that the week has been kind to you.",
    "We are getting married on 14 June and would like to order a three-tier wedding cake for 80 guests.",
    "Could you tell me the price of a three-tier cake and whether you deliver to the venue?",
    "Thanks so much.",
    "",
    "> On Monday someone wrote: old quoted text about cupcakes should be ignored",
  ].join("\n"),
};

describe("Offline AI", () => {
  test("never classifies: triage keeps its own verdict", async () => {
    expect(await offline.classifyEmail(email)).toMatchObject({ status: "undecided" });
    expect(offline).toMatchObject({ kind: "offline", label: "Offline AI" });
  });

  test("extractive summary keeps the sentences that carry the request, in order, without quoted text", async () => {
    const outcome = await offline.summarize(email);
    expect(outcome.status).toBe("ok");
    const summary = outcome.status === "ok" ? outcome.value : "";
    expect(summary).toContain("three-tier wedding cake for 80 guests");
    expect(summary).toContain("price of a three-tier cake");
    expect(summary).not.toMatch(/cupcakes|hope you are well/);
    expect(summary.indexOf("married")).toBeLessThan(summary.indexOf("price"));
    expect(extractiveSummary("Just a subject", "")).toBe("Just a subject");
    expect(extractiveSummary("s", "word ".repeat(400) + ".").length).toBeLessThanOrEqual(280);
  });

  test("lexical embeddings: unit length, deterministic, texts sharing words are closer", async () => {
    const outcome = await offline.embed(["wedding cake prices and delivery", "Wedding cake price, delivery to venue", "parking at the office", ""]);
    if (outcome.status !== "ok") throw new Error("embed failed");
    const [a, b, c, empty] = outcome.value as [number[], number[], number[], number[]];
    expect(a).toHaveLength(HASH_EMBEDDING_DIMENSIONS);
    expect(Math.hypot(...a)).toBeCloseTo(1, 6);
    expect(dot(a, b)).toBeGreaterThan(0.3);
    expect(dot(a, b)).toBeGreaterThan(dot(a, c) + 0.2);
    expect(empty.every((x) => x === 0)).toBe(true);
    expect(hashEmbedding("wedding cake")).toEqual(hashEmbedding("Wedding  CAKE"));
  });

  test("template draft quotes matching knowledge passages, lists them as sources, and admits when nothing matched", async () => {
    const passages = [
      { id: "p1", title: "Cake prices", text: "# Prices\nA three-tier wedding cake costs £320 and serves up to 90 guests. Cupcakes are £3 each.", score: 0.42 },
      { id: "p2", title: "Delivery", text: "Q: Do you deliver?\nA: We deliver wedding cakes to venues within 20 miles for £25.", score: 0.3 },
      { id: "p3", title: "Parking", text: "Staff parking is behind the shop.", score: 0.05 },
    ];
    const outcome = await offline.draftReply({ email, thread: [], passages });
    if (outcome.status !== "ok") throw new Error("draft failed");
    const { body, usedSourceIds, confidence } = outcome.value;
    expect(body).toMatch(/^Hi Sam,/);
    expect(body).toContain("Wedding cake order");
    expect(body).toContain("A three-tier wedding cake costs £320");
    expect(body).toContain("We deliver wedding cakes to venues within 20 miles");
    expect(body).not.toMatch(/parking|Q: Do you deliver/i);
    expect(usedSourceIds).toEqual(["p1", "p2"]);
    expect(confidence).toBeGreaterThan(0.5);

    const none = await offline.draftReply({ email: { ...email, fromName: null }, thread: [], passages: [], tone: "formal" });
    if (none.status !== "ok") throw new Error("draft failed");
    expect(none.value.body).toMatch(/^Dear Sir or Madam,/);
    expect(none.value.body).toContain("will get back to you");
    expect(none.value.usedSourceIds).toEqual([]);
    expect(none.value.confidence).toBeLessThan(0.3);
  });
});
