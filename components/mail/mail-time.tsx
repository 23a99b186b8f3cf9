"use client";

/** Local date/time for the reader (the server renders UTC; the browser's own zone replaces it on hydration). */
export function MailTime({ iso, withYear = false }: { iso: string; withYear?: boolean }) {
  const date = new Date(iso);
  const sameDay = new Date().toDateString() === date.toDateString();
  const text = sameDay
    ? date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })
    : date.toLocaleDateString(undefined, { day: "numeric", month: "short", ...(withYear || date.getFullYear() !== new Date().getFullYear() ? { year: "numeric" } : {}) });
  return (
    <time dateTime={iso} title={date.toLocaleString()} suppressHydrationWarning>
      {text}
    </time>
  );
}
