import { ROUTES, type TriageScore } from "./score-triage";

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The human-readable report printed by `npm run eval` and the training script's cross-validation. */
export function formatTriageReport(score: TriageScore, extra: Record<string, string> = {}): string {
  const lines: string[] = [];
  lines.push(`Emails: ${score.emails}`);
  lines.push("", "Route confusion (rows: true route, columns: routed to)");
  lines.push(`${"".padEnd(14)}${ROUTES.map((r) => pad(r, 11)).join("")}${pad("recall", 10)}`);
  for (const t of ROUTES) {
    lines.push(`${t.padEnd(14)}${ROUTES.map((r) => pad(score.routeConfusion[t][r], 11)).join("")}${pad(pct(score.routeRecall[t]), 10)}`);
  }
  lines.push(`${"precision".padEnd(14)}${ROUTES.map((r) => pad(pct(score.routePrecision[r]), 11)).join("")}`);
  lines.push("", "Per true category (columns: routed to)");
  for (const [category, row] of Object.entries(score.categoryConfusion).sort()) {
    const total = ROUTES.reduce((s, r) => s + row[r], 0);
    lines.push(`${category.padEnd(14)}${ROUTES.map((r) => pad(row[r], 11)).join("")}${pad(total, 8)}`);
  }
  lines.push(
    "",
    `Spam+phishing recall (routed to spam):            ${pct(score.spamRecall)}   goal >= 97%`,
    `Attention mail routed away by rules/classifier:   ${pct(score.attentionMisrouted)}   goal <= 1%`,
    `Decided with no LLM call (noLlmShare):            ${pct(score.noLlmShare)}   goal >= 60%`,
    `Route decided by rules/classifier:                ${pct(score.routeDecidedLocallyShare)}`,
    `LLM tokens per 1,000 emails:                      ${score.tokensPer1k.toFixed(0)}`,
    `LLM USD per 1,000 emails:                         $${score.usdPer1k.toFixed(4)}`,
  );
  for (const [k, v] of Object.entries(extra)) lines.push(`${(k + ":").padEnd(50)}${v}`);
  return lines.join("\n");
}
