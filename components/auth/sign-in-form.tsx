"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import MuiLink from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { lookUpSso, postProviderSignIn } from "@/components/sso/start-sso-sign-in";
import { SSO_SIGN_IN_ERRORS } from "@/lib/sso/sso-sign-in-errors";

interface SignInFormProps {
  providers: { id: string; name: string }[];
  next?: string;
  /** An error Auth.js sent back (e.g. OAuthAccountNotLinked). */
  providerError?: string;
}

const PROVIDER_ERRORS: Record<string, string> = {
  OAuthAccountNotLinked: "That email already has an account. Sign in with your password, then connect the provider from Settings.",
  AccessDenied: "Sign-in was refused. Your Google account needs a verified email address.",
  ...SSO_SIGN_IN_ERRORS,
};

/** Email + password against /api/account/sign-in (which answers 429 with Retry-After when throttled), and provider buttons. */
export function SignInForm({ providers, next, providerError }: SignInFormProps) {
  const [error, setError] = useState<string | null>(providerError ? (PROVIDER_ERRORS[providerError] ?? "Sign-in did not complete. Try again.") : null);
  const [pending, setPending] = useState(false);
  const [redirectingToSso, setRedirectingToSso] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    // An address whose domain has SSO goes to its identity provider instead of the password check.
    const sso = await lookUpSso(String(form.get("email") ?? "").trim());
    if (sso) {
      setRedirectingToSso(sso.domain);
      await postProviderSignIn(sso.provider, next ?? "/inbox", String(form.get("email")).trim());
      return;
    }
    try {
      const res = await fetch("/api/account/sign-in", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ email: form.get("email"), password: form.get("password"), next }),
      });
      const body = (await res.json()) as { next?: string; error?: { message: string } };
      if (res.ok && body.next) {
        window.location.assign(body.next);
        return;
      }
      setError(body.error?.message ?? "Sign-in failed. Try again.");
    } catch {
      setError("Could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <Stack spacing={2.5}>
      {error ? (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      ) : null}
      <Stack component="form" spacing={2} onSubmit={submit} noValidate aria-label="Sign in with email">
        <TextField name="email" type="email" label="Email" autoComplete="email" required fullWidth autoFocus />
        <TextField name="password" type="password" label="Password" autoComplete="current-password" required fullWidth helperText="Not needed if your organisation uses single sign-on." />
        <Button type="submit" variant="contained" size="large" disabled={pending}>
          {redirectingToSso ? `Continuing with ${redirectingToSso} SSO…` : pending ? "Signing in…" : "Sign in"}
        </Button>
      </Stack>
      <MuiLink component={Link} href="/forgot-password" variant="body2" sx={{ alignSelf: "flex-start" }}>
        Forgot your password?
      </MuiLink>
      {providers.length ? (
        <>
          <Divider>or</Divider>
          {providers.map((p) => (
            // Auth.js's sign-in endpoint needs its CSRF token (see postProviderSignIn).
            <ProviderButton key={p.id} provider={p} next={next} />
          ))}
        </>
      ) : null}
    </Stack>
  );
}

function ProviderButton({ provider, next }: { provider: { id: string; name: string }; next?: string }) {
  const [pending, setPending] = useState(false);
  async function go() {
    setPending(true);
    await postProviderSignIn(provider.id, next ?? "/inbox");
  }
  return (
    <Button variant="outlined" size="large" onClick={go} disabled={pending}>
      Continue with {provider.name}
    </Button>
  );
}
