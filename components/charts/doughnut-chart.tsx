"use client";

import { Doughnut } from "react-chartjs-2";
import { ArcElement, type ChartOptions } from "chart.js";
import { Chart } from "./register-chart";
import { tooltipFonts } from "./count-scales";
import { useChartColors } from "./use-chart-colors";

// Arcs are only drawn by this chart, so they are registered here rather than for every chart.
Chart.register(ArcElement);

interface DoughnutChartProps {
  labels: string[];
  values: number[];
  ariaLabel: string;
}

/** Shares of a whole, one colour per slice, legend on the right. */
export function DoughnutChart({ labels, values, ariaLabel }: DoughnutChartProps) {
  const colors = useChartColors();
  const options: ChartOptions<"doughnut"> = {
    responsive: true,
    maintainAspectRatio: false,
    cutout: "60%",
    plugins: {
      legend: { position: "right", labels: { color: colors.text, font: { family: colors.fontFamily }, boxWidth: 12 } },
      tooltip: tooltipFonts(colors),
    },
  };
  const data = {
    labels,
    datasets: [{ data: values, backgroundColor: labels.map((_, i) => colors.series[i % colors.series.length]), borderWidth: 0 }],
  };
  return <Doughnut options={options} data={data} aria-label={ariaLabel} role="img" />;
}
