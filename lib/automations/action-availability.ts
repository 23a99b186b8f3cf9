import { env } from "@/lib/env";
import type { ActionType } from "./automation-schemas";

/** Action types this deployment cannot run, with the reason shown in the editor. */
export function unavailableActions(): Partial<Record<ActionType, string>> {
  const out: Partial<Record<ActionType, string>> = {};
  if (env.AUTOMATIONS_AUTO_SEND_DAILY_CAP <= 0) out.auto_send = "Auto-send is turned off here (daily cap 0).";
  return out;
}
