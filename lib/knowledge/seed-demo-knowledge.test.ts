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
  expect(await seedDemoKnowledge(db.prisma, workspace.id)).toEqual({ created: 7 });
  expect(await seedDemoKnowledge(db.prisma, workspace.id)).toEqual({ created: 0 });
  const docs = await prisma.knowledgeDocument.findMany({ where: { workspaceId: workspace.id } });
  expect(docs.every((d) => d.status === "READY" && d.chunkCount > 0)).toBe(true);
  const price = await searchKnowledge(workspace.id, "How much is a boiler service?", 1);
  expect(price.passages[0]!.text).toMatch(/[Bb]oiler service.*£95/);
  const emergency = await searchKnowledge(workspace.id, "Do you do emergency call-outs at the weekend?", 1);
  expect(emergency.passages[0]!.text).toContain("24 hours a day");
});
