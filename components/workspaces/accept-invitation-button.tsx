"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";

export function AcceptInvitationButton({ token, workspaceName }: { token: string; workspaceName: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      {error ? <Alert severity="error" sx={{ mb: 2 }}>{error}</Alert> : null}
      <Button
        variant="contained"
        fullWidth
        size="large"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await acceptInvitationAction({ token });
            if (!result.ok) {
              setError(result.error.message);
              return;
            }
            router.push("/settings/members");
            router.refresh();
          })
        }
      >
        {pending ? "Joining…" : `Join ${workspaceName}`}
      </Button>
    </>
  );
}
