/**
 * Writes lib/http/api-route-methods.ts: each /api route pattern and the HTTP methods its route file
 * exports, which the proxy uses to answer 405 with the error shape (Next's own 405 has an empty body).
 * lib/testing/bad-input.test.ts fails when the table no longer matches the route files.
 * Usage: npm run routes:methods
 */
import fs from "node:fs";
import { apiRouteMethodsSource } from "@/lib/testing/api-route-methods-source";
import { absolute } from "@/lib/testing/discover-entrypoints";

fs.writeFileSync(absolute("lib/http/api-route-methods.ts"), apiRouteMethodsSource());
console.log("wrote lib/http/api-route-methods.ts");
