import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/link-button";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <StatusPage
      code="404"
      title="This page does not exist"
      description="The link may be old, or the address mistyped. Everything in your workspace is reachable from the inbox."
      actions={
        <>
          <LinkButton href="/inbox" variant="contained">
            Go to the inbox
          </LinkButton>
          <LinkButton href="/" variant="outlined">
            Fikiri home
          </LinkButton>
        </>
      }
    />
  );
}
