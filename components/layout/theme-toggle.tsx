"use client";

import DarkModeOutlined from "@mui/icons-material/DarkModeOutlined";
import LightModeOutlined from "@mui/icons-material/LightModeOutlined";
import IconButton from "@mui/material/IconButton";
import Tooltip from "@mui/material/Tooltip";
import { useColorScheme } from "@mui/material/styles";

/**
 * Flips between light and dark. The first visit follows the system; a click
 * stores an explicit choice ("System" is offered again in Settings → Appearance).
 * Both icons are rendered and CSS picks one, so the icon is right before hydration.
 */
export function ThemeToggle() {
  const { mode, systemMode, setMode } = useColorScheme();
  const resolved = mode === "system" ? systemMode : mode;
  const isDark = resolved === "dark";

  return (
    <Tooltip title="Toggle light or dark theme">
      <IconButton
        color="inherit"
        aria-label="Dark theme"
        aria-pressed={resolved ? isDark : undefined}
        data-testid="theme-toggle"
        onClick={() => setMode(isDark ? "light" : "dark")}
      >
        <DarkModeOutlined sx={(theme) => ({ display: "inline-block", ...theme.applyStyles("dark", { display: "none" }) })} />
        <LightModeOutlined sx={(theme) => ({ display: "none", ...theme.applyStyles("dark", { display: "inline-block" }) })} />
      </IconButton>
    </Tooltip>
  );
}
