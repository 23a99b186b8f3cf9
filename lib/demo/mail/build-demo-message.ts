/** One message of the demo story, as written; dates are relative to the moment the mailbox is filled. */
export interface DemoEmail {
  key: string;
  // Days before "now" and the local time of day it arrived ("09:14"); live mail arrives after start-up instead.
  daysAgo: number;
  at: string;
  from: string;
  subject: string;
  text: string;
  // What the story means it to be (the triage it should get), for tests and the README.
  kind: "lead" | "customer" | "support" | "booking" | "invoice" | "payment" | "vendor" | "newsletter" | "notification" | "spam" | "phishing";
  inReplyTo?: string;
  headers?: Record<string, string>;
  html?: string;
  attachment?: { filename: string; contentType: string; content: string };
  live?: boolean;
}

const CRLF = "\r\n";

/** Header values with non-ASCII text are RFC 2047 encoded words. */
function headerValue(value: string): string {
  if (/^[\x20-\x7e]*$/.test(value)) return value;
  const at = value.lastIndexOf("<");
  const [name, addr] = at > 0 ? [value.slice(0, at).trim(), ` ${value.slice(at)}`] : [value, ""];
  return `=?UTF-8?B?${Buffer.from(name, "utf8").toString("base64")}?=${addr}`;
}

const messageId = (key: string) => `<${key}@demo.brightwater-plumbing.example>`;

function wrapBase64(text: string): string {
  return Buffer.from(text, "utf8").toString("base64").replace(/.{76}/g, `$&${CRLF}`);
}

/**
 * The RFC 5322 bytes of a demo email: plain text, or multipart/alternative
 * with HTML, or multipart/mixed with an attachment; threads by In-Reply-To
 * and References; every body UTF-8 in base64 so pound signs survive.
 */
export function buildDemoMessage(email: DemoEmail, date: Date, to: string): Buffer {
  const head: string[] = [
    `From: ${headerValue(email.from)}`,
    `To: ${to}`,
    `Subject: ${headerValue(email.subject)}`,
    `Date: ${date.toUTCString().replace("GMT", "+0000")}`,
    `Message-ID: ${messageId(email.key)}`,
    "MIME-Version: 1.0",
  ];
  if (email.inReplyTo) head.push(`In-Reply-To: ${messageId(email.inReplyTo)}`, `References: ${messageId(email.inReplyTo)}`);
  for (const [name, value] of Object.entries(email.headers ?? {})) head.push(`${name}: ${value}`);

  const textPart = ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "", wrapBase64(email.text)].join(CRLF);
  let body: string;
  if (email.attachment) {
    const b = `mixed-${email.key}`;
    const a = email.attachment;
    body = [`Content-Type: multipart/mixed; boundary="${b}"`, "", `--${b}`, textPart, `--${b}`, `Content-Type: ${a.contentType}; name="${a.filename}"`,
      `Content-Disposition: attachment; filename="${a.filename}"`, "Content-Transfer-Encoding: base64", "", wrapBase64(a.content), `--${b}--`, ""].join(CRLF);
  } else if (email.html) {
    const b = `alt-${email.key}`;
    body = [`Content-Type: multipart/alternative; boundary="${b}"`, "", `--${b}`, textPart, `--${b}`, "Content-Type: text/html; charset=UTF-8",
      "Content-Transfer-Encoding: base64", "", wrapBase64(email.html), `--${b}--`, ""].join(CRLF);
  } else {
    body = textPart;
  }
  return Buffer.from(`${head.join(CRLF)}${CRLF}${body}${CRLF}`);
}

/** When a story email arrived: `daysAgo` days before now at its time of day, never in the future. */
export function demoEmailDate(email: Pick<DemoEmail, "daysAgo" | "at">, now: Date): Date {
  const [h, m] = email.at.split(":").map(Number);
  const d = new Date(now.getTime() - email.daysAgo * 86_400_000);
  d.setHours(h!, m!, 0, 0);
  return d.getTime() > now.getTime() ? new Date(now.getTime() - 60_000 * (1 + email.daysAgo)) : d;
}
