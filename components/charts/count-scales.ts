import type { ChartColors } from "./use-chart-colors";

/** Shared axes for charts of counts: plain category x axis, whole-number y axis from zero. */
export function countScales(colors: ChartColors, xTicks: Record<string, unknown> = {}) {
  const font = { family: colors.fontFamily };
  return {
    x: { grid: { display: false }, ticks: { color: colors.mutedText, font, ...xTicks } },
    y: {
      beginAtZero: true,
      suggestedMax: 10,
      grid: { color: colors.grid },
      border: { display: false },
      ticks: { color: colors.mutedText, font, precision: 0 },
    },
  };
}

export function tooltipFonts(colors: ChartColors) {
  return { titleFont: { family: colors.fontFamily }, bodyFont: { family: colors.fontFamily } };
}
