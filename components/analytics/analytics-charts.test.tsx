import { renderToString } from "react-dom/server";
import { ThemeProvider } from "@mui/material/styles";
import { expect, test } from "vitest";
import { theme } from "@/components/ui/theme";
import type { Analytics } from "@/lib/analytics/get-analytics";
import { AnalyticsCharts } from "./analytics-charts";
import { AnalyticsStats } from "./analytics-stats";
import { RangeSelector } from "./range-selector";

// Server render of the page body: every chart gets its canvas, and only charts
// without data carry their empty-state message (never invented numbers).
const data: Analytics = {
  range: 7,
  mail: { days: ["2026-11-25", "2026-11-26"], series: [{ route: "attention", counts: [1, 2] }, { route: "automated", counts: [0, 1] }, { route: "spam", counts: [0, 0] }, { route: "untriaged", counts: [0, 0] }], total: 4 },
  triage: { deciders: [{ decidedBy: "rules", count: 1 }, { decidedBy: "classifier", count: 2 }, { decidedBy: "llm", count: 1 }, { decidedBy: "user", count: 0 }, { decidedBy: "undecided", count: 0 }], triaged: 4, attention: 3, leads: 1, llmUsd: 0.002, avgTriageSeconds: 1.5 },
  aiCost: { totalUsd: 0.01, calls: 2, byTask: [{ task: "draft", usd: 0.01, calls: 2 }] },
  senders: [{ address: "ann@client.test", name: "Ann", count: 3 }],
  categories: [{ category: "lead", count: 1 }],
  work: { drafts: { PROPOSED: 1, SAVED: 0, SENT: 1, DISCARDED: 0 }, actions: [], actionsFailed: 0 },
  funnel: { pipelineName: "Sales", stages: [{ stageId: "s", name: "New", reached: 2, conversion: null }], deals: 2, lost: 0 },
  dealsPerWeek: { weeks: ["2026-11-23"], counts: [0], total: 0 },
};

const render = (d: Analytics) =>
  renderToString(
    <ThemeProvider theme={theme}>
      <RangeSelector path="/analytics" value={d.range} />
      <AnalyticsStats data={d} />
      <AnalyticsCharts data={d} />
    </ThemeProvider>,
  );

test("each chart has a canvas; empty sections say so and the rest do not", () => {
  const html = render(data);
  expect(html.match(/<canvas/g)).toHaveLength(7);
  expect(html).toContain("No automation actions in this period");
  expect(html).toContain("No deals created in this period");
  expect(html).not.toContain("No mail received in this period");
  expect(html).not.toContain("No drafts in this period");
  expect(html).toContain("75%"); // 3 of 4 triaged need attention
  expect(html).toContain("1.5 s");
  expect(html).toMatch(/href="\/analytics\?days=7"[^>]*aria-current="true"|aria-current="true"[^>]*href="\/analytics\?days=7"/);
});

test("a workspace with no data shows dashes and empty states, not zeros dressed up as rates", () => {
  const empty: Analytics = {
    ...data,
    mail: { ...data.mail, series: data.mail.series.map((s) => ({ ...s, counts: [0, 0] })), total: 0 },
    triage: { ...data.triage, deciders: data.triage.deciders.map((d) => ({ ...d, count: 0 })), triaged: 0, attention: 0, leads: 0, llmUsd: 0, avgTriageSeconds: null },
    senders: [],
    categories: [],
    work: { drafts: { PROPOSED: 0, SAVED: 0, SENT: 0, DISCARDED: 0 }, actions: [], actionsFailed: 0 },
    funnel: { pipelineName: null, stages: [], deals: 0, lost: 0 },
  };
  const html = render(empty);
  expect(html).toContain("Needing attention: no data yet");
  expect(html).toContain("Avg triage time: no data yet");
  for (const message of ["No mail received in this period", "No mail triaged in this period", "No drafts in this period", "No deal moved in this period"]) expect(html).toContain(message);
});
