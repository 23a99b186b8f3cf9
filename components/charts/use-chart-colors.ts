"use client";

import { useColorScheme, useTheme } from "@mui/material/styles";

export interface ChartColors {
  text: string;
  mutedText: string;
  grid: string;
  /** Series colours in order; enough for the six triage categories. */
  series: string[];
  fontFamily: string;
}

const SERIES = {
  light: ["#4f46e5", "#0f766e", "#d97706", "#db2777", "#2563eb", "#6b7280"],
  dark: ["#a5b4fc", "#5eead4", "#fcd34d", "#f9a8d4", "#93c5fd", "#d1d5db"],
} as const;

/**
 * Canvas cannot read CSS variables, so the chart takes concrete colours from
 * the palette of the scheme in use and re-renders when the scheme changes.
 */
export function useChartColors(): ChartColors {
  const theme = useTheme();
  const { mode, systemMode } = useColorScheme();
  const scheme = (mode === "system" ? systemMode : mode) === "dark" ? "dark" : "light";
  const palette = theme.colorSchemes[scheme]?.palette ?? theme.palette;
  return {
    text: palette.text.primary,
    mutedText: palette.text.secondary,
    grid: palette.divider,
    series: [...SERIES[scheme]],
    fontFamily: String(theme.typography.fontFamily),
  };
}
