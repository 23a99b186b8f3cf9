import { withWorkspace } from "@/lib/auth/with-workspace";
import { getPipelineBoard } from "@/lib/crm/get-pipeline-board";

/** GET /api/v1/crm/pipeline: the board (stages with counts, totals and their latest deals). */
export const GET = withWorkspace(async ({ workspace }) => Response.json({ data: await getPipelineBoard(workspace.id) }), { permission: "crm.read" });
