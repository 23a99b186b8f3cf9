"use client";

import Alert from "@mui/material/Alert";
import type { ActionFailure } from "./use-action";

/** A form's error, announced to screen readers. */
export function ErrorAlert({ error }: { error: Pick<ActionFailure, "message"> | null }) {
  if (!error) return null;
  return (
    <Alert severity="error" role="alert" sx={{ mb: 2 }}>
      {error.message}
    </Alert>
  );
}
