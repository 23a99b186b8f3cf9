/**
 * User-written subject patterns run on every incoming email inside the job
 * worker, where a catastrophically backtracking pattern would stall every
 * workspace. JavaScript regexes cannot be interrupted, so instead of a
 * timeout we bound the work: short patterns, no backreferences or
 * lookarounds, no quantified group that itself contains a quantifier or an
 * alternation ((a+)+, (a|ab)*), at most two unbounded quantifiers, and the
 * subject is cut to REGEX_SUBJECT_LIMIT characters before matching.
 */
export const REGEX_MAX_LENGTH = 200;
export const REGEX_SUBJECT_LIMIT = 300;
const MAX_UNBOUNDED = 2;

export type RegexCheck = { ok: true; regex: RegExp } | { ok: false; reason: string };

/** Index just past a quantifier starting at i, or i when there is none; `unbounded` for *, + and {n,}. */
function readQuantifier(p: string, i: number): { end: number; unbounded: boolean; repeats: boolean } {
  const c = p[i];
  if (c === "*" || c === "+") return { end: i + 1 + (p[i + 1] === "?" ? 1 : 0), unbounded: true, repeats: true };
  if (c === "?") return { end: i + 1, unbounded: false, repeats: false };
  const m = c === "{" ? /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i)) : null;
  if (!m) return { end: i, unbounded: false, repeats: false };
  const max = m[2] === undefined ? Number(m[1]) : m[3] === "" ? Infinity : Number(m[3]);
  return { end: i + m[0].length, unbounded: max === Infinity, repeats: max > 1 };
}

export function isRegexSafe(pattern: string): RegexCheck {
  if (pattern.length > REGEX_MAX_LENGTH) return { ok: false, reason: `longer than ${REGEX_MAX_LENGTH} characters` };
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, "iu");
  } catch {
    return { ok: false, reason: "not a valid regular expression" };
  }
  if (/\\[1-9]|\\k</.test(pattern)) return { ok: false, reason: "backreferences are not allowed" };
  if (/\(\?<?[=!]/.test(pattern)) return { ok: false, reason: "lookarounds are not allowed" };
  // Per open group: does it contain a repeating quantifier or an alternation?
  const groups: { risky: boolean }[] = [];
  let unbounded = 0;
  let inClass = false;
  const quantify = (afterAtom: number): number => {
    const q = readQuantifier(pattern, afterAtom);
    if (q.repeats && groups.length > 0) groups[groups.length - 1]!.risky = true;
    if (q.unbounded) unbounded++;
    return q.end;
  };
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (inClass) {
      if (c === "\\") i += 2;
      else if (c === "]") {
        inClass = false;
        i = quantify(i + 1);
      } else i++;
    } else if (c === "\\") i = quantify(i + 2);
    else if (c === "[") {
      inClass = true;
      i++;
    } else if (c === "(") {
      groups.push({ risky: false });
      i++;
    } else if (c === ")") {
      const group = groups.pop();
      const q = readQuantifier(pattern, i + 1);
      if (q.repeats && group?.risky) return { ok: false, reason: "a repeated group may not contain a quantifier or |" };
      i = quantify(i + 1);
    } else {
      if (c === "|" && groups.length > 0) groups[groups.length - 1]!.risky = true;
      i = quantify(i + 1);
    }
  }
  if (unbounded > MAX_UNBOUNDED) return { ok: false, reason: `at most ${MAX_UNBOUNDED} unbounded repeats (* + {n,})` };
  return { ok: true, regex };
}
