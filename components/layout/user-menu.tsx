"use client";

import { useId, useState, type MouseEvent } from "react";
import Link from "next/link";
import PersonOutlined from "@mui/icons-material/PersonOutlined";
import SettingsOutlined from "@mui/icons-material/SettingsOutlined";
import LogoutOutlined from "@mui/icons-material/LogoutOutlined";
import Avatar from "@mui/material/Avatar";
import Box from "@mui/material/Box";
import Divider from "@mui/material/Divider";
import IconButton from "@mui/material/IconButton";
import ListItemIcon from "@mui/material/ListItemIcon";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";

/** The signed-in user's menu: who you are, settings, sign out (a form post that revokes the session). */
export function UserMenu({ name, email }: { name: string | null; email: string }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const open = Boolean(anchor);
  const close = () => setAnchor(null);

  return (
    <>
      <Tooltip title="Account">
        <IconButton
          aria-label="Account menu"
          aria-haspopup="menu"
          aria-controls={open ? menuId : undefined}
          aria-expanded={open ? "true" : undefined}
          onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
          sx={{ p: 0.5 }}
        >
          <Avatar sx={{ width: 32, height: 32, bgcolor: "action.selected", color: "text.primary" }}>
            {initialOf(name ?? email) ?? <PersonOutlined fontSize="small" />}
          </Avatar>
        </IconButton>
      </Tooltip>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={open}
        onClose={close}
        anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
        transformOrigin={{ vertical: "top", horizontal: "right" }}
        slotProps={{ paper: { sx: { minWidth: 220, mt: 1 } } }}
      >
        <Box component="li" role="none" sx={{ px: 2, py: 1 }}>
          {name ? (
            <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
              {name}
            </Typography>
          ) : null}
          <Typography variant="body2" color="text.secondary" noWrap data-testid="signed-in-email">
            {email}
          </Typography>
        </Box>
        <Divider component="li" role="separator" />
        <MenuItem component={Link} href="/settings" onClick={close}>
          <ListItemIcon>
            <SettingsOutlined fontSize="small" />
          </ListItemIcon>
          Settings
        </MenuItem>
        <Box component="li" role="none">
          <form method="post" action="/api/account/sign-out">
            <MenuItem component="button" type="submit" sx={{ width: "100%" }}>
              <ListItemIcon>
                <LogoutOutlined fontSize="small" />
              </ListItemIcon>
              Sign out
            </MenuItem>
          </form>
        </Box>
      </Menu>
    </>
  );
}

function initialOf(text: string): string | undefined {
  return text.trim()[0]?.toUpperCase();
}
