export { fetchJson } from "@/components/jobs/fetch-json";

/** Sends JSON to our API; a failure throws with the API's own message. */
export async function sendJson<T>(url: string, method: "POST" | "PATCH" | "PUT" | "DELETE", body?: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: { "content-type": "application/json", accept: "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 204) return undefined as T;
  const json = (await res.json().catch(() => null)) as { data?: T; error?: { message?: string } } | null;
  if (!res.ok) throw Object.assign(new Error(json?.error?.message ?? `Request failed (${res.status})`), { status: res.status });
  return json?.data as T;
}
