import { createHash } from "node:crypto";
import { l2Normalise } from "./l2-normalise";
import { contentTokens, lightStem } from "./text-tokens";

/**
 * Offline embeddings: feature hashing of stemmed word unigrams and bigrams into a
 * fixed number of signed buckets, sublinear term frequency, L2-normalised.
 * They are lexical (texts sharing words are close; synonyms are not), which
 * is what the UI says. The name records the scheme so vectors from another
 * model are never compared with these.
 */
export const HASH_EMBEDDING_DIMENSIONS = 512;
export const HASH_EMBEDDING_MODEL = `fikiri-lexical-hash-v2-${HASH_EMBEDDING_DIMENSIONS}`;

function bucket(feature: string): { index: number; sign: number } {
  const digest = createHash("md5").update(feature).digest();
  return { index: digest.readUInt32LE(0) % HASH_EMBEDDING_DIMENSIONS, sign: digest[4]! & 1 ? 1 : -1 };
}

export function hashEmbedding(text: string): number[] {
  const tokens = contentTokens(text).map(lightStem);
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  tokens.forEach((token, i) => {
    add(`u:${token}`, 1);
    if (i > 0) add(`b:${tokens[i - 1]} ${token}`, 0.5);
  });
  const vector = new Array<number>(HASH_EMBEDDING_DIMENSIONS).fill(0);
  for (const [feature, count] of counts) {
    const { index, sign } = bucket(feature);
    vector[index]! += sign * (1 + Math.log(count));
  }
  return l2Normalise(vector);
}
