"use server";

import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { createSsoConnection } from "@/lib/sso/create-sso-connection";
import { deleteSsoConnection } from "@/lib/sso/delete-sso-connection";
import { discoverOidcIssuer } from "@/lib/sso/discover-oidc-issuer";
import { setSsoEnforced } from "@/lib/sso/set-sso-enforced";
import { createSsoConnectionSchema, deleteSsoConnectionSchema, setSsoEnforcedSchema, testSsoIssuerSchema, updateSsoConnectionSchema } from "@/lib/sso/sso-schemas";
import { updateSsoConnection } from "@/lib/sso/update-sso-connection";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

const options = { requireVerifiedEmail: true } as const;

export const createSsoConnectionAction = workspaceAction(
  "sso.manage",
  createSsoConnectionSchema,
  async (input, ctx) => {
    const view = await createSsoConnection(await workspaceActorOf(ctx, ctx.origin), input);
    revalidatePath("/settings/sso");
    return view;
  },
  { ...options, name: "sso.create" },
);

export const updateSsoConnectionAction = workspaceAction(
  "sso.manage",
  updateSsoConnectionSchema,
  async (input, ctx) => {
    const view = await updateSsoConnection(await workspaceActorOf(ctx, ctx.origin), input);
    revalidatePath("/settings/sso");
    return view;
  },
  { ...options, name: "sso.update" },
);

export const setSsoEnforcedAction = workspaceAction(
  "sso.manage",
  setSsoEnforcedSchema,
  async (input, ctx) => {
    const view = await setSsoEnforced(await workspaceActorOf(ctx, ctx.origin), input);
    revalidatePath("/settings/sso");
    return view;
  },
  { ...options, name: "sso.set_enforced" },
);

export const deleteSsoConnectionAction = workspaceAction(
  "sso.manage",
  deleteSsoConnectionSchema,
  async (input, ctx) => {
    const deleted = await deleteSsoConnection(await workspaceActorOf(ctx, ctx.origin), input);
    revalidatePath("/settings/sso");
    return deleted;
  },
  { ...options, name: "sso.delete" },
);

/** Fetches the issuer's discovery document and reports what it found (nothing is saved). */
export const testSsoIssuerAction = workspaceAction(
  "sso.manage",
  testSsoIssuerSchema,
  async ({ issuer }) => {
    const found = await discoverOidcIssuer(issuer);
    return { issuer: found.issuer, authorizationEndpoint: found.authorizationEndpoint };
  },
  { ...options, name: "sso.test" },
);
