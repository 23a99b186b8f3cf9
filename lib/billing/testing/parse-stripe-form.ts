type FormValue = string | FormObject | FormValue[];
interface FormObject {
  [key: string]: FormValue;
}

/**
 * Decodes the SDK's application/x-www-form-urlencoded bodies with bracket
 * keys (items[0][price]=p, metadata[workspaceId]=w, expand[]=x) into objects;
 * numeric segments become arrays.
 */
export function parseStripeForm(body: string): FormObject {
  const root: FormObject = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const [head, ...rest] = rawKey.split("[");
    const path = [head!, ...rest.map((p) => p.replace(/\]$/, ""))];
    let node: FormObject | FormValue[] = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const container = node as Record<string, FormValue>;
      const key = segment === "" && Array.isArray(node) ? String(node.length) : segment;
      if (last) {
        container[key] = value;
        return;
      }
      const nextIsIndex = /^\d*$/.test(path[i + 1]!);
      container[key] ??= nextIsIndex ? [] : {};
      node = container[key] as FormObject | FormValue[];
    });
  }
  return root;
}

export type { FormObject, FormValue };
