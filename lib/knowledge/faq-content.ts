import type { FaqEntryInput } from "./knowledge-schemas";

/** An FAQ entry is indexed as one passage in this shape; the drafter quotes the part after "A:". */
export function faqContent(entry: FaqEntryInput): string {
  return `Q: ${entry.question}\nA: ${entry.answer}`;
}
