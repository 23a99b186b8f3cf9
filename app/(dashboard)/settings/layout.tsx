import type { ReactNode } from "react";
import { SettingsNav, type SettingsTab } from "@/components/settings/settings-nav";
import { usesDevOutbox } from "@/lib/email/send-email";

const TABS: SettingsTab[] = [
  { label: "Overview", href: "/settings" },
  { label: "Profile", href: "/settings/profile" },
  { label: "Security", href: "/settings/security" },
  { label: "Sessions", href: "/settings/sessions" },
  { label: "Mailboxes", href: "/settings/mailboxes" },
  { label: "Members", href: "/settings/members" },
  { label: "SSO", href: "/settings/sso" },
  { label: "API keys", href: "/settings/api-keys" },
  { label: "AI", href: "/settings/ai" },
  { label: "Audit log", href: "/settings/audit-log" },
];

/** Settings pages share one row of section tabs; the Outbox tab appears only while emails go to the dev outbox. */
export default function SettingsLayout({ children }: { children: ReactNode }) {
  const tabs = usesDevOutbox() ? [...TABS, { label: "Outbox", href: "/settings/outbox" }] : TABS;
  return (
    <>
      <SettingsNav tabs={tabs} />
      {children}
    </>
  );
}
