"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { createSsoConnectionAction, deleteSsoConnectionAction, testSsoIssuerAction, updateSsoConnectionAction } from "@/app/(dashboard)/settings/sso/actions";
import { ErrorAlert } from "@/components/auth/error-alert";
import { fieldError, useAction } from "@/components/auth/use-action";
import type { SsoConnectionView } from "@/lib/sso/sso-connection-view";
import { CallbackUrlField } from "./callback-url-field";

interface SsoConnectionFormProps {
  workspaceId: string;
  /** The saved connection being edited; absent when setting up a new one. */
  connection?: SsoConnectionView;
  /** The id a new connection will get (its callback URL is shown before saving). */
  draftId?: string;
  ownDomain: string;
  callbackUrl: string;
}

/** Issuer, client id and secret, domain and the enforce toggle for one connection; test, save and delete. */
export function SsoConnectionForm({ workspaceId, connection, draftId, ownDomain, callbackUrl }: SsoConnectionFormProps) {
  const router = useRouter();
  const save = useAction(connection ? updateSsoConnectionAction : createSsoConnectionAction);
  const test = useAction(testSsoIssuerAction);
  const remove = useAction(deleteSsoConnectionAction);
  const [issuer, setIssuer] = useState(connection?.issuer ?? "");
  const [enforced, setEnforced] = useState(connection?.enforced ?? false);
  const [tested, setTested] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(false);
    const fields = {
      workspaceId,
      domain: String(form.get("domain") ?? ""),
      issuer,
      clientId: String(form.get("clientId") ?? ""),
      clientSecret: String(form.get("clientSecret") ?? ""),
      enforced,
    };
    save.run(connection ? { ...fields, connectionId: connection.id } : { ...fields, id: draftId }, () => {
      setSaved(true);
      router.refresh();
    });
  }

  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label={connection ? `SSO for ${connection.domain}` : "New SSO connection"}>
      <ErrorAlert error={save.error} />
      {saved ? (
        <Alert severity="success" role="status">
          SSO settings saved.
        </Alert>
      ) : null}
      <CallbackUrlField url={callbackUrl} />
      <TextField
        name="domain"
        label="Email domain"
        defaultValue={connection?.domain ?? ownDomain}
        helperText={fieldError(save.error, "domain") ?? "Must be your own verified email domain. Free email providers are not allowed."}
        error={Boolean(fieldError(save.error, "domain"))}
        required
        fullWidth
        slotProps={{ htmlInput: { autoCapitalize: "none", spellCheck: false } }}
      />
      <Box sx={{ display: "flex", gap: 1, flexDirection: { xs: "column", sm: "row" }, alignItems: { xs: "stretch", sm: "flex-start" } }}>
        <TextField
          name="issuer"
          label="Issuer URL"
          value={issuer}
          onChange={(e) => {
            setIssuer(e.target.value);
            setTested(null);
          }}
          placeholder="https://login.example.com"
          helperText={fieldError(save.error, "issuer") ?? fieldError(test.error, "issuer") ?? "We read <issuer>/.well-known/openid-configuration."}
          error={Boolean(fieldError(save.error, "issuer") ?? test.error)}
          required
          fullWidth
          slotProps={{ htmlInput: { autoCapitalize: "none", spellCheck: false, inputMode: "url" } }}
        />
        <Button variant="outlined" disabled={test.pending || !issuer.trim()} onClick={() => test.run({ workspaceId, issuer }, (d) => setTested(d.issuer))} sx={{ flexShrink: 0, minHeight: 56 }}>
          {test.pending ? "Testing…" : "Test connection"}
        </Button>
      </Box>
      {test.error ? (
        <Alert severity="error" role="alert">
          {test.error.message}
        </Alert>
      ) : null}
      {tested ? (
        <Alert severity="success" role="status">
          Connected: {tested} answers as an OpenID Connect provider.
        </Alert>
      ) : null}
      <TextField
        name="clientId"
        label="Client ID"
        defaultValue={connection?.clientId ?? ""}
        helperText={fieldError(save.error, "clientId")}
        error={Boolean(fieldError(save.error, "clientId"))}
        required
        fullWidth
        slotProps={{ htmlInput: { autoCapitalize: "none", spellCheck: false } }}
      />
      <TextField
        name="clientSecret"
        label="Client secret"
        type="password"
        autoComplete="off"
        placeholder={connection ? connection.clientSecretHint : undefined}
        helperText={fieldError(save.error, "clientSecret") ?? (connection ? `Stored encrypted (${connection.clientSecretHint}). Leave empty to keep it.` : "Stored encrypted; never shown again.")}
        error={Boolean(fieldError(save.error, "clientSecret"))}
        required={!connection}
        fullWidth
      />
      <Box>
        <FormControlLabel control={<Switch checked={enforced} onChange={(e) => setEnforced(e.target.checked)} />} label="Require SSO for this domain" />
        <Typography variant="body2" color="text.secondary">
          When on, password, Google and Microsoft sign-in are refused for every address at this domain, including yours: make sure SSO works first.
        </Typography>
      </Box>
      <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap", justifyContent: "space-between" }}>
        <Button type="submit" variant="contained" disabled={save.pending} sx={{ flex: { xs: "1 1 100%", sm: "0 0 auto" } }}>
          {save.pending ? "Checking and saving…" : connection ? "Save changes" : "Save SSO connection"}
        </Button>
        {connection ? (
          <Button color="error" variant="outlined" onClick={() => setConfirmDelete(true)} sx={{ flex: { xs: "1 1 100%", sm: "0 0 auto" } }}>
            Delete connection
          </Button>
        ) : null}
      </Box>
      {connection ? (
        <Dialog open={confirmDelete} onClose={() => setConfirmDelete(false)} aria-labelledby={`delete-sso-${connection.id}`}>
          <DialogTitle id={`delete-sso-${connection.id}`}>Delete SSO for {connection.domain}?</DialogTitle>
          <DialogContent>
            <ErrorAlert error={remove.error} />
            <DialogContentText>Users at {connection.domain} will sign in with a password, Google or Microsoft again. Their accounts and memberships stay.</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setConfirmDelete(false)}>Cancel</Button>
            <Button color="error" variant="contained" disabled={remove.pending} onClick={() => remove.run({ workspaceId, connectionId: connection.id }, () => router.refresh())}>
              Delete
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </Stack>
  );
}
