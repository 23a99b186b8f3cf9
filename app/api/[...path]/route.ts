import { AppError } from "@/lib/http/app-error";
import { withRoute } from "@/lib/http/with-route";

export const dynamic = "force-dynamic";

// Every /api path no other route file claims: a JSON 404 with the error shape instead of the HTML not-found page.
const notFound = withRoute<{ path: string[] }>(() => {
  throw new AppError("not_found", "There is no such API endpoint.");
});

export const GET = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
