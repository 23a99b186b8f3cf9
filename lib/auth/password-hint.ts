/**
 * The password policy's numbers and the hint shown under password fields.
 * Kept apart from password-rules.ts so the forms can show it without pulling
 * the strength estimator (and its multi-megabyte dictionaries) into the browser.
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters, hard to guess: a few uncommon words work well. Not your name or email address.`;
