/** The lower-cased text a record is found by (indexed for full-text and trigram search). */
export function searchTextOf(...parts: (string | null | undefined | (string | null | undefined)[])[]): string {
  return parts
    .flat()
    .filter((p): p is string => typeof p === "string" && p.length > 0)
    .flatMap((p) => (p.includes("@") ? [p, p.replace(/[@.]/g, " ")] : [p]))
    .join(" ")
    .toLowerCase()
    .slice(0, 4000);
}
