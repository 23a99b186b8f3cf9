"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import List from "@mui/material/List";
import ListItemButton from "@mui/material/ListItemButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import ListSubheader from "@mui/material/ListSubheader";
import { NAV_SECTIONS, isActive } from "./nav-items";

/** The dashboard's links, grouped; the current area is marked with aria-current. */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname() ?? "";
  return (
    <>
      {NAV_SECTIONS.map((section) => (
        <List
          key={section.title}
          dense
          aria-labelledby={`nav-section-${section.title}`}
          subheader={
            <ListSubheader
              id={`nav-section-${section.title}`}
              disableSticky
              sx={{ bgcolor: "transparent", lineHeight: "32px", fontSize: "0.72rem", fontWeight: 600, letterSpacing: "0.08em", textTransform: "uppercase" }}
            >
              {section.title}
            </ListSubheader>
          }
          sx={{ px: 1.5, py: 0.5 }}
        >
          {section.items.map(({ label, href, icon: Icon }) => {
            const active = isActive(pathname, href);
            return (
              <ListItemButton
                key={href}
                component={Link}
                href={href}
                selected={active}
                aria-current={active ? "page" : undefined}
                onClick={onNavigate}
                sx={{ mb: 0.25, py: 0.75 }}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <Icon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={label} slotProps={{ primary: { sx: { fontWeight: active ? 600 : 500, fontSize: "0.92rem" } } }} />
              </ListItemButton>
            );
          })}
        </List>
      ))}
    </>
  );
}
