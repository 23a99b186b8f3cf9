/** GET JSON from our API; failures carry `status` so the query client skips retrying 4xx. */
export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw Object.assign(new Error(body?.error?.message ?? `Request failed (${res.status})`), { status: res.status });
  }
  return (await res.json()) as T;
}
