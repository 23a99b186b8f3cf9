import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  requestId: string;
  route?: string;
  workspaceId?: string;
  userId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
