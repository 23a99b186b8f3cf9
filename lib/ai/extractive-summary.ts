import { contentTokens, splitSentences } from "./text-tokens";

/**
 * Offline summary: scores each sentence by how many of the email's frequent
 * content words it holds (normalised by length, so long sentences do not win
 * by size), with a bonus for the opening sentences and for questions, which
 * usually state what the sender wants. Returns the best sentences in order.
 */
export function extractiveSummary(subject: string, text: string, maxSentences = 2, maxChars = 280): string {
  const sentences = splitSentences(text).slice(0, 60);
  if (sentences.length === 0) return subject.trim().slice(0, maxChars);

  const freq = new Map<string, number>();
  for (const token of [...contentTokens(text), ...contentTokens(subject), ...contentTokens(subject)]) {
    freq.set(token, (freq.get(token) ?? 0) + 1);
  }
  const scored = sentences.map((sentence, index) => {
    const tokens = contentTokens(sentence);
    const weight = tokens.reduce((sum, t) => sum + (freq.get(t) ?? 0), 0) / Math.sqrt(tokens.length + 1);
    const position = index === 0 ? 1.3 : index < 3 ? 1.1 : 1;
    const question = sentence.endsWith("?") ? 1.2 : 1;
    const greeting = /^(hi|hello|dear|hey)\b/i.test(sentence) && tokens.length < 4 ? 0.1 : 1;
    return { sentence, index, score: weight * position * question * greeting };
  });

  const chosen = [...scored].sort((a, b) => b.score - a.score).slice(0, maxSentences).sort((a, b) => a.index - b.index);
  const summary = chosen.map((c) => c.sentence).join(" ");
  return summary.length > maxChars ? `${summary.slice(0, maxChars - 1).trimEnd()}…` : summary;
}
