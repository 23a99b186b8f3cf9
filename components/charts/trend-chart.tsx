"use client";

import { Line } from "react-chartjs-2";
import type { ChartOptions } from "chart.js";
import "./register-chart";
import { countScales, tooltipFonts } from "./count-scales";
import { useChartColors } from "./use-chart-colors";

export interface ChartSeries {
  label: string;
  data: number[];
}

interface TrendChartProps {
  /** One label per point on the x axis, e.g. days. */
  labels: string[];
  series: ChartSeries[];
  /** Read by screen readers in place of the canvas. */
  ariaLabel: string;
}

/** Lines over time; colours follow the active light or dark scheme. */
export function TrendChart({ labels, series, ariaLabel }: TrendChartProps) {
  const colors = useChartColors();
  const options: ChartOptions<"line"> = {
    responsive: true,
    maintainAspectRatio: false,
    interaction: { mode: "index", intersect: false },
    plugins: {
      legend: { display: series.length > 1, labels: { color: colors.text, font: { family: colors.fontFamily }, boxWidth: 12 } },
      tooltip: tooltipFonts(colors),
    },
    scales: countScales(colors, { maxRotation: 0, autoSkipPadding: 12 }),
  };
  const data = {
    labels,
    datasets: series.map((s, i) => {
      const color = colors.series[i % colors.series.length];
      return { label: s.label, data: s.data, borderColor: color, backgroundColor: color, borderWidth: 2, pointRadius: 0, pointHoverRadius: 4, tension: 0.3 };
    }),
  };
  return <Line options={options} data={data} aria-label={ariaLabel} role="img" />;
}
