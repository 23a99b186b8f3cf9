import { NextResponse } from "next/server";
import { withWorkspace } from "@/lib/auth/with-workspace";
import { listMailboxes } from "@/lib/mailboxes/list-mailboxes";

/** The workspace's mailboxes with status, sync times and backfill progress (the Mailboxes page polls it). */
export const GET = withWorkspace(async ({ workspace }) => NextResponse.json(await listMailboxes(workspace.id)), { permission: "mail.read" });
