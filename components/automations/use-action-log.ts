"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { undoAutomationAction } from "@/app/(dashboard)/automations/actions";
import { fetchJson } from "@/components/jobs/fetch-json";
import type { ActionLogPage } from "@/lib/automations/list-action-logs";

/** The action log (all, or one email's), refreshed while rules work, plus the undo mutation. */
export function useActionLog(messageId?: string) {
  const url = `/api/automations/actions${messageId ? `?messageId=${encodeURIComponent(messageId)}` : ""}`;
  const query = useQuery({ queryKey: ["automation-actions", messageId ?? null], queryFn: () => fetchJson<ActionLogPage>(url), refetchInterval: 5_000 });
  const client = useQueryClient();
  const undo = useMutation({
    mutationFn: async (actionLogId: string) => {
      const result = await undoAutomationAction({ actionLogId });
      if (!result.ok) throw new Error(result.error.message);
      return result.data;
    },
    onSettled: () => client.invalidateQueries({ queryKey: ["automation-actions"] }),
  });
  return { query, undo };
}
