"use client";

import { errorDigest } from "@/components/ui/error-digest";

// Replaces the root layout when it fails, so it depends on nothing from it:
// plain HTML, inline styles, the system font and the OS colour scheme.
const CSS = `
  :root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; min-height: 100dvh; display: grid; place-items: center; background: #f7f7fb; color: #111827; }
  main { max-width: 32rem; padding: 2rem; text-align: center; }
  p { color: #4b5563; line-height: 1.5; }
  button { font: inherit; font-weight: 600; border: 0; border-radius: 10px; padding: 0.6rem 1.2rem; background: #4f46e5; color: #fff; cursor: pointer; }
  code { user-select: all; }
  @media (prefers-color-scheme: dark) {
    body { background: #0b1020; color: #e5e7eb; }
    p { color: #9ca3af; }
    button { background: #a5b4fc; color: #0b1020; }
  }
`;

export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const reference = errorDigest(error);
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Fikiri</title>
        <style>{CSS}</style>
        <main>
          <h1>Something went wrong</h1>
          <p>Fikiri could not load this page. Your data is safe; trying again usually helps.</p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>
          {reference ? (
            <p>
              If it keeps happening, tell us this reference: <code>{reference}</code>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
