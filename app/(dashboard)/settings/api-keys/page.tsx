import type { Metadata } from "next";
import Alert from "@mui/material/Alert";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { ApiKeyList } from "@/components/api-keys/api-key-list";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { PERMISSIONS, roleCan } from "@/lib/auth/permissions";
import { requireWorkspacePage } from "@/lib/auth/require-user";
import { BILLING_PATH } from "@/lib/billing/check-plan-capacity";
import { getBillingAccount } from "@/lib/billing/get-billing-account";
import { PLANS } from "@/lib/billing/plans";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const { workspace, membership } = await requireWorkspacePage("apikeys.read");
  const role = membership!.role;
  const canManage = roleCan(role, "apikeys.manage");
  const [keys, billing] = await Promise.all([listApiKeys(workspace.id), getBillingAccount(workspace.id)]);
  const plan = PLANS[billing.plan];
  return (
    <>
      <PageHeader title="API keys" description="Keys let scripts and integrations call the Fikiri API as this workspace." />
      <Stack spacing={3}>
        {plan.apiAccess ? null : (
          <Alert severity="warning" data-testid="api-plan-notice">
            The {plan.name} plan does not include API access: requests with these keys are refused until you upgrade on the{" "}
            <a href={BILLING_PATH}>Billing page</a>.
          </Alert>
        )}
        {canManage ? (
          <SectionCard id="create" title="Create a key" description="Choose only the scopes the integration needs. You can grant only what your role allows.">
            <CreateApiKeyForm scopes={PERMISSIONS.filter((p) => roleCan(role, p))} />
          </SectionCard>
        ) : null}
        <SectionCard id="keys" title="Keys">
          <ApiKeyList keys={keys} canManage={canManage} />
        </SectionCard>
        <SectionCard id="usage" title="Using a key">
          <Typography variant="body2" component="pre" sx={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "monospace", m: 0 }}>
            curl -H &quot;Authorization: Bearer fk_live_…&quot; {"<app url>"}/api/v1/members
          </Typography>
        </SectionCard>
      </Stack>
    </>
  );
}
