import { API_ROUTE_METHODS } from "./api-route-methods";

export interface MatchedApiRoute {
  pattern: string;
  methods: readonly string[];
}

const rank = (segment: string) => (segment.startsWith("[[...") ? 3 : segment.startsWith("[...") ? 2 : segment.startsWith("[") ? 1 : 0);

function segmentRegex(segment: string): string {
  if (segment.startsWith("[[...")) return "(?:/.*)?";
  if (segment.startsWith("[...")) return "/.+";
  if (segment.startsWith("[")) return "/[^/]+";
  return `/${segment.replace(/[.*+?^${}()|\\]/g, "\\$&")}`;
}

// Most specific first, the order Next itself resolves routes in: static segments before dynamic ones before catch-alls.
const COMPILED = Object.entries(API_ROUTE_METHODS)
  .map(([pattern, methods]) => {
    const segments = pattern.split("/").filter(Boolean);
    return { pattern, methods, segments, regex: new RegExp(`^${segments.map(segmentRegex).join("")}/?$`) };
  })
  .sort((a, b) => {
    for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
      const d = rank(a.segments[i] ?? "") - rank(b.segments[i] ?? "");
      if (d !== 0) return d;
    }
    return b.segments.length - a.segments.length;
  });

/** The route file that would answer an /api path (from the generated method table), or null if none would. */
export function matchApiRoute(pathname: string): MatchedApiRoute | null {
  const hit = COMPILED.find((r) => r.regex.test(pathname));
  return hit ? { pattern: hit.pattern, methods: hit.methods } : null;
}
