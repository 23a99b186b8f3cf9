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
  // Keyed by version and save time: after a draft is written, regenerated or saved, the editor starts
  // from the stored body instead of keeping the text it was first rendered with (empty before the first draft).
  return <DraftEditor key={draft ? `${draft.id}:${draft.updatedAt}` : "none"} messageId={messageId} draft={draft} canWrite={canWrite} />;
}
