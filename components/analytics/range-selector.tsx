import ButtonGroup from "@mui/material/ButtonGroup";
import { LinkButton } from "@/components/ui/link-button";
import { ANALYTICS_RANGES, type AnalyticsRange } from "@/lib/analytics/analytics-schemas";

/** 7 / 30 / 90 days as links (?days=), so a range is shareable and works without JavaScript. */
export function RangeSelector({ path, value }: { path: string; value: AnalyticsRange }) {
  return (
    <ButtonGroup size="small" aria-label="Time range">
      {ANALYTICS_RANGES.map((days) => (
        <LinkButton key={days} href={`${path}?days=${days}`} variant={days === value ? "contained" : "outlined"} aria-current={days === value ? "true" : undefined}>
          {days} days
        </LinkButton>
      ))}
    </ButtonGroup>
  );
}
