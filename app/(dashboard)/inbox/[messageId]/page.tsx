import type { Metadata } from "next";
import ArrowBackOutlined from "@mui/icons-material/ArrowBackOutlined";
import Stack from "@mui/material/Stack";
import { notFound } from "next/navigation";
import { EmailActionLog } from "@/components/automations/email-action-log";
import { DraftPanel } from "@/components/drafts/draft-panel";
import { ThreadMessageCard } from "@/components/mail/thread-message-card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { getMessageThread } from "@/lib/mail/get-message-thread";

export const metadata: Metadata = { title: "Email · Inbox" };

export default async function EmailPage({ params }: { params: Promise<{ messageId: string }> }) {
  const { workspace, membership } = await requireWorkspacePage("mail.read");
  const { messageId } = await params;
  const thread = await getMessageThread(workspace.id, messageId);
  if (!thread) notFound();
  const count = thread.messages.length;
  return (
    <>
      <PageHeader
        title={thread.threadSubject || "(no subject)"}
        description={`${count} message${count === 1 ? "" : "s"} in ${thread.mailboxAddress}`}
        actions={
          <LinkButton href="/inbox" startIcon={<ArrowBackOutlined />}>
            Inbox
          </LinkButton>
        }
      />
      <Stack spacing={2}>
        {thread.messages.map((m) => (
          <ThreadMessageCard key={m.id} message={m} highlighted={m.id === thread.messageId && count > 1} />
        ))}
        <DraftPanel workspaceId={workspace.id} messageId={thread.messageId} canWrite={roleCan(membership!.role, "mail.write")} />
        <EmailActionLog messageId={thread.messageId} canUndo={roleCan(membership!.role, "automations.write")} />
      </Stack>
    </>
  );
}
