// zod with its string-producing constructors replaced by the NUL-refusing ones (see safe-string.ts).
// An explicit export shadows the same name from `export *`.
export * from "zod";
export { safeString as string, safeUrl as url, safeEmail as email } from "./safe-string";
