import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { InboxItem } from "@/lib/mail/list-inbox";
import { EmailHtmlFrame } from "./email-html-frame";
import { InboxList } from "./inbox-list";

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

describe("EmailHtmlFrame", () => {
  test("renders in a sandbox without scripts, with a CSP that blocks remote images, and offers to load them", () => {
    const html = renderToStaticMarkup(<EmailHtmlFrame html={'<p>Hi</p><img data-remote-src="https://t.test/p.gif">'} htmlWithRemote={'<p>Hi</p><img src="https://t.test/p.gif">'} title="Email" />);
    const sandbox = /sandbox="([^"]*)"/.exec(html)![1]!;
    expect(sandbox.split(" ")).not.toContain("allow-scripts");
    const srcdoc = decode(/srcDoc="([^"]*)"|srcdoc="([^"]*)"/i.exec(html)!.slice(1).find(Boolean)!);
    expect(srcdoc).toContain("default-src 'none'; img-src data:;");
    expect(srcdoc).toContain('data-remote-src="https://t.test/p.gif"');
    expect(srcdoc).not.toMatch(/\ssrc="https:/);
    expect(html).toContain("Load remote images");
  });

  test("no button when there is nothing remote", () => {
    expect(renderToStaticMarkup(<EmailHtmlFrame html="<p>Hi</p>" htmlWithRemote={null} title="Email" />)).not.toContain("Load remote images");
  });
});

describe("InboxList", () => {
  test("shows sender, subject, snippet, parse flag, triage badge and mailbox; links to the email", () => {
    const item: InboxItem = {
      id: "msg1", threadId: "t1", mailboxId: "mb1", mailboxAddress: "sales@shop.test", fromName: "Ann Buyer", fromAddress: "ann@buyer.test",
      subject: "Quote for 40 chairs", snippet: "Could you send a quote", receivedAt: "2024-01-02T10:00:00.000Z", direction: "INBOUND",
      parseStatus: "TRUNCATED", unread: true, hasAttachments: true,
      triage: { route: "attention", category: "lead", urgency: 4, decidedBy: "classifier", confidence: 0.8, reasons: [], needsReview: false },
    };
    const html = renderToStaticMarkup(<InboxList items={[item]} showMailbox />);
    for (const text of ["Ann Buyer", "Quote for 40 chairs", "Could you send a quote", "Truncated", "Lead", "sales@shop.test", 'href="/inbox/msg1"', 'dateTime="2024-01-02T10:00:00.000Z"']) {
      expect(html).toContain(text);
    }
  });
});
