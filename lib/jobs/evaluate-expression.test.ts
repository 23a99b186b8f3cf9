import { describe, expect, test } from "vitest";
import { evaluateExpression, UnsupportedExpressionError } from "./evaluate-expression";

const event = { name: "billing/invoice.paid", data: { amount: 1200, currency: "USD", customer: { plan: "pro" }, trial: false } };

describe("evaluateExpression (the CEL subset the local executor understands)", () => {
  test.each([
    ["event.data.amount >= 1000", true],
    ["event.data.amount < 1000", false],
    ["event.data.currency == 'USD' && event.data.customer.plan == \"pro\"", true],
    ["event.data.currency != 'USD' || !event.data.trial", true],
    ["(event.data.amount > 5000 || event.data.trial) && true", false],
    ['event.data["customer"]["plan"]', "pro"],
    ["event.data.missing.deeper", undefined],
    ["event.data.missing == null", false],
  ])("%s", (expression, expected) => {
    expect(evaluateExpression(expression, { event })).toEqual(expected);
  });

  test.each(["size(event.data) > 1", "event.data.amount + 1", "async.data.id == event.data.id", "event.data.amount >"])("refuses %s", (expression) => {
    expect(() => evaluateExpression(expression, { event })).toThrow(UnsupportedExpressionError);
  });
});
