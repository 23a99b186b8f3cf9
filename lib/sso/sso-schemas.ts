import { z } from "@/lib/validation/zod";
import { isFreeMailDomain } from "./free-mail-domains";

const DOMAIN_RE = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An organisation's email domain: lower-cased, a real host name, not a free-mail provider. */
export const ssoDomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^@/, "").replace(/\.$/, ""))
  .pipe(
    z
      .string()
      .regex(DOMAIN_RE, "Enter a domain like example.com (no https://, no @, no path).")
      .refine((d) => !isFreeMailDomain(d), "Free email providers (gmail.com, outlook.com, …) cannot use SSO: enter your organisation's own domain."),
  );

export const issuerSchema = z
  .string()
  .trim()
  .max(500)
  .pipe(z.url({ protocol: /^https?$/, message: "Enter the issuer URL, e.g. https://login.example.com or https://example.okta.com." }))
  .refine((u) => !new URL(u).search && !new URL(u).hash && !new URL(u).username && !new URL(u).password, "The issuer URL cannot contain a query, a fragment or credentials.");

export const ssoConnectionIdSchema = z.string().trim().regex(/^c[a-z0-9]{20,31}$/, "Not a valid connection id.");

const connectionFields = {
  domain: ssoDomainSchema,
  issuer: issuerSchema,
  clientId: z.string().trim().min(1, "Enter the client id from your identity provider.").max(500),
  enforced: z.boolean().default(false),
};

/** Creating a connection: every field, including the client secret. `id` is the one pre-generated for the page (so the callback URL is known before saving). */
export const createSsoConnectionSchema = z.object({
  id: ssoConnectionIdSchema.optional(),
  ...connectionFields,
  clientSecret: z.string().trim().min(1, "Enter the client secret from your identity provider.").max(2000),
});

/** Updating: an empty client secret keeps the stored one. */
export const updateSsoConnectionSchema = z.object({
  connectionId: ssoConnectionIdSchema,
  ...connectionFields,
  clientSecret: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((s) => (s ? s : undefined)),
});

export const setSsoEnforcedSchema = z.object({ connectionId: ssoConnectionIdSchema, enforced: z.boolean() });
export const deleteSsoConnectionSchema = z.object({ connectionId: ssoConnectionIdSchema });
export const testSsoIssuerSchema = z.object({ issuer: issuerSchema });

export type CreateSsoConnectionInput = z.input<typeof createSsoConnectionSchema>;
export type UpdateSsoConnectionInput = z.input<typeof updateSsoConnectionSchema>;
