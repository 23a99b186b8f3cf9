"use server";

import { z } from "@/lib/validation/zod";
import { workspaceAction } from "@/lib/auth/with-workspace";
import { checkoutInputSchema } from "@/lib/billing/billing-schemas";
import { openBillingPortal } from "@/lib/billing/open-billing-portal";
import { startCheckout } from "@/lib/billing/start-checkout";
import { workspaceActorOf } from "@/lib/workspaces/workspace-actor";

const workspaceIdField = { workspaceId: z.string().optional() };

/** Starts Stripe Checkout for a paid plan; the client navigates to the returned URL. */
export const startCheckoutAction = workspaceAction("billing.manage", checkoutInputSchema.extend(workspaceIdField), async (input, ctx) => startCheckout(await workspaceActorOf(ctx, ctx.origin), input));

/** Opens the Stripe Customer Portal (plan changes, payment methods, cancellation). */
export const openBillingPortalAction = workspaceAction("billing.manage", z.object(workspaceIdField), async (_input, ctx) => openBillingPortal(await workspaceActorOf(ctx, ctx.origin)));
