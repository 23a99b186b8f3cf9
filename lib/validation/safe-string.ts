import * as zod from "zod";

/** Postgres text cannot hold U+0000: a NUL that reached a query would be a 500, so every string schema refuses it. */
export const NUL_MESSAGE = "Text may not contain a NUL character (U+0000).";

const hasNoNul = (value: string) => !value.includes("\u0000");

/**
 * z.string() for everything the app parses: the same schema with one more
 * check, so bad input is a 422 at the boundary instead of a database error.
 * Exported as `z.string` by lib/validation/zod.ts, which lint makes the only way to import zod.
 */
export function safeString(params?: Parameters<typeof zod.string>[0]): zod.ZodString {
  return zod.string(params).refine(hasNoNul, NUL_MESSAGE);
}

/** z.url(): WHATWG URLs percent-encode most control characters but keep a literal NUL in some positions. */
export function safeUrl(params?: Parameters<typeof zod.url>[0]): zod.ZodURL {
  return zod.url(params).refine(hasNoNul, NUL_MESSAGE);
}

/** z.email(), for symmetry: its pattern refuses NUL already, the check keeps that true if the pattern is loosened. */
export function safeEmail(params?: Parameters<typeof zod.email>[0]): zod.ZodEmail {
  return zod.email(params).refine(hasNoNul, NUL_MESSAGE);
}
