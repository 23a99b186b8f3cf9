import { Prisma } from "@/generated/prisma/client";

/** A value for a nullable Json column: Prisma needs JsonNull to store a JSON `null`. */
export function toJson(value: unknown): Prisma.InputJsonValue | typeof Prisma.JsonNull {
  if (value === null || value === undefined) return Prisma.JsonNull;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}
