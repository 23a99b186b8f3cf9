import { describe, expect, test } from "vitest";
import { parseMime } from "@/lib/mail/parse-mime";
import { buildReplyMime, replySubject } from "./build-reply-mime";

describe("buildReplyMime", () => {
  test("a threaded UTF-8 reply that mail parsers read back; header injection from received values is neutralised", async () => {
    const raw = buildReplyMime({
      from: "hello@bakery.test",
      to: "zoë@client.test\r\nBcc: victim@evil.test",
      subject: replySubject("Gâteau für 80 Gäste\r\nX-Injected: yes"),
      body: "Hi Zoë,\n\nYes — £320.\n" + "long line ".repeat(40),
      inReplyTo: "<abc@client.test>",
      references: ["first@client.test", "abc@client.test"],
    });
    const bytes = Buffer.from(raw, "base64url");
    expect(bytes.toString("latin1")).not.toMatch(/^(Bcc|X-Injected):/m);
    const parsed = await parseMime(bytes);
    expect(parsed.subject).toBe("Re: Gâteau für 80 Gäste X-Injected: yes");
    expect(parsed.inReplyTo).toBe("abc@client.test");
    expect(parsed.references).toEqual(["first@client.test", "abc@client.test"]);
    expect(parsed.bcc).toEqual([]);
    expect(parsed.text).toContain("Hi Zoë,\n\nYes — £320.");
    expect(replySubject("RE: hello")).toBe("RE: hello");
    expect(replySubject(null)).toBe("Re:");
  });
});
