import Typography from "@mui/material/Typography";

export function ErrorReference({ reference }: { reference: string | undefined }) {
  if (!reference) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 4 }}>
      If it keeps happening, tell us this reference:{" "}
      <Typography component="code" variant="body2" sx={{ fontFamily: "ui-monospace, Menlo, Consolas, monospace", userSelect: "all", color: "text.primary" }}>
        {reference}
      </Typography>
    </Typography>
  );
}
