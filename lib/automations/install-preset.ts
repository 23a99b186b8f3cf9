import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/http/app-error";
import type { WorkspaceActor } from "@/lib/workspaces/workspace-actor";
import { findPreset } from "./presets";
import { createRule } from "./save-rule";
import type { RuleView } from "./rule-views";

/**
 * Installs a business type's rules, disabled, at the end of the list. Rules
 * of the preset already installed (same presetKey) are not added again.
 */
export async function installPreset(actor: WorkspaceActor, presetKey: string): Promise<{ installed: RuleView[]; skipped: string[] }> {
  const preset = findPreset(presetKey);
  if (!preset) throw new AppError("not_found", "No such preset.");
  const existing = new Set(
    (await prisma.automationRule.findMany({ where: { workspaceId: actor.workspaceId, presetKey: { in: preset.rules.map((r) => r.key) } }, select: { presetKey: true } })).map((r) => r.presetKey),
  );
  const installed: RuleView[] = [];
  const skipped: string[] = [];
  for (const { key, rule } of preset.rules) {
    if (existing.has(key)) skipped.push(rule.name);
    else installed.push(await createRule(actor, rule, { presetKey: key }));
  }
  return { installed, skipped };
}
