"use client";

import { useCallback, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action-result";

export type ActionFailure = Extract<ActionResult<unknown>, { ok: false }>["error"];

/** Runs a server action, keeping its pending state and error (the stable error shape) for the form. */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionFailure | null>(null);
  const run = useCallback(
    (input: I, onSuccess?: (data: T) => void) =>
      startTransition(async () => {
        setError(null);
        const result = await action(input);
        if (result.ok) onSuccess?.(result.data);
        else setError(result.error);
      }),
    [action],
  );
  return { run, pending, error, setError };
}

/** The message for one field from a validation error's details, if any. */
export function fieldError(error: ActionFailure | null, field: string): string | undefined {
  const details = error?.details;
  if (!Array.isArray(details)) return undefined;
  const hit = details.find((d: { path?: string }) => d?.path === field) as { message?: string } | undefined;
  return hit?.message;
}
