"use client";

import ImageOutlined from "@mui/icons-material/ImageOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Box from "@mui/material/Box";
import { useCallback, useRef, useState } from "react";

const MIN_HEIGHT = 120;
const MAX_HEIGHT = 4000;

/**
 * The document shown in the frame. Its own CSP forbids every fetch except
 * data: images (plus http(s) images once the reader allows them) and inline
 * styles; with no allow-scripts in the sandbox nothing in it can run.
 */
function frameDocument(html: string, allowRemote: boolean): string {
  const imgSrc = allowRemote ? "data: https: http:" : "data:";
  return `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${imgSrc}; style-src 'unsafe-inline'; font-src data:">
<base target="_blank">
<style>
  html, body { margin: 0; padding: 0; background: #fff; color: #1f2328; }
  body { padding: 12px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
  img { max-width: 100%; height: auto; }
  img[data-remote-src], img[data-cid] { display: inline-block; min-width: 24px; min-height: 16px; background: #eef0f3; border: 1px dashed #b6bcc6; }
  table { max-width: 100%; }
  pre { white-space: pre-wrap; }
</style></head><body>${html}</body></html>`;
}

/**
 * Sanitised email HTML in a sandboxed iframe (srcdoc). Remote images stay
 * blocked until the reader presses "Load remote images", because loading
 * them tells the sender the email was opened.
 */
export function EmailHtmlFrame({ html, htmlWithRemote, title }: { html: string; htmlWithRemote: string | null; title: string }) {
  const [allowRemote, setAllowRemote] = useState(false);
  const [height, setHeight] = useState(MIN_HEIGHT);
  const frame = useRef<HTMLIFrameElement>(null);
  const fit = useCallback(() => {
    // allow-same-origin (without allow-scripts) lets us measure the content; it still runs no code.
    const doc = frame.current?.contentDocument;
    if (doc?.documentElement) setHeight(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, doc.documentElement.scrollHeight + 4)));
  }, []);
  const shown = allowRemote && htmlWithRemote ? htmlWithRemote : html;
  return (
    <Box>
      {htmlWithRemote && !allowRemote && (
        <Alert
          severity="info"
          icon={<ImageOutlined />}
          sx={{ mb: 1 }}
          action={
            <Button color="inherit" size="small" onClick={() => setAllowRemote(true)}>
              Load remote images
            </Button>
          }
        >
          Remote images are blocked to protect your privacy.
        </Alert>
      )}
      <Box
        component="iframe"
        ref={frame}
        title={title}
        sandbox="allow-same-origin allow-popups allow-popups-to-escape-sandbox"
        referrerPolicy="no-referrer"
        srcDoc={frameDocument(shown, allowRemote)}
        onLoad={fit}
        data-testid="email-html-frame"
        sx={{ width: "100%", height, border: 1, borderColor: "divider", borderRadius: 1, bgcolor: "#fff", display: "block" }}
      />
    </Box>
  );
}
