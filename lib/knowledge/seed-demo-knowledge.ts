import { HASH_EMBEDDING_MODEL, hashEmbedding } from "@/lib/ai/hash-embedding";
import { packVector } from "@/lib/ai/pack-vector";
import type { Db } from "@/lib/db/prisma";
import { chunkDocument } from "./chunk-document";
import { faqContent } from "./faq-content";
import { passageEmbeddingText } from "./passage-embedding-text";

const SERVICES = `# Services and prices
Call-out and first 30 minutes: £85, then £65 per hour, parts at cost. Prices include VAT.
Boiler service: £95 for a gas boiler, about 45 minutes to an hour, with a written service report.
Landlord gas safety certificate (CP12): £75 per property; £70 each for five or more properties booked together.
Drain unblocking: £120 for a standard blocked drain or sink, including a camera check if needed.
Boiler replacement: from £2,400 fitted for a combi boiler, with up to 10 years' manufacturer warranty.
Water heater replacement: from £1,850 fitted for an 18-litre unvented heater.
Full bathroom refit: from £6,500 including removal, plumbing, tiling and underfloor heating; usually 8 to 10 working days.`;

const HOURS = `# Hours and area
Office and bookings: Monday to Friday 8am to 6pm, Saturday 9am to 1pm, closed Sunday.
Emergency call-outs (burst pipes, leaks, no heating or hot water) are available 24 hours a day, 7 days a week on 0161 496 0321.
An emergency call-out outside office hours costs £140 including the first hour.
We cover Harbourside and everywhere within 15 miles, including Westbrook, Millford and Quarry Lane. Further out we quote travel separately.`;

const POLICIES = `# Quotes, payment and guarantee
Quotes are free and sent within 2 working days of a visit or a clear description with photos.
Jobs over £1,000 need a 30% deposit before we order parts; the balance is due on completion. Invoices are payable within 14 days.
We accept bank transfer, card and PayHub payment links.
All our workmanship is guaranteed for 12 months: if something we fitted fails in that time, we come back and fix it free of charge.
Cancellations: please give 24 hours' notice; a visit cancelled with less notice costs £40.
Our engineers are Gas Safe registered (registration number 512093) and carry public liability insurance.`;

const FAQ = [
  { question: "Do you do emergency call-outs at weekends?", answer: "Yes. Emergency call-outs are available 24 hours a day, 7 days a week on 0161 496 0321. Outside office hours the call-out costs £140 including the first hour." },
  { question: "Are your engineers Gas Safe registered?", answer: "Yes. All our engineers are Gas Safe registered (registration number 512093) and we can show their ID cards on arrival." },
  { question: "Can I book a boiler service?", answer: "Yes. A boiler service costs £95 and takes about an hour. Reply with two mornings or afternoons that suit you and we will confirm a slot." },
  { question: "Do you give free quotes?", answer: "Yes. Quotes are free and sent within 2 working days. For bigger jobs we visit to measure up, evenings and Saturday mornings included." },
];

/**
 * The demo business's knowledge base (services and prices, hours and area,
 * quotes, payment and guarantee, an FAQ), so the demo's drafts are grounded. Indexed right here with the offline
 * lexical embeddings (what the demo uses without an OpenAI key); adding a
 * key later offers a re-index on the Knowledge page. Does nothing when the
 * workspace already has knowledge.
 */
export async function seedDemoKnowledge(db: Db, workspaceId: string): Promise<{ created: number }> {
  if ((await db.knowledgeDocument.count({ where: { workspaceId } })) > 0) return { created: 0 };
  const docs = [
    { title: "Services and prices", kind: "MARKDOWN" as const, content: SERVICES, question: null, answer: null },
    { title: "Hours and area", kind: "MARKDOWN" as const, content: HOURS, question: null, answer: null },
    { title: "Quotes, payment and guarantee", kind: "MARKDOWN" as const, content: POLICIES, question: null, answer: null },
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
