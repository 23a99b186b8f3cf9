"use client";

import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import { revokeApiKeyAction } from "@/app/(dashboard)/settings/api-keys/actions";
import type { ApiKeyStatus } from "@/lib/api-keys/api-key-status";
import { useServerAction } from "@/components/workspaces/use-server-action";

export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdBy: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  status: ApiKeyStatus;
}

const STATUS_COLOR = { active: "success", expired: "warning", revoked: "default", creator_removed: "error" } as const;
const STATUS_LABEL = { active: "active", expired: "expired", revoked: "revoked", creator_removed: "creator removed" } as const;
const day = (d: Date | null) => (d ? d.toLocaleDateString() : null);

export function ApiKeyList({ keys, canManage }: { keys: ApiKeyView[]; canManage: boolean }) {
  const { run, pending, error } = useServerAction();
  if (keys.length === 0) return <Typography color="text.secondary">No API keys yet.</Typography>;
  return (
    <>
      {error ? <Alert severity="error" sx={{ mb: 1.5 }}>{error}</Alert> : null}
      <List disablePadding aria-label="API keys">
        {keys.map((k) => (
          <ListItem key={k.id} divider sx={{ px: 0, display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "flex-start" }} data-testid="api-key-row">
            <Box sx={{ flex: "1 1 260px", minWidth: 0 }}>
              <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
                <Typography sx={{ fontWeight: 600 }}>{k.name}</Typography>
                <Chip size="small" label={STATUS_LABEL[k.status]} color={STATUS_COLOR[k.status]} variant="outlined" />
              </Box>
              <Typography variant="body2" sx={{ fontFamily: "monospace" }}>
                {k.prefix}…
              </Typography>
              <Typography variant="body2" color="text.secondary">
                Created {day(k.createdAt)}
                {k.createdBy ? ` by ${k.createdBy}` : ""} · {k.lastUsedAt ? `last used ${k.lastUsedAt.toLocaleString()}` : "never used"} · {k.expiresAt ? `expires ${day(k.expiresAt)}` : "no expiry"}
              </Typography>
              <Box sx={{ display: "flex", gap: 0.5, flexWrap: "wrap", mt: 0.75 }}>
                {k.scopes.map((s) => (
                  <Chip key={s} size="small" label={s} sx={{ fontFamily: "monospace" }} />
                ))}
              </Box>
            </Box>
            {canManage && (k.status === "active" || k.status === "creator_removed") ? (
              <Button size="small" color="error" disabled={pending} onClick={() => run(() => revokeApiKeyAction({ apiKeyId: k.id }))}>
                Revoke
              </Button>
            ) : null}
          </ListItem>
        ))}
      </List>
    </>
  );
}
