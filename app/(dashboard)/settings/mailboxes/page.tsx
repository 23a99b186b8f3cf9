import type { Metadata } from "next";
import type { ConnectNoticeValue } from "@/components/mailboxes/connect-notice";
import { MailboxesView } from "@/components/mailboxes/mailboxes-view";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { getBillingAccount } from "@/lib/billing/get-billing-account";
import { PLANS } from "@/lib/billing/plans";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { listMailboxes } from "@/lib/mailboxes/list-mailboxes";
import { CONNECT_FAILURES } from "@/lib/mailboxes/mailbox-schemas";

export const metadata: Metadata = { title: "Mailboxes" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** What the Connect Gmail callback reported (?connected= / ?reconnected= / ?error=<known code>). */
function noticeFrom(params: Record<string, string | string[] | undefined>): ConnectNoticeValue {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string) : undefined);
  const error = CONNECT_FAILURES.find((f) => f === one("error"));
  if (error) return { kind: "error", reason: error };
  const connected = one("connected");
  if (connected) return { kind: "connected", emailAddress: connected.slice(0, 320) };
  const reconnected = one("reconnected");
  return reconnected ? { kind: "reconnected", emailAddress: reconnected.slice(0, 320) } : null;
}

export default async function MailboxesPage({ searchParams }: { searchParams: SearchParams }) {
  const { workspace, membership } = await requireWorkspacePage("mail.read");
  const [initial, account] = await Promise.all([listMailboxes(workspace.id), getBillingAccount(workspace.id)]);
  const plan = PLANS[account.plan];
  const canManage = membership ? roleCan(membership.role, "mailboxes.manage") : false;
  return (
    <>
      <PageHeader
        title="Mailboxes"
        description="The Gmail accounts Fikiri reads. Each one is watched for new mail (Gmail push), with recent mail imported when it is connected."
      />
      <MailboxesView initial={initial} canManage={canManage} notice={noticeFrom(await searchParams)} plan={{ name: plan.name, mailboxes: plan.mailboxes }} />
    </>
  );
}
