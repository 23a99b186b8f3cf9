"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";

const TABS = [
  { href: "/crm/contacts", label: "Contacts" },
  { href: "/crm/companies", label: "Companies" },
  { href: "/crm/deals", label: "Deals" },
  { href: "/crm/pipeline", label: "Pipeline" },
  { href: "/crm/duplicates", label: "Duplicates" },
  { href: "/crm/import", label: "Import & export" },
  { href: "/crm/settings", label: "Settings" },
];

/** The CRM's sections as link tabs (the current one follows the URL). */
export function CrmTabs() {
  const pathname = usePathname();
  const current = pathname === "/crm" ? "/crm/contacts" : (TABS.find((t) => pathname === t.href || pathname.startsWith(`${t.href}/`))?.href ?? false);
  return (
    <Tabs value={current} variant="scrollable" scrollButtons="auto" aria-label="CRM sections" sx={{ mb: 3, borderBottom: 1, borderColor: "divider" }}>
      {TABS.map((t) => (
        <Tab key={t.href} value={t.href} label={t.label} component={Link} href={t.href} />
      ))}
    </Tabs>
  );
}
