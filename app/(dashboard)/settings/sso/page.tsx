import type { Metadata } from "next";
import Stack from "@mui/material/Stack";
import { SsoConnectionForm } from "@/components/sso/sso-connection-form";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { emailDomain } from "@/lib/sso/email-domain";
import { listSsoConnections } from "@/lib/sso/list-sso-connections";
import { newSsoConnectionId } from "@/lib/sso/new-sso-connection-id";
import { ssoCallbackUrl } from "@/lib/sso/sso-connection-view";

export const metadata: Metadata = { title: "Single sign-on" };

export default async function SsoSettingsPage() {
  const { workspace, user } = await requireWorkspacePage("sso.manage");
  const connections = await listSsoConnections(workspace.id);
  const draftId = newSsoConnectionId();
  const ownDomain = emailDomain(user?.email) ?? "";
  return (
    <>
      <PageHeader
        title="Single sign-on"
        description="Send everyone with an address at your organisation's domain to your own OpenID Connect identity provider (Okta, Entra ID, Google Workspace, Keycloak…), and optionally require it."
      />
      <Stack spacing={3}>
        {connections.map((c) => (
          <SectionCard key={c.id} id={`sso-${c.id}`} title={`SSO for ${c.domain}`} description="Users at this domain sign in through this provider. New ones join this workspace as members.">
            <SsoConnectionForm workspaceId={workspace.id} connection={c} ownDomain={ownDomain} callbackUrl={c.callbackUrl} />
          </SectionCard>
        ))}
        {connections.some((c) => c.domain === ownDomain) ? null : (
          <SectionCard id="new-sso" title="Set up SSO" description={`You can set up SSO for your own email domain${ownDomain ? ` (${ownDomain})` : ""}. Register the callback URL below at your identity provider first.`}>
            <SsoConnectionForm workspaceId={workspace.id} draftId={draftId} ownDomain={ownDomain} callbackUrl={ssoCallbackUrl(draftId)} />
          </SectionCard>
        )}
      </Stack>
    </>
  );
}
