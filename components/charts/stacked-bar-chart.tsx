"use client";

import { Bar } from "react-chartjs-2";
import type { ChartOptions } from "chart.js";
import "./register-chart";
import { countScales, tooltipFonts } from "./count-scales";
import type { ChartSeries } from "./trend-chart";
import { useChartColors } from "./use-chart-colors";

interface StackedBarChartProps {
  labels: string[];
  /** Stacked in order, bottom first; each series takes the next colour unless `colors` says otherwise. */
  series: ChartSeries[];
  /** Series colour indexes into the palette, e.g. to keep a route's colour stable. */
  colorIndexes?: number[];
  /** Bars grow to the right (e.g. a funnel) instead of upwards. */
  horizontal?: boolean;
  ariaLabel: string;
}

/** Bars per label with several series stacked on each: counts over time or per stage. */
export function StackedBarChart({ labels, series, colorIndexes, horizontal = false, ariaLabel }: StackedBarChartProps) {
  const colors = useChartColors();
  const scales = countScales(colors, { maxRotation: 0, autoSkipPadding: 8 });
  const options: ChartOptions<"bar"> = {
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: horizontal ? "y" : "x",
    interaction: { mode: "index", intersect: false },
    plugins: {
      legend: { display: series.length > 1, labels: { color: colors.text, font: { family: colors.fontFamily }, boxWidth: 12 } },
      tooltip: tooltipFonts(colors),
    },
    // The count axis is the value axis; a horizontal chart swaps which one that is.
    scales: horizontal
      ? { x: { ...scales.y, stacked: true }, y: { ...scales.x, stacked: true } }
      : { x: { ...scales.x, stacked: true }, y: { ...scales.y, stacked: true } },
  };
  const data = {
    labels,
    datasets: series.map((s, i) => {
      const color = colors.series[(colorIndexes?.[i] ?? i) % colors.series.length];
      return { label: s.label, data: s.data, backgroundColor: color, borderRadius: 3, maxBarThickness: 36 };
    }),
  };
  return <Bar options={options} data={data} aria-label={ariaLabel} role="img" />;
}
