import type { ZxcvbnFactory, ZxcvbnResult } from "@zxcvbn-ts/core";

// Only this many characters are analysed: the estimator's time grows steeply with
// length (a 256-character repeated pattern took seconds), and a password whose first
// 64 characters are weak is weak. l33t substitutions are capped for the same reason.
const ANALYSED_LENGTH = 64;
const L33T_MAX_SUBSTITUTIONS = 10;

let factory: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn-ts with its common-password list and English dictionaries, built
 * once on first use: the dictionaries are several megabytes, so they are
 * loaded lazily on the server and never shipped to the browser.
 */
function loadFactory(): Promise<ZxcvbnFactory> {
  factory ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common"), import("@zxcvbn-ts/language-en")]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
      maxLength: ANALYSED_LENGTH,
      l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    });
  })().catch((error: unknown) => {
    factory = undefined;
    throw error;
  });
  return factory;
}

/** The estimator's verdict (score 0-4 and its feedback) for a password, with the person's own words as extra dictionary entries. */
export async function estimatePasswordStrength(password: string, userInputs: string[]): Promise<ZxcvbnResult> {
  return (await loadFactory()).check(password, userInputs);
}
