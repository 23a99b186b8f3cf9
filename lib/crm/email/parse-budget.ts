const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

/** "$20k" → { amount: "20000.00", currency: "USD" }; null when no number is in the text. */
export function parseBudget(text: string | null | undefined): { amount: string; currency: string } | null {
  if (!text) return null;
  const m = text.replace(/,/g, "").match(/([$€£])?\s*(\d+(?:\.\d+)?)\s*(k|m|thousand|million)?\b\s*(usd|eur|gbp)?/i);
  if (!m) return null;
  const unit = (m[3] ?? "").toLowerCase();
  const factor = unit.startsWith("k") || unit === "thousand" ? 1_000 : unit.startsWith("m") ? 1_000_000 : 1;
  const amount = Number(m[2]) * factor;
  if (!Number.isFinite(amount) || amount <= 0 || amount >= 1e12) return null;
  const currency = m[4]?.toUpperCase() ?? (m[1] ? SYMBOLS[m[1]]! : "USD");
  return { amount: amount.toFixed(2), currency };
}
