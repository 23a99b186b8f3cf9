"use client";

import type { ReactNode } from "react";
import DarkModeOutlined from "@mui/icons-material/DarkModeOutlined";
import LightModeOutlined from "@mui/icons-material/LightModeOutlined";
import SettingsBrightnessOutlined from "@mui/icons-material/SettingsBrightnessOutlined";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import { useColorScheme } from "@mui/material/styles";

type Mode = "system" | "light" | "dark";

const OPTIONS: { value: Mode; label: string; icon: ReactNode }[] = [
  { value: "system", label: "System", icon: <SettingsBrightnessOutlined fontSize="small" /> },
  { value: "light", label: "Light", icon: <LightModeOutlined fontSize="small" /> },
  { value: "dark", label: "Dark", icon: <DarkModeOutlined fontSize="small" /> },
];

/** System, light or dark; the choice is kept in this browser. */
export function AppearancePicker() {
  const { mode, setMode } = useColorScheme();
  return (
    <ToggleButtonGroup
      value={mode ?? null}
      exclusive
      size="small"
      aria-label="Theme"
      onChange={(_, value: Mode | null) => {
        if (value) setMode(value);
      }}
    >
      {OPTIONS.map((option) => (
        <ToggleButton key={option.value} value={option.value} sx={{ gap: 1, px: 2 }}>
          {option.icon}
          {option.label}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
