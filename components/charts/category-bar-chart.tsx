"use client";

import { Bar } from "react-chartjs-2";
import type { ChartOptions } from "chart.js";
import "./register-chart";
import { countScales, tooltipFonts } from "./count-scales";
import { useChartColors } from "./use-chart-colors";

interface CategoryBarChartProps {
  /** One bar per category. */
  labels: string[];
  /** Same length as labels; empty when there is no data yet. */
  values: number[];
  seriesLabel: string;
  ariaLabel: string;
}

/** One bar per category, each in its own series colour. */
export function CategoryBarChart({ labels, values, seriesLabel, ariaLabel }: CategoryBarChartProps) {
  const colors = useChartColors();
  const options: ChartOptions<"bar"> = {
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      legend: { display: false },
      tooltip: tooltipFonts(colors),
    },
    scales: countScales(colors),
  };
  const data = {
    labels,
    datasets: [
      {
        label: seriesLabel,
        data: values,
        backgroundColor: labels.map((_, i) => colors.series[i % colors.series.length]),
        borderRadius: 6,
        maxBarThickness: 40,
      },
    ],
  };
  return <Bar options={options} data={data} aria-label={ariaLabel} role="img" />;
}
