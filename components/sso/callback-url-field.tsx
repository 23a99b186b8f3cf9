"use client";

import { useState } from "react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";

/** The redirect URI to register at the identity provider, with a copy button. */
export function CallbackUrlField({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Box sx={{ p: 1.5, borderRadius: 1, bgcolor: "action.hover" }}>
      <Typography variant="body2" color="text.secondary" id="sso-callback-label">
        Callback (redirect) URL to register at your identity provider
      </Typography>
      <Box sx={{ display: "flex", gap: 1, alignItems: "center", flexWrap: "wrap" }}>
        <Typography component="code" data-testid="sso-callback-url" aria-labelledby="sso-callback-label" sx={{ fontFamily: "monospace", overflowWrap: "anywhere", flex: "1 1 200px", minWidth: 0 }}>
          {url}
        </Typography>
        <Button
          size="small"
          onClick={async () => {
            await navigator.clipboard?.writeText(url).catch(() => undefined);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </Box>
    </Box>
  );
}
