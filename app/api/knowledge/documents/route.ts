import { NextResponse } from "next/server";
import { originOf } from "@/lib/auth/request-origin";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { AppError } from "@/lib/http/app-error";
import { createUploadedDocument } from "@/lib/knowledge/create-knowledge-document";
import { MAX_UPLOAD_BYTES } from "@/lib/knowledge/knowledge-schemas";
import { listKnowledgeDocuments } from "@/lib/knowledge/list-knowledge-documents";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

export const dynamic = "force-dynamic";

/** GET /api/knowledge/documents — the workspace's documents with their indexing status (polled while indexing). */
export const GET = withWorkspace(
  async ({ workspace }) => NextResponse.json({ documents: await listKnowledgeDocuments(workspace.id) }, { headers: { "cache-control": "no-store" } }),
  { permission: "knowledge.read" },
);

/** POST /api/knowledge/documents — multipart upload of one .txt/.md/.pdf file in the `file` field; indexed in the background. */
export const POST = withWorkspace(
  async ({ req, params: _params, requestId: _requestId, ...access }) => {
    if (!req.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data")) {
      throw new AppError("unsupported_media_type", "Upload the file as multipart/form-data in a field named file");
    }
    // Refuse obviously oversized bodies before buffering them (the form adds a little framing).
    if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
      throw new AppError("payload_too_large", `Files can be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
    }
    const form = await req.formData().catch(() => {
      throw new AppError("bad_request", "The upload could not be read as a form");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("validation_failed", "Attach a file in the field named file");
    const doc = await createUploadedDocument(await workspaceActorOf(access, originOf(req.headers)), file.name, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ id: doc.id, title: doc.title, status: doc.status }, { status: 201 });
  },
  { permission: "knowledge.write" },
);
