import type { Metadata } from "next";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { AuthCard } from "@/components/auth/auth-card";
import { LinkButton } from "@/components/ui/link-button";
import { AcceptInvitationButton } from "@/components/workspaces/accept-invitation-button";
import { getCurrentSession } from "@/lib/auth/require-user";
import { isMfaPending } from "@/lib/auth/user-session";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

const ROLE_NAME = { OWNER: "an owner", ADMIN: "an admin", MEMBER: "a member", VIEWER: "a viewer" } as const;
const GONE = {
  expired: "This invitation has expired. Ask whoever invited you to send a new one.",
  revoked: "This invitation was withdrawn. Ask whoever invited you for a new one.",
  accepted: "This invitation has already been used.",
};

/** Hides most of an address: j•••@example.com. */
function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}•••@${domain}`;
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitationByToken(token);
  if (!invitation) {
    return (
      <AuthCard title="Invitation not found" description="This link is not valid. Check that you opened the whole link from the email, or ask for a new invitation.">
        <LinkButton href="/" variant="outlined" fullWidth>
          Go to Fikiri
        </LinkButton>
      </AuthCard>
    );
  }
  if (invitation.state !== "pending") {
    return (
      <AuthCard title={`Invitation to ${invitation.workspace.name}`} description={GONE[invitation.state]}>
        <LinkButton href="/" variant="outlined" fullWidth>
          Go to Fikiri
        </LinkButton>
      </AuthCard>
    );
  }

  const here = `/invite/${token}`;
  const session = await getCurrentSession();
  const title = `Join ${invitation.workspace.name}`;
  const description = `You have been invited to join ${invitation.workspace.name} on Fikiri as ${ROLE_NAME[invitation.role]}.`;

  if (!session || isMfaPending(session)) {
    return (
      <AuthCard title={title} description={description}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Sign in, or create an account, with the address this invitation was sent to ({maskEmail(invitation.email)}). You will come back here to accept.
        </Typography>
        <Stack spacing={1.5}>
          <LinkButton href={`/signin?callbackUrl=${encodeURIComponent(here)}`} variant="contained" fullWidth>
            Sign in
          </LinkButton>
          <LinkButton href={`/signup?next=${encodeURIComponent(here)}`} variant="outlined" fullWidth>
            Create an account
          </LinkButton>
        </Stack>
      </AuthCard>
    );
  }

  if (session.user.email.toLowerCase() !== invitation.email.toLowerCase()) {
    return (
      <AuthCard title={title} description={description}>
        <Typography sx={{ mb: 2 }}>
          You are signed in as <strong>{session.user.email}</strong>, but this invitation was sent to {maskEmail(invitation.email)}. Sign out and sign in with that address to accept it.
        </Typography>
        <form method="post" action="/api/account/sign-out">
          <Button type="submit" variant="outlined" fullWidth>
            Sign out
          </Button>
        </form>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={title} description={description}>
      <AcceptInvitationButton token={token} workspaceName={invitation.workspace.name} />
    </AuthCard>
  );
}
