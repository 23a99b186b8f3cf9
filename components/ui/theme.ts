import { createTheme } from "@mui/material/styles";
// Types theme.vars and theme.colorSchemes for the CSS-variables theme.
import type {} from "@mui/material/themeCssVarsAugmentation";

/**
 * The one theme. Colours are emitted as CSS variables for both schemes, and the
 * active scheme is a class on <html> set by InitColorSchemeScript before the
 * first paint, so a dark-mode user never sees a light flash.
 */
export const COLOR_SCHEME_SELECTOR = "class";
export const MODE_STORAGE_KEY = "fikiri-mode";
export const COLOR_SCHEME_STORAGE_KEY = "fikiri-color-scheme";

const fontFamily = ['"Inter"', "system-ui", "-apple-system", '"Segoe UI"', "Roboto", '"Helvetica Neue"', "Arial", "sans-serif"].join(",");

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: COLOR_SCHEME_SELECTOR, cssVarPrefix: "mui" },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: "#4f46e5", light: "#818cf8", dark: "#3730a3", contrastText: "#ffffff" },
        secondary: { main: "#0f766e", light: "#14b8a6", dark: "#115e59", contrastText: "#ffffff" },
        background: { default: "#f7f7fb", paper: "#ffffff" },
        text: { primary: "#111827", secondary: "#4b5563" },
        divider: "rgba(17, 24, 39, 0.10)",
      },
    },
    dark: {
      palette: {
        primary: { main: "#a5b4fc", light: "#c7d2fe", dark: "#6366f1", contrastText: "#0b1020" },
        secondary: { main: "#5eead4", light: "#99f6e4", dark: "#14b8a6", contrastText: "#042f2e" },
        background: { default: "#0b1020", paper: "#121829" },
        text: { primary: "#e5e7eb", secondary: "#9ca3af" },
        divider: "rgba(229, 231, 235, 0.12)",
      },
    },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily,
    h1: { fontWeight: 700, letterSpacing: "-0.025em", textWrap: "balance" },
    h2: { fontWeight: 700, letterSpacing: "-0.02em", textWrap: "balance" },
    h3: { fontWeight: 700, letterSpacing: "-0.02em", textWrap: "balance" },
    h4: { fontWeight: 600, letterSpacing: "-0.015em", textWrap: "balance" },
    h5: { fontWeight: 600 },
    h6: { fontWeight: 600 },
    button: { textTransform: "none", fontWeight: 600 },
    overline: { fontWeight: 600, letterSpacing: "0.08em" },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    MuiCard: { defaultProps: { variant: "outlined" } },
    MuiAppBar: { defaultProps: { elevation: 0, color: "inherit" } },
    MuiTooltip: { defaultProps: { arrow: true } },
    MuiListItemButton: {
      styleOverrides: {
        root: ({ theme }) => {
          const primary = (theme.vars ?? theme).palette.primary.main;
          return {
            borderRadius: theme.shape.borderRadius,
            "&.Mui-selected": {
              backgroundColor: theme.alpha(primary, 0.12),
              color: primary,
              "& .MuiListItemIcon-root": { color: primary },
            },
            "&.Mui-selected:hover, &.Mui-selected.Mui-focusVisible": { backgroundColor: theme.alpha(primary, 0.2) },
          };
        },
      },
    },
  },
});
