import { HASH_EMBEDDING_MODEL, hashEmbedding } from "@/lib/ai/hash-embedding";
import { packVector } from "@/lib/ai/pack-vector";
import type { Db } from "@/lib/db/prisma";
import { chunkDocument } from "./chunk-document";
import { faqContent } from "./faq-content";
import { passageEmbeddingText } from "./passage-embedding-text";

const HANDBOOK = `# Services and prices
We design and print for small businesses: logos from £450, business cards from £60 per 500, flyers from £90 per 1,000 and shop signage quoted per job.
Rush jobs (within 48 hours) cost 25% extra.

# Hours and contact
The studio is open Monday to Friday, 9am to 5:30pm. Call 020 7946 0000 or reply to this email; we answer within one working day.

# Orders and payment
We start work after a 50% deposit; the rest is due on delivery. We accept bank transfer and card. Invoices are payable within 14 days.

# Delivery and returns
Local delivery within 10 miles is free on orders over £200, otherwise £15. Print faults are reprinted free if reported within 7 days.`;

const FAQ = [
  { question: "Can I get a quote?", answer: "Yes. Tell us what you need, the quantity and your deadline, and we will send a quote within one working day." },
  { question: "Can we book a meeting?", answer: "Yes, we meet clients at the studio or by video call, Monday to Friday between 10am and 4pm. Suggest two times that suit you." },
  { question: "Do you offer refunds?", answer: "Deposits are refundable until design work starts. Faulty prints are reprinted free if reported within 7 days." },
];

/**
 * A small, ready knowledge base for the embedded demo workspace, so the
 * first drafts there are grounded. Indexed right here with the offline
 * lexical embeddings (what the demo uses without an OpenAI key); adding a
 * key later offers a re-index on the Knowledge page. Does nothing when the
 * workspace already has knowledge.
 */
export async function seedDemoKnowledge(db: Db, workspaceId: string): Promise<{ created: number }> {
  if ((await db.knowledgeDocument.count({ where: { workspaceId } })) > 0) return { created: 0 };
  const docs = [
    { title: "Studio handbook", kind: "MARKDOWN" as const, content: HANDBOOK, question: null, answer: null },
    ...FAQ.map((f) => ({ title: f.question, kind: "FAQ" as const, content: faqContent(f), question: f.question, answer: f.answer })),
  ];
  for (const d of docs) {
    const chunks = chunkDocument(d.content, { markdown: d.kind === "MARKDOWN" });
    const doc = await db.knowledgeDocument.create({
      data: { workspaceId, ...d, status: "READY", chunkCount: chunks.length, embeddingModel: HASH_EMBEDDING_MODEL, indexedAt: new Date() },
    });
    await db.knowledgeChunk.createMany({
      data: chunks.map((c) => ({ id: `kc_${doc.id}_${c.ordinal}`, workspaceId, documentId: doc.id, ordinal: c.ordinal, heading: c.heading, text: c.text, vector: packVector(hashEmbedding(passageEmbeddingText(d.title, c))), embeddingModel: HASH_EMBEDDING_MODEL })),
    });
  }
  return { created: docs.length };
}
