import { analyticsPeriod } from "./analytics-period";
import type { AnalyticsRange } from "./analytics-schemas";
import { countDealsPerWeek } from "./count-deals-per-week";
import { countDraftsAndActions } from "./count-drafts-and-actions";
import { countMailPerDay } from "./count-mail-per-day";
import { countTriageCategories } from "./count-triage-categories";
import { getPipelineFunnel } from "./get-pipeline-funnel";
import { listTopSenders } from "./list-top-senders";
import { sumAiCost } from "./sum-ai-cost";
import { summarizeTriage } from "./summarize-triage";

/** Everything the analytics page shows for one workspace and range; the queries run in parallel. */
export async function getAnalytics(workspaceId: string, range: AnalyticsRange, now = new Date()) {
  const period = analyticsPeriod(range, now);
  const [mail, triage, aiCost, senders, categories, work, funnel, dealsPerWeek] = await Promise.all([
    countMailPerDay(workspaceId, period),
    summarizeTriage(workspaceId, period),
    sumAiCost(workspaceId, period),
    listTopSenders(workspaceId, period),
    countTriageCategories(workspaceId, period),
    countDraftsAndActions(workspaceId, period),
    getPipelineFunnel(workspaceId, period),
    countDealsPerWeek(workspaceId, period),
  ]);
  return { range, mail, triage, aiCost, senders, categories, work, funnel, dealsPerWeek };
}

export type Analytics = Awaited<ReturnType<typeof getAnalytics>>;
