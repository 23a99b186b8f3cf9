import { describe, expect, test } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { actionError } from "@/lib/auth/action-result";
import { databaseUnavailableError } from "./database-unavailable";
import { errorResponse } from "./with-route";

const known = (code: string, message = "x", meta?: Record<string, unknown>) => new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "7", meta });

describe("databaseUnavailableError", () => {
  test("lost or refused connections map to 503 unavailable with Retry-After", () => {
    const lost = [
      known("P1001"),
      known("P1017"),
      known("P2024"),
      known("P2010", "Database error. Code: `57P01`. Message: `terminating connection due to administrator command`"),
      known("P2010", "x", { driverAdapterError: { cause: { kind: "postgres", code: "57P01" } } }),
      Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
      new Error("Connection terminated unexpectedly"),
      new Error("wrapped", { cause: Object.assign(new Error("FATAL"), { code: "08006" }) }),
      Object.assign(new Error("sorry, too many clients already"), { code: "53300" }),
    ];
    for (const error of lost) {
      const mapped = databaseUnavailableError(error);
      expect(mapped, String(error)).toMatchObject({ code: "unavailable", status: 503, headers: { "retry-after": expect.stringMatching(/^\d+$/) } });
    }
  });

  test("bugs and constraint errors stay what they are", () => {
    for (const error of [known("P2002"), known("P2025"), new TypeError("x is undefined"), Object.assign(new Error("invalid input syntax"), { code: "22P02" }), null, "text"]) {
      expect(databaseUnavailableError(error), String(error)).toBeNull();
    }
  });

  test("routes and server actions both answer it with the error shape", async () => {
    const res = errorResponse(known("P1001"), "req_test");
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toMatchObject({ error: { code: "unavailable", requestId: "req_test" } });
    expect(actionError(new Error("Connection terminated"), "req_test")).toMatchObject({ ok: false, error: { code: "unavailable" } });
  });
});
