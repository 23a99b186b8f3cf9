import Box from "@mui/material/Box";

/** A JSON value, pretty-printed and scrollable, for event payloads, outputs and errors. */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  return (
    <Box
      component="pre"
      aria-label={label}
      sx={{ m: 0, p: 1.5, borderRadius: 1, bgcolor: "action.hover", fontSize: 12, fontFamily: "monospace", overflow: "auto", maxHeight: 320, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
    >
      {value === undefined || value === null ? "null" : JSON.stringify(value, null, 2)}
    </Box>
  );
}
