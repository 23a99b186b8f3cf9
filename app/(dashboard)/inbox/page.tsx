import type { Metadata } from "next";
import MarkEmailReadOutlined from "@mui/icons-material/MarkEmailReadOutlined";
import Box from "@mui/material/Box";
import { InboxList } from "@/components/mail/inbox-list";
import { MailboxFilter } from "@/components/mail/mailbox-filter";
import { NoMailboxState } from "@/components/mail/no-mailbox-state";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { listInbox, listInboxMailboxes } from "@/lib/mail/list-inbox";
import { inboxQuerySchema } from "@/lib/mail/mail-schemas";

export const metadata: Metadata = { title: "Inbox" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function InboxPage({ searchParams }: { searchParams: SearchParams }) {
  const { workspace } = await requireWorkspacePage("mail.read");
  const params = await searchParams;
  const mailboxes = await listInboxMailboxes(workspace.id);
  const header = <PageHeader title="Inbox" description="Every incoming email, newest first, sorted as it lands." />;
  if (mailboxes.length === 0) {
    return (
      <>
        {header}
        <NoMailboxState />
      </>
    );
  }
  const parsed = inboxQuerySchema.safeParse({ mailboxId: first(params.mailbox), cursor: first(params.cursor) });
  const query = parsed.success ? parsed.data : inboxQuerySchema.parse({});
  const mailboxId = mailboxes.some((m) => m.id === query.mailboxId) ? query.mailboxId : undefined;
  const page = await listInbox(workspace.id, { ...query, mailboxId });
  const base = mailboxId ? `/inbox?mailbox=${encodeURIComponent(mailboxId)}` : "/inbox";
  const withCursor = (cursor: string) => `${base}${base.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(cursor)}`;
  return (
    <>
      {header}
      <Box sx={{ display: "flex", justifyContent: "flex-end", mb: 2 }}>
        <MailboxFilter mailboxes={mailboxes} selected={mailboxId ?? null} />
      </Box>
      {page.items.length === 0 ? (
        <EmptyState
          icon={<MarkEmailReadOutlined />}
          title={query.cursor ? "No older mail" : "No mail yet"}
          description={query.cursor ? "You have reached the oldest stored email." : "Your mailbox is connected. Recent mail is being fetched and appears here as it is stored."}
          action={query.cursor ? <LinkButton href={base}>Back to newest</LinkButton> : undefined}
        />
      ) : (
        <InboxList items={page.items} showMailbox={mailboxes.length > 1 && !mailboxId} />
      )}
      <Box sx={{ display: "flex", justifyContent: "space-between", mt: 2 }}>
        {query.cursor ? <LinkButton href={base}>Newest</LinkButton> : <span />}
        {page.nextCursor && (
          <LinkButton href={withCursor(page.nextCursor)} variant="outlined">
            Older
          </LinkButton>
        )}
      </Box>
    </>
  );
}
