"use client";

import { useState, type ReactNode } from "react";
import MenuIcon from "@mui/icons-material/Menu";
import WorkspacesOutlined from "@mui/icons-material/WorkspacesOutlined";
import AppBar from "@mui/material/AppBar";
import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import Drawer from "@mui/material/Drawer";
import IconButton from "@mui/material/IconButton";
import Toolbar from "@mui/material/Toolbar";
import { LogoMark } from "@/components/ui/logo";
import { LogoLink } from "@/components/ui/logo-link";
import { NavList } from "./nav-list";
import { SkipLink, MAIN_CONTENT_ID } from "./skip-link";
import { ThemeToggle } from "./theme-toggle";

export const DRAWER_WIDTH = 248;
const MOBILE_DRAWER_ID = "mobile-navigation";

interface DashboardShellProps {
  /** The current workspace in the top bar: its name, or a switcher. */
  workspace: ReactNode;
  /** Shown above every page, e.g. the verify-email banner. */
  banner?: ReactNode;
  /** The account menu on the right of the top bar. */
  userMenu: ReactNode;
  children: ReactNode;
}

function DrawerContents({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Box component="nav" aria-label="Main" sx={{ display: "flex", flexDirection: "column", height: "100%" }}>
      <Toolbar sx={{ px: 2.5 }}>
        <LogoLink size={28} onClick={onNavigate} />
      </Toolbar>
      <Divider />
      <Box sx={{ flexGrow: 1, overflowY: "auto", py: 1 }}>
        <NavList onNavigate={onNavigate} />
      </Box>
    </Box>
  );
}

/**
 * The dashboard frame: navigation drawer (permanent from md up, a modal drawer
 * behind the menu button below), a top bar, and the page in <main>.
 */
export function DashboardShell({ workspace, banner, userMenu, children }: DashboardShellProps) {
  const [mobileOpen, setMobileOpen] = useState(false);
  const closeMobile = () => setMobileOpen(false);

  return (
    <Box sx={{ display: "flex", minHeight: "100dvh", bgcolor: "background.default" }}>
      <SkipLink />
      <AppBar
        position="fixed"
        sx={{
          width: { md: `calc(100% - ${DRAWER_WIDTH}px)` },
          ml: { md: `${DRAWER_WIDTH}px` },
          bgcolor: "background.paper",
          borderBottom: 1,
          borderColor: "divider",
        }}
      >
        <Toolbar sx={{ gap: 1 }}>
          <IconButton
            color="inherit"
            edge="start"
            aria-label="Open navigation"
            aria-controls={MOBILE_DRAWER_ID}
            aria-expanded={mobileOpen}
            onClick={() => setMobileOpen(true)}
            sx={{ display: { md: "none" } }}
          >
            <MenuIcon />
          </IconButton>
          <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 0, flexGrow: 1 }}>
            <Box sx={{ display: { xs: "flex", md: "none" } }}>
              <LogoMark size={24} />
            </Box>
            <WorkspacesOutlined fontSize="small" sx={{ color: "text.secondary", display: { xs: "none", md: "block" } }} aria-hidden="true" />
            <Box data-testid="workspace-name" sx={{ minWidth: 0 }}>
              {workspace}
            </Box>
          </Box>
          <ThemeToggle />
          {userMenu}
        </Toolbar>
      </AppBar>

      <Box sx={{ width: { md: DRAWER_WIDTH }, flexShrink: { md: 0 } }}>
        <Drawer
          id={MOBILE_DRAWER_ID}
          variant="temporary"
          open={mobileOpen}
          onClose={closeMobile}
          sx={{
            display: { xs: "block", md: "none" },
            "& .MuiDrawer-paper": { width: DRAWER_WIDTH, boxSizing: "border-box", bgcolor: "background.paper", backgroundImage: "none" },
          }}
          slotProps={{ root: { keepMounted: true } }}
        >
          <DrawerContents onNavigate={closeMobile} />
        </Drawer>
        <Drawer
          variant="permanent"
          open
          sx={{
            display: { xs: "none", md: "block" },
            "& .MuiDrawer-paper": { width: DRAWER_WIDTH, boxSizing: "border-box", bgcolor: "background.paper" },
          }}
        >
          <DrawerContents />
        </Drawer>
      </Box>

      <Box
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        sx={{ flexGrow: 1, minWidth: 0, width: { md: `calc(100% - ${DRAWER_WIDTH}px)` }, outline: "none" }}
      >
        <Toolbar />
        <Box sx={{ px: { xs: 2, sm: 3, lg: 5 }, py: { xs: 3, md: 4 }, maxWidth: 1200, mx: "auto" }}>
          {banner}
          {children}
        </Box>
      </Box>
    </Box>
  );
}
