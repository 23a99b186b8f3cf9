import { notFound } from "next/navigation";
import { NotesAndTasks } from "@/components/crm/notes-and-tasks";
import { RecordLayout } from "@/components/crm/record-layout";
import { RecordTimeline } from "@/components/crm/record-timeline";
import { RelatedLinks } from "@/components/crm/related-links";
import { SectionCard } from "@/components/ui/section-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { getCompanyRecord } from "@/lib/crm/get-crm-record";

export default async function CompanyPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { workspace } = await requireWorkspacePage("crm.read");
  const { companyId } = await params;
  const record = await getCompanyRecord(workspace.id, companyId).catch(() => notFound());
  const c = record.company;
  return (
    <RecordLayout
      title={c.name}
      facts={[
        ["Domains", c.domains.map((d) => d.domain).join(", ") || null],
        ["Size", c.size],
        ["Contacts", c._count.contacts],
        ["Deals", c._count.deals],
      ]}
      timeline={<RecordTimeline key={record.timeline.items[0]?.id ?? "empty"} recordType="company" recordId={c.id} initial={record.timeline} />}
      side={
        <>
          <SectionCard id="people" title="People">
            <RelatedLinks items={record.contacts.map((p) => ({ id: p.id, label: p.email ? `${p.name} <${p.email}>` : p.name }))} base="/crm/contacts" empty="No contacts yet." />
          </SectionCard>
          <SectionCard id="deals" title="Deals">
            <RelatedLinks items={record.deals.map((d) => ({ id: d.id, label: `${d.title} (${d.stage.name})` }))} base="/crm/deals" empty="No deals yet." />
          </SectionCard>
          <SectionCard id="notes" title="Notes and tasks">
            <NotesAndTasks recordType="company" recordId={c.id} notes={record.notes} tasks={record.tasks} />
          </SectionCard>
        </>
      }
    />
  );
}
