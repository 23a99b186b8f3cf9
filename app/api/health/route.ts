import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/health/check-health";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

export const GET = withRoute(async () => {
  const report = await checkHealth();
  return NextResponse.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
