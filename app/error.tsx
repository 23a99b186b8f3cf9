"use client";

import { useEffect } from "react";
import Button from "@mui/material/Button";
import { errorDigest } from "@/components/ui/error-digest";
import { ErrorReference } from "@/components/ui/error-reference";
import { LinkButton } from "@/components/ui/link-button";
import { StatusPage } from "@/components/ui/status-page";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage
      title="Something went wrong"
      description="This page could not be shown. Your data is safe; trying again usually helps."
      actions={
        <>
          <Button variant="contained" onClick={() => retry()}>
            Try again
          </Button>
          <LinkButton href="/inbox" variant="outlined">
            Go to the inbox
          </LinkButton>
        </>
      }
    >
      <ErrorReference reference={errorDigest(error)} />
    </StatusPage>
  );
}
