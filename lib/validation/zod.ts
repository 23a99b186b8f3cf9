/**
 * The zod the app imports (`import { z } from "@/lib/validation/zod"`; lint bans importing "zod" directly):
 * identical to zod except that z.string(), z.url() and z.email() refuse NUL characters, so every
 * request schema, server-action schema and query schema shares one string type.
 */
export * as z from "./zod-namespace";
export { ZodError } from "zod";
