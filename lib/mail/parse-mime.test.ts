import { describe, expect, test } from "vitest";
import { parseMime } from "./parse-mime";

const msg = (lines: string[], eol = "\r\n") => Buffer.from(lines.join(eol), "latin1");

describe("parseMime", () => {
  test("ids without brackets, lower-cased addresses, headers in order, attachment metadata", async () => {
    const raw = msg([
      "From: \"Ann Buyer\" <Ann.Buyer@Example.COM>",
      "To: sales@shop.test, Bob <BOB@shop.test>",
      "Cc: Team: c1@x.test, c2@x.test;",
      "Subject: =?UTF-8?Q?Caf=C3=A9_order?=",
      "Message-ID: <abc.123@example.com>",
      "In-Reply-To: <prev@example.com>",
      "References: <first@example.com> <prev@example.com>",
      "Date: Tue, 11 Sep 2001 00:05:05 -0400",
      "X-Folded: one",
      "  two",
      "MIME-Version: 1.0",
      "Content-Type: multipart/mixed; boundary=b1",
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Hello",
      "--b1",
      "Content-Type: application/pdf; name=quote.pdf",
      "Content-Disposition: attachment; filename=quote.pdf",
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.from("%PDF-1.4 fake").toString("base64"),
      "--b1--",
      "",
    ]);
    const p = await parseMime(raw);
    expect(p.parseStatus).toBe("PARSED");
    expect(p.rfcMessageId).toBe("abc.123@example.com");
    expect(p.inReplyTo).toBe("prev@example.com");
    expect(p.references).toEqual(["first@example.com", "prev@example.com"]);
    expect(p.from).toEqual({ name: "Ann Buyer", address: "ann.buyer@example.com" });
    expect(p.to.map((a) => a.address)).toEqual(["sales@shop.test", "bob@shop.test"]);
    expect(p.cc.map((a) => a.address)).toEqual(["c1@x.test", "c2@x.test"]);
    expect(p.subject).toBe("Café order");
    expect(p.date?.toISOString()).toBe("2001-09-11T04:05:05.000Z");
    expect(p.text?.trim()).toBe("Hello");
    expect(p.headers.map((h) => h.name).slice(0, 4)).toEqual(["From", "To", "Cc", "Subject"]);
    expect(p.headers.find((h) => h.name === "X-Folded")?.value).toBe("one two");
    expect(p.attachments).toEqual([{ filename: "quote.pdf", contentType: "application/pdf", size: 13, contentId: null, inline: false }]);
  });

  test("mbox From line, CR-only line endings and ISO-8859 bodies", async () => {
    const raw = msg(["From sender@x.test Mon Jan  1 00:00:00 2001", "From: a@x.test", "Subject: old mac", "Content-Type: text/plain; charset=iso-8859-1", "", "Gr\xfc\xdfe"], "\r");
    const p = await parseMime(raw);
    expect(p.parseStatus).toBe("PARSED");
    expect(p.from?.address).toBe("a@x.test");
    expect(p.subject).toBe("old mac");
    expect(p.text?.trim()).toBe("Grüße");
  });

  test("larger than maxBytes: parsed from a prefix and flagged TRUNCATED", async () => {
    const raw = msg(["From: a@x.test", "Subject: big", "", ...Array.from({ length: 5000 }, (_, i) => `line ${i} ${"x".repeat(60)}`)]);
    const p = await parseMime(raw, { maxBytes: 10_000 });
    expect(p.parseStatus).toBe("TRUNCATED");
    expect(p.subject).toBe("big");
    expect(p.parseError).toContain(String(raw.length));
    expect(p.text!.length).toBeLessThan(10_000);
  });

  test("garbage, empty and binary input come back FAILED, never thrown", async () => {
    for (const raw of [Buffer.alloc(0), Buffer.from("\n"), Buffer.from([0, 1, 2, 3, 255, 254]), Buffer.from("no headers here at all\njust text")]) {
      const p = await parseMime(raw);
      expect(p.parseStatus).toBe("FAILED");
      expect(p.parseError).toBeTruthy();
    }
  });

  test("NUL bytes never reach the result (Postgres text cannot hold them)", async () => {
    const p = await parseMime(msg(["From: a@x.test", "Subject: a\u0000b", "", "body\u0000text"]));
    expect(p.subject).toBe("ab");
    expect(p.text).not.toContain("\u0000");
  });

  test("hostile structure (thousands of nested multiparts, deeply nested HTML, a huge header block) is flagged, not a crash", async () => {
    let head = "";
    let tail = "";
    for (let i = 0; i < 5000; i++) {
      head += `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n`;
      tail = `\r\n--b${i}--\r\n` + tail;
    }
    const nested = await parseMime(Buffer.from(`From: a@x.test\r\nSubject: deep\r\nMIME-Version: 1.0\r\n${head}Content-Type: text/plain\r\n\r\nleaf${tail}`));
    expect(nested.parseStatus).toBe("FAILED");
    expect(nested.parseError).toMatch(/child nodes/);

    const html = await parseMime(Buffer.from(`From: a@x.test\r\nSubject: h\r\nContent-Type: text/html\r\n\r\n${"<div>".repeat(100_000)}`));
    expect(html.parseStatus).toBe("PARSED");
    expect(html.parseError).toMatch(/not converted to text/);
    expect(html.html).toBeTruthy();

    const headers = await parseMime(Buffer.from(`From: a@x.test\r\n${"X-A: b\r\n".repeat(20_000)}Subject: h\r\n\r\nx`));
    expect(headers.parseStatus).toBe("FAILED");
  });
});
