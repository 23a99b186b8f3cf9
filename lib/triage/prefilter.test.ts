import { describe, expect, test } from "vitest";
import { matchSenderRule } from "./match-sender-rule";
import { prefilter } from "./prefilter";
import { makeTriageInput } from "./testing/make-triage-input";

describe("prefilter", () => {
  test("plain personal mail is left to the classifier", () => {
    expect(prefilter(makeTriageInput({ from: "ann@acme.test", subject: "Lunch?", text: "Are you free on Tuesday?" }))).toEqual({ decided: false, reasons: [] });
  });

  test("List-Id, List-Post and Precedence: list mark mailing-list traffic, still open to the spam check", () => {
    const r = prefilter(makeTriageInput({ headers: [["List-Id", "<dev.lists.example.org>"]] }));
    expect(r).toMatchObject({ decided: true, route: "automated", category: "mailing_list", decidedBy: "rules", spamCheck: true });
    expect(r.reasons[0]).toContain("List-Id");
    expect(prefilter(makeTriageInput({ headers: [["Precedence", "list"]] }))).toMatchObject({ category: "mailing_list" });
    expect(prefilter(makeTriageInput({ headers: [["List-Post", "<mailto:dev@lists.example.org>"]] }))).toMatchObject({ category: "mailing_list" });
  });

  test("Precedence bulk/junk and List-Unsubscribe mark bulk mail; Precedence first-class does not", () => {
    expect(prefilter(makeTriageInput({ headers: [["Precedence", "bulk"]] }))).toMatchObject({ route: "automated", category: "newsletter" });
    expect(prefilter(makeTriageInput({ headers: [["Precedence", "junk"]] }))).toMatchObject({ route: "automated" });
    expect(prefilter(makeTriageInput({ headers: [["List-Unsubscribe", "<https://news.example/u?1>"]] }))).toMatchObject({ route: "automated", category: "newsletter" });
    expect(prefilter(makeTriageInput({ headers: [["Precedence", "first-class"]] })).decided).toBe(false);
  });

  test("Auto-Submitted other than 'no' is an automated notification; 'no' is not evidence", () => {
    expect(prefilter(makeTriageInput({ headers: [["Auto-Submitted", "auto-replied"]] }))).toMatchObject({ route: "automated", category: "notification" });
    expect(prefilter(makeTriageInput({ headers: [["Auto-Submitted", "no"]] })).decided).toBe(false);
  });

  test("bulk mailers and ESP headers", () => {
    expect(prefilter(makeTriageInput({ headers: [["X-Mailer", "MailChimp Mailer - **CID123**"]] }))).toMatchObject({ route: "automated" });
    expect(prefilter(makeTriageInput({ headers: [["X-SES-Outgoing", "2024.01.01-1.2.3.4"]] })).reasons[0]).toContain("x-ses-outgoing");
    expect(prefilter(makeTriageInput({ headers: [["X-Mailer", "Microsoft Outlook 16.0"]] })).decided).toBe(false);
  });

  test("no-reply senders are notifications", () => {
    for (const from of ["noreply@shop.test", "no-reply@shop.test", "do_not_reply@bank.test", "notifications@github.test", "mailer-daemon@mx.test"]) {
      expect(prefilter(makeTriageInput({ from })), from).toMatchObject({ route: "automated", category: "notification" });
    }
    expect(prefilter(makeTriageInput({ from: "noreen@shop.test" })).decided).toBe(false);
  });

  test("known contacts go to attention without the spam check, even with list headers", () => {
    const r = prefilter(makeTriageInput({ from: "ann@acme.test", headers: [["Precedence", "bulk"]] }), { knownContacts: new Set(["ann@acme.test"]) });
    expect(r).toMatchObject({ decided: true, route: "attention", spamCheck: false });
  });

  test("workspace sender rules win over everything, decided by the user", () => {
    const rules = [
      { id: "r1", pattern: "@acme.test", category: "newsletter" as const },
      { id: "r2", pattern: "boss@acme.test", category: "business" as const },
    ];
    expect(prefilter(makeTriageInput({ from: "boss@acme.test", headers: [["List-Id", "x"]] }), { senderRules: rules })).toMatchObject({ route: "attention", category: "business", decidedBy: "user", ruleId: "r2", confidence: 1 });
    expect(prefilter(makeTriageInput({ from: "promo@mail.acme.test" }), { senderRules: rules })).toMatchObject({ route: "automated", category: "newsletter", ruleId: "r1" });
    expect(prefilter(makeTriageInput({ from: "x@notacme.test" }), { senderRules: rules }).decided).toBe(false);
  });

  test("sender rule matching: address beats domain, parent domains match, lookalikes do not", () => {
    const rules = [{ pattern: "@example.com", category: "spam" as const }, { pattern: "Ann@Example.com", category: "personal" as const }];
    expect(matchSenderRule(rules, "ann@example.com")?.category).toBe("personal");
    expect(matchSenderRule(rules, "bob@eu.example.com")?.category).toBe("spam");
    expect(matchSenderRule(rules, "bob@badexample.com")).toBeNull();
    expect(matchSenderRule(rules, null)).toBeNull();
  });
});
