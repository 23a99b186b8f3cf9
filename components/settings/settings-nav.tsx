"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import Tab from "@mui/material/Tab";
import Tabs from "@mui/material/Tabs";

export interface SettingsTab {
  label: string;
  href: string;
}

/** The settings sections as tabs; scrolls sideways on narrow screens. */
export function SettingsNav({ tabs }: { tabs: SettingsTab[] }) {
  const pathname = usePathname();
  const active = tabs
    .filter((t) => pathname === t.href || pathname.startsWith(`${t.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <Tabs
      component="nav"
      aria-label="Settings sections"
      value={active?.href ?? false}
      variant="scrollable"
      scrollButtons="auto"
      allowScrollButtonsMobile
      sx={{ mb: 3, borderBottom: 1, borderColor: "divider", minHeight: 44 }}
    >
      {tabs.map((t) => (
        <Tab key={t.href} value={t.href} label={t.label} component={Link} href={t.href} aria-current={active?.href === t.href ? "page" : undefined} sx={{ minHeight: 44, textTransform: "none" }} />
      ))}
    </Tabs>
  );
}
