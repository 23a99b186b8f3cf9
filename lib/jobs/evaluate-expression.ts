/**
 * A small subset of CEL, enough for Inngest trigger `if` expressions and
 * concurrency keys as this app writes them:
 *   - paths into the payload: `event.data.accountId`, `event.data["plan"]`
 *   - literals: 'text', "text", numbers, true, false, null
 *   - `==`, `!=`, `<`, `<=`, `>`, `>=`, `&&`, `||`, `!`, parentheses
 * Anything else (functions, `+`, `in`, macros) throws UnsupportedExpressionError,
 * so callers can refuse loudly instead of guessing.
 */
export class UnsupportedExpressionError extends Error {
  constructor(expression: string, why: string) {
    super(`Unsupported expression ${JSON.stringify(expression)}: ${why}`);
    this.name = "UnsupportedExpressionError";
  }
}

type Token = { kind: "op" | "ident" | "literal"; value: unknown };

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(==|!=|<=|>=|&&|\|\||[<>!().[\]])|([A-Za-z_][A-Za-z0-9_]*))/y;

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.length) {
    if (/^\s*$/.test(expression.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(expression);
    if (!m) throw new UnsupportedExpressionError(expression, `unexpected input at ${at}`);
    const [, num, single, double, op, ident] = m;
    if (num !== undefined) tokens.push({ kind: "literal", value: Number(num) });
    else if (single !== undefined || double !== undefined) tokens.push({ kind: "literal", value: (single ?? double)!.replace(/\\(.)/g, "$1") });
    else if (op !== undefined) tokens.push({ kind: "op", value: op });
    else if (ident === "true" || ident === "false") tokens.push({ kind: "literal", value: ident === "true" });
    else if (ident === "null") tokens.push({ kind: "literal", value: null });
    else tokens.push({ kind: "ident", value: ident });
  }
  return tokens;
}

export function evaluateExpression(expression: string, scope: Record<string, unknown>): unknown {
  const tokens = tokenize(expression);
  let i = 0;
  const peek = (value: string) => tokens[i]?.kind === "op" && tokens[i]?.value === value;
  const fail = (why: string): never => {
    throw new UnsupportedExpressionError(expression, why);
  };
  const expect = (value: string) => (peek(value) ? i++ : fail(`expected ${value}`));

  const primary = (): unknown => {
    const token = tokens[i++] ?? fail("unexpected end");
    if (token.kind === "literal") return token.value;
    if (token.kind === "op" && token.value === "(") {
      const value = or();
      expect(")");
      return value;
    }
    if (token.kind !== "ident") return fail(`unexpected ${String(token.value)}`);
    if (!(String(token.value) in scope)) fail(`unknown name ${String(token.value)}`);
    let value: unknown = scope[String(token.value)];
    for (;;) {
      if (peek(".")) {
        i++;
        const name = tokens[i++];
        if (name?.kind !== "ident") fail("expected a field name after '.'");
        value = (value as Record<string, unknown> | undefined)?.[String(name!.value)];
      } else if (peek("[")) {
        i++;
        const key = tokens[i++];
        if (key?.kind !== "literal") fail("expected a literal index");
        expect("]");
        value = (value as Record<string, unknown> | undefined)?.[String(key!.value)];
      } else if (peek("(")) fail("function calls are not supported");
      else return value;
    }
  };
  const unary = (): unknown => (peek("!") ? (i++, !unary()) : primary());
  const comparison = (): unknown => {
    const left = unary();
    const op = tokens[i];
    if (op?.kind !== "op" || !["==", "!=", "<", "<=", ">", ">="].includes(String(op.value))) return left;
    i++;
    const right = unary();
    switch (op.value) {
      case "==": return left === right;
      case "!=": return left !== right;
      case "<": return (left as number) < (right as number);
      case "<=": return (left as number) <= (right as number);
      case ">": return (left as number) > (right as number);
      default: return (left as number) >= (right as number);
    }
  };
  const and = (): unknown => {
    let value = comparison();
    while (peek("&&")) {
      i++;
      const right = comparison();
      value = Boolean(value) && Boolean(right);
    }
    return value;
  };
  function or(): unknown {
    let value = and();
    while (peek("||")) {
      i++;
      const right = and();
      value = Boolean(value) || Boolean(right);
    }
    return value;
  }

  const result = or();
  if (i < tokens.length) fail(`unexpected ${String(tokens[i]?.value)}`);
  return result;
}
