/** Calendar-month periods (UTC) for workspaces without a Stripe subscription. */
export function calendarMonthOf(at: Date): { start: Date; end: Date } {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  return { start, end: addMonths(start, 1) };
}

export function addMonths(at: Date, months: number): Date {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

export const DAY_MS = 86_400_000;
