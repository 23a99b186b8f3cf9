"use client";

import { useState } from "react";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import { setRequireMfaAction } from "@/lib/mfa/mfa-actions";
import { ErrorAlert } from "./error-alert";
import { useAction } from "./use-action";

/** Admins: require every member of the workspace to use two-factor authentication. */
export function RequireMfaToggle({ workspaceId, requireMfa }: { workspaceId: string; requireMfa: boolean }) {
  const { run, pending, error } = useAction(setRequireMfaAction);
  const [value, setValue] = useState(requireMfa);
  return (
    <Stack spacing={1}>
      <ErrorAlert error={error} />
      <FormControlLabel
        control={<Switch checked={value} disabled={pending} onChange={(_e, checked) => run({ workspaceId, requireMfa: checked }, (d) => setValue(d.requireMfa))} />}
        label="Require two-factor authentication for every member"
      />
    </Stack>
  );
}
