import type { DraftReplyInput, SourcePassage } from "./ai-provider";
import type { DraftReplyOutput } from "./ai-schemas";
import { contentTokens, splitSentences } from "./text-tokens";

// Below this retrieval score a passage shares too few words with the email to be worth quoting.
const MIN_PASSAGE_SCORE = 0.12;
const MAX_PASSAGES = 2;

function firstName(fromName: string | null | undefined): string | null {
  const first = fromName?.replace(/["']/g, "").trim().split(/[\s,]+/)[0];
  return first && /^\p{L}[\p{L}'-]{1,30}$/u.test(first) ? first : null;
}

/** The passage sentences sharing most words with the email; an FAQ passage answers with its answer. */
function bestSentences(passage: SourcePassage, emailWords: Set<string>, max: number): string[] {
  const answer = passage.text.match(/(?:^|\n)A:\s*([\s\S]+)$/)?.[1] ?? passage.text;
  // Markdown headings are labels, not sentences to quote.
  const ranked = splitSentences(answer.replace(/^#+\s.*$/gm, ""))
    .map((s, index) => ({ s, index, overlap: contentTokens(s).filter((t) => emailWords.has(t)).length }))
    .filter((x) => x.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap)
    .slice(0, max)
    .sort((a, b) => a.index - b.index);
  return ranked.map((x) => x.s);
}

/**
 * Offline reply draft: a fixed frame (greeting, acknowledgement, closing)
 * filled with the knowledge-base sentences that best match the email. It
 * never states a fact that is not quoted from a source, and says so when
 * nothing matched, so a human knows to fill the gap.
 */
export function templateDraft(input: DraftReplyInput): DraftReplyOutput {
  const formal = /formal/i.test(input.tone ?? "");
  const name = firstName(input.email.fromName);
  const greeting = formal ? `Dear ${name ?? "Sir or Madam"},` : `Hi ${name ?? "there"},`;
  const subject = input.email.subject.replace(/^((re|fwd?|aw):\s*)+/i, "").trim();
  const opening = subject ? `Thank you for your message about "${subject}".` : "Thank you for your message.";

  // Quoted earlier replies are excluded: the draft answers what this email asks.
  const emailWords = new Set(contentTokens(`${input.email.subject} ${splitSentences(input.email.text).join(" ")}`));
  const used: { passage: SourcePassage; sentences: string[] }[] = [];
  for (const passage of input.passages) {
    if (used.length >= MAX_PASSAGES || (passage.score ?? 1) < MIN_PASSAGE_SCORE) continue;
    const sentences = bestSentences(passage, emailWords, 2);
    if (sentences.length) used.push({ passage, sentences });
  }

  const middle = used.length
    ? ["Here is what I can tell you:", ...used.map((u) => u.sentences.join(" "))].join("\n\n")
    : "I am looking into this and will get back to you with the details shortly.";
  const closing = formal ? "Please let me know if I can help with anything else." : "Let me know if you have any other questions.";
  const top = used[0]?.passage.score ?? 0;
  return {
    body: [greeting, opening, middle, closing].join("\n\n"),
    usedSourceIds: used.map((u) => u.passage.id),
    // Offline drafts only quote; confidence follows how well the best passage matched.
    confidence: used.length ? Math.min(0.8, 0.3 + top) : 0.15,
  };
}
