import type { Metadata } from "next";
import { SessionsList } from "@/components/auth/sessions-list";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { listSessions } from "@/lib/auth/list-sessions";
import { requireUser } from "@/lib/auth/require-user";

export const metadata: Metadata = { title: "Sessions" };

export default async function SessionsPage() {
  const session = await requireUser();
  return (
    <>
      <PageHeader title="Sessions" description="Where you are signed in. Revoke any device you do not recognise." />
      <SectionCard id="sessions" title="Signed-in devices">
        <SessionsList sessions={await listSessions(session.userId, session.id)} />
      </SectionCard>
    </>
  );
}
