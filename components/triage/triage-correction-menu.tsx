"use client";

import { useState } from "react";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import FormControlLabel from "@mui/material/FormControlLabel";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Switch from "@mui/material/Switch";
import Typography from "@mui/material/Typography";
import { useRouter } from "next/navigation";
import { triageCategorySchema, type TriageCategory } from "@/lib/triage/triage-schemas";
import { CATEGORY_LABELS } from "./triage-labels";

const CHOICES = triageCategorySchema.options;

/**
 * "Wrong category?" menu for one email. The choice applies to this email at
 * once and becomes a rule for the sender (or the sender's whole domain), used
 * before any classifier or AI from the next email on.
 */
export function TriageCorrectionMenu({ messageId, current, onCorrected }: { messageId: string; current?: string; onCorrected?: (category: TriageCategory) => void }) {
  const router = useRouter();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [wholeDomain, setWholeDomain] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function correct(category: TriageCategory) {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/triage/corrections", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ messageId, category, scope: wholeDomain ? "domain" : "address" }),
      });
      const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
      if (!res.ok) throw new Error(body?.error?.message ?? `Could not save the correction (${res.status})`);
      setAnchor(null);
      onCorrected?.(category);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="small" onClick={(e) => setAnchor(e.currentTarget)} disabled={busy} aria-haspopup="menu">
        Wrong category?
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem disableRipple sx={{ cursor: "default" }}>
          <FormControlLabel control={<Switch size="small" checked={wholeDomain} onChange={(e) => setWholeDomain(e.target.checked)} />} label="Whole sender domain" />
        </MenuItem>
        <Divider />
        {CHOICES.map((category) => (
          <MenuItem key={category} selected={category === current} disabled={busy} onClick={() => correct(category)}>
            {CATEGORY_LABELS[category]}
          </MenuItem>
        ))}
        {error && (
          <Typography role="alert" color="error" variant="body2" sx={{ px: 2, py: 1, maxWidth: 280 }}>
            {error}
          </Typography>
        )}
      </Menu>
    </>
  );
}
