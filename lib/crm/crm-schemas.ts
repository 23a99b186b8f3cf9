import { z } from "@/lib/validation/zod";

/** zod schemas for every CRM input: REST bodies, server actions, CSV rows and saved views. */

const id = z.string().trim().min(1).max(64);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema.optional());
const nullableText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const emailSchema = z.string().trim().toLowerCase().email("Not a valid email address.").max(320);
const customValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const customFields = z.record(z.string().trim().min(1).max(100), customValue).refine((o) => Object.keys(o).length <= 50, "At most 50 custom fields.");
const tags = z.array(z.string().trim().min(1).max(50)).max(50);

export const contactFieldsSchema = z.object({
  name: z.string().trim().min(1, "A name is required.").max(200),
  emails: z.array(emailSchema).max(20),
  phones: z.array(z.string().trim().min(1).max(50)).max(10),
  title: nullableText(200),
  companyId: id.nullish(),
  ownerId: id.nullish(),
  tags,
  source: nullableText(100),
  leadScore: z.number().int().min(0).max(100).nullish(),
  customFields,
});
export const contactCreateSchema = contactFieldsSchema.partial().required({ name: true });
export const contactUpdateSchema = contactFieldsSchema.partial().strict();
export type ContactCreate = z.infer<typeof contactCreateSchema>;
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((d) => d.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/.*$/, ""))
  .pipe(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, "Not a valid domain.").max(253));

export const companyFieldsSchema = z.object({
  name: z.string().trim().min(1, "A name is required.").max(200),
  domains: z.array(domainSchema).max(20),
  size: nullableText(50),
  ownerId: id.nullish(),
  customFields,
});
export const companyCreateSchema = companyFieldsSchema.partial().required({ name: true });
export const companyUpdateSchema = companyFieldsSchema.partial().strict();
export type CompanyCreate = z.infer<typeof companyCreateSchema>;
export type CompanyUpdate = z.infer<typeof companyUpdateSchema>;

export const currencySchema = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Use a 3-letter currency code.");
const amountSchema = z.union([z.number(), z.string().trim().regex(/^-?\d{1,12}(\.\d{1,2})?$/, "Not a valid amount.")]).transform(String);
const dateSchema = z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), "Not a valid date.");

export const dealFieldsSchema = z.object({
  title: z.string().trim().min(1, "A title is required.").max(200),
  companyId: id.nullish(),
  contactIds: z.array(id).max(50),
  amount: amountSchema.nullish(),
  currency: currencySchema,
  stageId: id,
  probability: z.number().int().min(0).max(100).nullish(),
  expectedCloseDate: dateSchema.nullish(),
  ownerId: id.nullish(),
  lostReason: nullableText(500),
  leadScore: z.number().int().min(0).max(100).nullish(),
});
export const dealCreateSchema = dealFieldsSchema.partial().required({ title: true });
export const dealUpdateSchema = dealFieldsSchema.partial().strict();
export type DealCreate = z.infer<typeof dealCreateSchema>;
export type DealUpdate = z.infer<typeof dealUpdateSchema>;

export const moveDealSchema = z.object({ stageId: id, lostReason: nullableText(500) });

export const CRM_ENTITIES = ["contacts", "companies", "deals"] as const;
export type CrmEntity = (typeof CRM_ENTITIES)[number];
export const crmEntitySchema = z.enum(CRM_ENTITIES);
export const RECORD_TYPES = { contacts: "contact", companies: "company", deals: "deal" } as const;
export type RecordType = (typeof RECORD_TYPES)[CrmEntity];
export const recordTypeSchema = z.enum(["contact", "company", "deal"]);

/** Sortable columns per list; each has a (workspaceId, column, id) index. */
export const SORTS = {
  contacts: ["updatedAt", "createdAt", "name", "leadScore"],
  companies: ["updatedAt", "createdAt", "name"],
  deals: ["updatedAt", "createdAt", "title", "stageChangedAt"],
} as const;

export const listQuerySchema = z.object({
  sort: optional(z.enum(["updatedAt", "createdAt", "name", "leadScore", "title", "stageChangedAt"])),
  dir: optional(z.enum(["asc", "desc"])),
  ownerId: optional(id),
  companyId: optional(id),
  stageId: optional(id),
  tag: optional(z.string().trim().max(50)),
  minScore: optional(z.coerce.number().int().min(0).max(100)),
  cursor: optional(z.string().max(500)),
  limit: optional(z.coerce.number().int().min(1).max(200)),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const savedViewSchema = z.object({
  entity: crmEntitySchema,
  name: z.string().trim().min(1).max(100),
  query: listQuerySchema.omit({ cursor: true }),
});

export const bulkEditSchema = z.object({
  entity: crmEntitySchema,
  ids: z.array(id).min(1).max(1000),
  set: z
    .object({ ownerId: id.nullish(), addTags: tags.optional(), removeTags: tags.optional(), stageId: id.optional(), source: nullableText(100) })
    .refine((s) => Object.values(s).some((v) => v !== undefined), "Nothing to change."),
});

export const noteSchema = z.object({ recordType: recordTypeSchema, recordId: id, body: z.string().trim().min(1).max(20_000) });
export const taskSchema = z.object({
  recordType: recordTypeSchema.optional(),
  recordId: id.optional(),
  title: z.string().trim().min(1).max(300),
  notes: nullableText(5000),
  dueAt: dateSchema.nullish(),
  remindAt: dateSchema.nullish(),
  assigneeId: id.nullish(),
});
// Strict: a misspelt field is an error, not a silent no-op.
export const taskUpdateSchema = z.strictObject({ completed: z.boolean().optional(), dueAt: dateSchema.nullish(), remindAt: dateSchema.nullish(), title: z.string().trim().min(1).max(300).optional(), assigneeId: id.nullish() });

export const mergeSchema = z.object({ entity: z.enum(["contacts", "companies"]), winnerId: id, loserId: id }).refine((m) => m.winnerId !== m.loserId, "Pick two different records.");

export const searchQuerySchema = z.object({ q: z.string().trim().min(1, "Type something to search for.").max(200), limit: optional(z.coerce.number().int().min(1).max(50)) });

export const mailboxPolicySchema = z.object({ mailboxId: id, contactCreation: z.enum(["ALL", "LEADS", "NONE"]), followUpDays: z.number().int().min(1).max(60).nullable() });

export const webhookEndpointSchema = z.object({
  url: z.string().trim().url().max(2000).refine((u) => /^https?:\/\//.test(u), "Use an http(s) URL."),
  events: z.array(z.enum(["contact.created", "contact.updated", "company.created", "deal.created", "deal.stage_changed", "task.due"])).max(10).default([]),
});
