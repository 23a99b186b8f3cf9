import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";

/** The Fikiri mark: an envelope with a spark. Same drawing as public/favicon.svg. */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#4f46e5" />
      <path d="M24.5 32H8a8 8 0 0 1-8-8V14z" fill="#0f766e" opacity="0.55" />
      <path
        d="M7.5 11.5h17v11a1.5 1.5 0 0 1-1.5 1.5H9a1.5 1.5 0 0 1-1.5-1.5z"
        fill="none"
        stroke="#fff"
        strokeWidth="2"
        strokeLinejoin="round"
      />
      <path d="M7.5 11.5 16 18l8.5-6.5" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="24.5" cy="7.5" r="2.5" fill="#fde68a" />
    </svg>
  );
}

/** Mark plus word mark; the text follows the theme's text colour. */
export function Logo({ size = 32 }: { size?: number }) {
  return (
    <Box component="span" sx={{ display: "inline-flex", alignItems: "center", gap: 1.25 }}>
      <LogoMark size={size} />
      <Typography component="span" sx={{ fontWeight: 700, fontSize: size * 0.62, letterSpacing: "-0.02em", color: "text.primary" }}>
        Fikiri
      </Typography>
    </Box>
  );
}
