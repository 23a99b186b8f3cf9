import { prisma } from "@/lib/db/prisma";

export interface AiUsageSummary {
  sinceDays: number;
  calls: number;
  failures: number;
  inputTokens: number;
  outputTokens: number;
  estimatedUsd: number;
  byTask: { task: string; calls: number; estimatedUsd: number }[];
}

/** Calls, tokens and estimated cost of the workspace's AI use over the last `days` days, per task. */
export async function summarizeAiUsage(workspaceId: string, days = 30): Promise<AiUsageSummary> {
  const since = new Date(Date.now() - days * 86_400_000);
  const rows = await prisma.aiUsage.groupBy({
    by: ["task", "outcome"],
    where: { workspaceId, createdAt: { gte: since } },
    _count: { _all: true },
    _sum: { inputTokens: true, outputTokens: true, estimatedUsd: true },
  });
  const byTask = new Map<string, { task: string; calls: number; estimatedUsd: number }>();
  const summary: AiUsageSummary = { sinceDays: days, calls: 0, failures: 0, inputTokens: 0, outputTokens: 0, estimatedUsd: 0, byTask: [] };
  for (const row of rows) {
    const calls = row._count._all;
    const usd = row._sum.estimatedUsd ?? 0;
    summary.calls += calls;
    if (row.outcome !== "ok") summary.failures += calls;
    summary.inputTokens += row._sum.inputTokens ?? 0;
    summary.outputTokens += row._sum.outputTokens ?? 0;
    summary.estimatedUsd += usd;
    const entry = byTask.get(row.task) ?? { task: row.task, calls: 0, estimatedUsd: 0 };
    entry.calls += calls;
    entry.estimatedUsd += usd;
    byTask.set(row.task, entry);
  }
  summary.byTask = [...byTask.values()].sort((a, b) => a.task.localeCompare(b.task));
  return summary;
}
