import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { TriageBadge } from "./triage-badge";

describe("TriageBadge", () => {
  test("shows route, category and urgency chips", () => {
    const html = renderToStaticMarkup(<TriageBadge route="attention" category="lead" urgency={5} decidedBy="llm" confidence={0.9} reasons={["LLM: lead"]} />);
    expect(html).toContain("Needs attention");
    expect(html).toContain("Lead");
    expect(html).toContain("Urgent");
  });

  test("spam shows the route only once; review flag shown; unknown routes render nothing", () => {
    const spam = renderToStaticMarkup(<TriageBadge route="spam" category="spam" needsReview />);
    const chips = [...spam.matchAll(/class="[^"]*MuiChip-label[^"]*">([^<]+)</g)].map((m) => m[1]);
    expect(chips).toEqual(["Spam", "Review"]);
    expect(spam).toContain("Review");
    expect(renderToStaticMarkup(<TriageBadge route="elsewhere" category="spam" />)).toBe("");
  });
});
