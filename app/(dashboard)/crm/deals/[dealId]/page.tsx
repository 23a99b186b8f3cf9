import Link from "next/link";
import { notFound } from "next/navigation";
import { NotesAndTasks } from "@/components/crm/notes-and-tasks";
import { RecordLayout } from "@/components/crm/record-layout";
import { RecordTimeline } from "@/components/crm/record-timeline";
import { RelatedLinks } from "@/components/crm/related-links";
import { SectionCard } from "@/components/ui/section-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { getDealRecord } from "@/lib/crm/get-crm-record";

export default async function DealPage({ params }: { params: Promise<{ dealId: string }> }) {
  const { workspace } = await requireWorkspacePage("crm.read");
  const { dealId } = await params;
  const record = await getDealRecord(workspace.id, dealId).catch(() => notFound());
  const d = record.deal;
  const stageName = new Map(record.stages.map((s) => [s.id, s.name]));
  const lead = (d.leadFields ?? {}) as Record<string, unknown>;
  return (
    <RecordLayout
      title={d.title}
      facts={[
        ["Stage", d.stage.name],
        ["Amount", d.amount ? `${d.amount} ${d.currency}` : null],
        ["Company", d.company ? <Link href={`/crm/companies/${d.company.id}`}>{d.company.name}</Link> : null],
        ["Probability", d.probability !== null ? `${d.probability}%` : null],
        ["Expected close", d.expectedCloseDate ? new Date(d.expectedCloseDate).toLocaleDateString() : null],
        ["Lead score", d.leadScore],
        ...(["need", "budget", "timeline"] as const).filter((k) => lead[k]).map((k): [string, string] => [`Lead ${k}`, String(lead[k])]),
        ["Lost reason", d.lostReason],
      ]}
      timeline={<RecordTimeline key={record.timeline.items[0]?.id ?? "empty"} recordType="deal" recordId={d.id} initial={record.timeline} />}
      side={
        <>
          <SectionCard id="people" title="People">
            <RelatedLinks items={d.contacts.map((p) => ({ id: p.id, label: p.email ? `${p.name} <${p.email}>` : p.name }))} base="/crm/contacts" empty="No contacts on this deal." />
          </SectionCard>
          <SectionCard id="history" title="Stage history">
            <ol style={{ margin: 0, paddingLeft: 18 }}>
              {record.history.map((h) => (
                <li key={h.id}>
                  {h.fromStageId ? `${stageName.get(h.fromStageId) ?? "?"} → ` : "Created in "}
                  {stageName.get(h.toStageId) ?? "?"} · {h.changedAt.toLocaleString()}
                </li>
              ))}
            </ol>
          </SectionCard>
          <SectionCard id="notes" title="Notes and tasks">
            <NotesAndTasks recordType="deal" recordId={d.id} notes={record.notes} tasks={record.tasks} />
          </SectionCard>
        </>
      }
    />
  );
}
