"use client";

import { useState } from "react";
import AddOutlined from "@mui/icons-material/AddOutlined";
import CheckOutlined from "@mui/icons-material/CheckOutlined";
import UnfoldMoreOutlined from "@mui/icons-material/UnfoldMoreOutlined";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import Divider from "@mui/material/Divider";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import { createWorkspaceAction, switchWorkspaceAction } from "@/app/(dashboard)/workspace-actions";
import { useServerAction } from "./use-server-action";

export interface SwitcherWorkspace {
  id: string;
  name: string;
  role: string;
}

/** The top-bar control: current workspace name; opens a menu to switch or create one. */
export function WorkspaceSwitcherMenu({ current, workspaces }: { current: SwitcherWorkspace; workspaces: SwitcherWorkspace[] }) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState("");
  const { run, pending, error, setError } = useServerAction();
  const close = () => setAnchor(null);

  return (
    <>
      <Button
        color="inherit"
        onClick={(e) => setAnchor(e.currentTarget)}
        endIcon={<UnfoldMoreOutlined fontSize="small" />}
        aria-haspopup="menu"
        aria-expanded={anchor ? true : undefined}
        aria-controls={anchor ? "workspace-switcher-menu" : undefined}
        aria-label={`Workspace: ${current.name}. Switch workspace`}
        data-testid="workspace-switcher"
        sx={{ textTransform: "none", fontWeight: 600, minWidth: 0, maxWidth: { xs: 180, sm: 320 }, "& .MuiButton-endIcon": { ml: 0.5 } }}
      >
        <span style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }}>{current.name}</span>
      </Button>
      <Menu id="workspace-switcher-menu" anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        {workspaces.map((w) => (
          <MenuItem
            key={w.id}
            selected={w.id === current.id}
            disabled={pending}
            onClick={() => {
              close();
              if (w.id !== current.id) run(() => switchWorkspaceAction({ workspaceId: w.id }));
            }}
          >
            <ListItemIcon>{w.id === current.id ? <CheckOutlined fontSize="small" /> : null}</ListItemIcon>
            <ListItemText primary={w.name} secondary={w.role.toLowerCase()} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            close();
            setError(null);
            setCreating(true);
          }}
        >
          <ListItemIcon>
            <AddOutlined fontSize="small" />
          </ListItemIcon>
          <ListItemText primary="Create workspace" />
        </MenuItem>
      </Menu>
      {error && !creating ? (
        <Alert severity="error" sx={{ position: "fixed", bottom: 16, left: 16, right: 16, zIndex: 1400 }} onClose={() => setError(null)}>
          {error}
        </Alert>
      ) : null}
      <Dialog open={creating} onClose={() => setCreating(false)} aria-labelledby="create-workspace-title" fullWidth maxWidth="xs">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            run(
              () => createWorkspaceAction({ name }),
              () => {
                setCreating(false);
                setName("");
              },
            );
          }}
        >
          <DialogTitle id="create-workspace-title">Create a workspace</DialogTitle>
          <DialogContent>
            <TextField autoFocus label="Workspace name" required fullWidth value={name} onChange={(e) => setName(e.target.value)} sx={{ mt: 1 }} slotProps={{ htmlInput: { maxLength: 80 } }} />
            {error ? <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert> : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setCreating(false)}>Cancel</Button>
            <Button type="submit" variant="contained" disabled={pending}>
              Create
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
