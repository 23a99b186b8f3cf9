import type { Metadata } from "next";
import Stack from "@mui/material/Stack";
import { InviteMemberForm } from "@/components/members/invite-member-form";
import { MemberList } from "@/components/members/member-list";
import { PendingInvitations } from "@/components/members/pending-invitations";
import { SeatUsageNotice } from "@/components/members/seat-usage-notice";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { RenameWorkspaceForm } from "@/components/workspaces/rename-workspace-form";
import { roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { checkPlanCapacity } from "@/lib/billing/check-plan-capacity";
import { listPendingInvitations } from "@/lib/invitations/list-pending-invitations";
import { listMembers } from "@/lib/members/list-members";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const { workspace, membership } = await requireWorkspacePage("members.read");
  const role = membership!.role;
  const can = {
    invite: roleCan(role, "members.invite"),
    update: roleCan(role, "members.update"),
    remove: roleCan(role, "members.remove"),
    transfer: roleCan(role, "ownership.transfer"),
    rename: roleCan(role, "workspace.update"),
  };
  const [members, invitations, seats] = await Promise.all([
    listMembers(workspace.id),
    can.invite ? listPendingInvitations(workspace.id) : Promise.resolve([]),
    checkPlanCapacity(workspace.id, "seats"),
  ]);
  const seatUsage = `${seats.used} of ${seats.limit} ${seats.limit === 1 ? "seat" : "seats"} on ${seats.planName} (members and pending invitations).`;

  return (
    <>
      <PageHeader title="Members" description={`Who can use ${workspace.name}, and what each person may do.`} />
      <Stack spacing={3}>
        {can.invite ? (
          <SectionCard id="invite" title="Invite someone" description={`They get an email with a link that works for 7 days. ${seatUsage}`}>
            <SeatUsageNotice seats={seats} />
            <InviteMemberForm myRole={role} disabled={!seats.allowed} />
          </SectionCard>
        ) : null}
        <SectionCard id="members" title={`Members (${members.length})`}>
          <MemberList
            members={members.map((m) => ({ id: m.id, userId: m.userId, email: m.email, name: m.name, role: m.role }))}
            me={{ userId: membership!.userId, role }}
            can={{ update: can.update, remove: can.remove, transfer: can.transfer }}
          />
        </SectionCard>
        {can.invite ? (
          <SectionCard id="invitations" title="Pending invitations">
            <PendingInvitations invitations={invitations} canManage={can.invite} />
          </SectionCard>
        ) : null}
        {can.rename ? (
          <SectionCard id="workspace" title="Workspace name">
            <RenameWorkspaceForm name={workspace.name} />
          </SectionCard>
        ) : null}
      </Stack>
    </>
  );
}
