import { getMessageDraft } from "@/lib/drafts/get-message-draft";
import { DraftEditor } from "./draft-editor";

interface DraftPanelProps {
  workspaceId: string;
  messageId: string;
  canWrite: boolean;
}

/**
 * The reply draft under an email: body, sources, confidence, and the
 * approve/edit/send/discard controls. A server component: render it in the
 * message page with the workspace, the message id and whether the member has mail.write.
 */
export async function DraftPanel({ workspaceId, messageId, canWrite }: DraftPanelProps) {
  const draft = await getMessageDraft(workspaceId, messageId);
  return <DraftEditor messageId={messageId} draft={draft} canWrite={canWrite} />;
}
