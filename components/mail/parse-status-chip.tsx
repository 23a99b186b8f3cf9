import Chip from "@mui/material/Chip";
import Tooltip from "@mui/material/Tooltip";

const LABELS = {
  TRUNCATED: { label: "Truncated", help: "Larger than the processing limit: only the beginning was parsed. The original is kept." },
  FAILED: { label: "Unparsed", help: "This message could not be parsed. Its original bytes are kept." },
} as const;

/** Flags a message whose stored content is not the whole parsed message; nothing for normal mail. */
export function ParseStatusChip({ status, error }: { status: "PARSED" | "TRUNCATED" | "FAILED"; error?: string | null }) {
  if (status === "PARSED") return null;
  const { label, help } = LABELS[status];
  return (
    <Tooltip title={error ? `${help} (${error})` : help}>
      <Chip size="small" color={status === "FAILED" ? "error" : "warning"} variant="outlined" label={label} />
    </Tooltip>
  );
}
