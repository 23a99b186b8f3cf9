import { afterAll, beforeAll, expect, test } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace } from "@/lib/testing/create-test-member";
import { createTestDatabase, useAsAppDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { searchKnowledge } from "./search-knowledge";
import { seedDemoKnowledge } from "./seed-demo-knowledge";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  useAsAppDatabase(db);
});
afterAll(() => db.drop());

test("the demo knowledge base is ready and searchable at once, and seeding twice adds nothing", async () => {
  const { workspace } = await createTestWorkspace();
  expect(await seedDemoKnowledge(db.prisma, workspace.id)).toEqual({ created: 4 });
  expect(await seedDemoKnowledge(db.prisma, workspace.id)).toEqual({ created: 0 });
  const docs = await prisma.knowledgeDocument.findMany({ where: { workspaceId: workspace.id } });
  expect(docs.every((d) => d.status === "READY" && d.chunkCount > 0)).toBe(true);
  const hit = await searchKnowledge(workspace.id, "How much do business cards cost?", 1);
  expect(hit.passages[0]).toMatchObject({ heading: "Services and prices", text: expect.stringContaining("business cards from £60") });
  const meeting = await searchKnowledge(workspace.id, "could we meet next week?", 1);
  expect(meeting.passages[0]!.text).toContain("video call");
});
