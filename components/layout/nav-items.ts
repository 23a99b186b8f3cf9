import type SvgIcon from "@mui/material/SvgIcon";
import AccountTreeOutlined from "@mui/icons-material/AccountTreeOutlined";
import AutoAwesomeOutlined from "@mui/icons-material/AutoAwesomeOutlined";
import CreditCardOutlined from "@mui/icons-material/CreditCardOutlined";
import InboxOutlined from "@mui/icons-material/InboxOutlined";
import InsightsOutlined from "@mui/icons-material/InsightsOutlined";
import MenuBookOutlined from "@mui/icons-material/MenuBookOutlined";
import PeopleAltOutlined from "@mui/icons-material/PeopleAltOutlined";
import SettingsOutlined from "@mui/icons-material/SettingsOutlined";

export interface NavItem {
  label: string;
  href: string;
  icon: typeof SvgIcon;
}

export interface NavSection {
  title: string;
  items: NavItem[];
}

export const NAV_SECTIONS: NavSection[] = [
  {
    title: "Work",
    items: [
      { label: "Inbox", href: "/inbox", icon: InboxOutlined },
      { label: "CRM", href: "/crm", icon: PeopleAltOutlined },
      { label: "Automations", href: "/automations", icon: AutoAwesomeOutlined },
      { label: "Knowledge", href: "/knowledge", icon: MenuBookOutlined },
    ],
  },
  {
    title: "Insight",
    items: [
      { label: "Analytics", href: "/analytics", icon: InsightsOutlined },
      { label: "Jobs", href: "/jobs", icon: AccountTreeOutlined },
    ],
  },
  {
    title: "Workspace",
    items: [
      { label: "Billing", href: "/billing", icon: CreditCardOutlined },
      { label: "Settings", href: "/settings", icon: SettingsOutlined },
    ],
  },
];

/** True when the pathname is the item's page or one below it (/crm/leads/1 keeps CRM lit). */
export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
