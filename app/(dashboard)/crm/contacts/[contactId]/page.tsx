import Link from "next/link";
import { notFound } from "next/navigation";
import { NotesAndTasks } from "@/components/crm/notes-and-tasks";
import { RecordLayout } from "@/components/crm/record-layout";
import { RecordTimeline } from "@/components/crm/record-timeline";
import { RelatedLinks } from "@/components/crm/related-links";
import { SectionCard } from "@/components/ui/section-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { getContactRecord } from "@/lib/crm/get-crm-record";

export default async function ContactPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { workspace } = await requireWorkspacePage("crm.read");
  const { contactId } = await params;
  const record = await getContactRecord(workspace.id, contactId).catch(() => notFound());
  const c = record.contact;
  return (
    <RecordLayout
      title={c.name}
      facts={[
        ["Emails", c.emails.map((e) => e.email).join(", ") || null],
        ["Phones", c.phones.join(", ") || null],
        ["Title", c.title],
        ["Company", c.company ? <Link href={`/crm/companies/${c.company.id}`}>{c.company.name}</Link> : null],
        ["Tags", c.tags.join(", ") || null],
        ["Source", c.source],
        ["Lead score", c.leadScore],
      ]}
      timeline={<RecordTimeline key={record.timeline.items[0]?.id ?? "empty"} recordType="contact" recordId={c.id} initial={record.timeline} />}
      side={
        <>
          <SectionCard id="deals" title="Deals">
            <RelatedLinks items={record.deals.map((d) => ({ id: d.id, label: `${d.title} (${d.stage.name})` }))} base="/crm/deals" empty="No deals yet." />
          </SectionCard>
          <SectionCard id="notes" title="Notes and tasks">
            <NotesAndTasks recordType="contact" recordId={c.id} notes={record.notes} tasks={record.tasks} />
          </SectionCard>
        </>
      }
    />
  );
}
