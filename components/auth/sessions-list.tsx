"use client";

import { useRouter } from "next/navigation";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import List from "@mui/material/List";
import ListItem from "@mui/material/ListItem";
import Typography from "@mui/material/Typography";
import type { SessionListItem } from "@/lib/auth/list-sessions";
import { revokeAllSessionsAction, revokeSessionAction } from "@/lib/auth/actions/session-actions";
import { ErrorAlert } from "./error-alert";
import { useAction } from "./use-action";

function describeAgent(ua: string | null): string {
  if (!ua) return "Unknown device";
  const browser = /Edg\//.test(ua) ? "Edge" : /Chrome\//.test(ua) ? "Chrome" : /Firefox\//.test(ua) ? "Firefox" : /Safari\//.test(ua) ? "Safari" : "Browser";
  const os = /iPhone|iPad/.test(ua) ? "iOS" : /Android/.test(ua) ? "Android" : /Mac OS X/.test(ua) ? "macOS" : /Windows/.test(ua) ? "Windows" : /Linux/.test(ua) ? "Linux" : "";
  return os ? `${browser} on ${os}` : browser;
}

const when = (iso: string) => new Date(iso).toLocaleString();

export function SessionsList({ sessions }: { sessions: SessionListItem[] }) {
  const router = useRouter();
  const revoke = useAction(revokeSessionAction);
  const revokeAll = useAction(revokeAllSessionsAction);
  return (
    <Box>
      <ErrorAlert error={revoke.error ?? revokeAll.error} />
      <List disablePadding aria-label="Signed-in devices">
        {sessions.map((s) => (
          <ListItem key={s.id} divider sx={{ display: "flex", flexDirection: { xs: "column", sm: "row" }, alignItems: { xs: "flex-start", sm: "center" }, gap: 1, px: 0 }}>
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600, display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
                {describeAgent(s.userAgent)}
                {s.current ? <Chip size="small" color="primary" label="This device" /> : null}
              </Typography>
              <Typography variant="body2" color="text.secondary" sx={{ wordBreak: "break-word" }}>
                {s.ip ?? "Unknown address"} · signed in {when(s.createdAt)} with {s.method} · last seen {when(s.lastSeenAt)}
              </Typography>
            </Box>
            <Button
              variant="outlined"
              size="small"
              color={s.current ? "inherit" : "error"}
              disabled={revoke.pending}
              aria-label={s.current ? "Sign out this device" : `Sign out ${describeAgent(s.userAgent)} (${s.ip ?? "unknown address"})`}
              onClick={() => revoke.run({ sessionId: s.id }, (d) => (d.signedOut ? router.push("/signin") : router.refresh()))}
            >
              {s.current ? "Sign out" : "Revoke"}
            </Button>
          </ListItem>
        ))}
      </List>
      <Button sx={{ mt: 2 }} variant="contained" color="error" disabled={revokeAll.pending} onClick={() => revokeAll.run({}, () => router.push("/signin"))}>
        Sign out everywhere
      </Button>
    </Box>
  );
}
