import { senderDomain, type TriageInput } from "../triage-input";
import { bucket, tokenize } from "./tokenize";

/**
 * Named features of one email: words and word pairs of subject and body, plus
 * header and structure signals that generalise beyond any one corpus. Deliberately
 * left out: Received/Message-ID/Date and archive headers (X-Folder, X-FileName…),
 * which identify where a corpus came from rather than what the mail is.
 */
export function extractFeatures(input: TriageInput): Map<string, number> {
  const features = new Map<string, number>();
  const add = (name: string, weight = 1) => features.set(name, (features.get(name) ?? 0) + weight);

  addWords(add, "s", tokenize(input.subject, 60));
  addCharGrams(add, "sc", input.subject.toLowerCase().slice(0, 200));
  addWords(add, "b", tokenize(input.text, 1500));
  for (const flag of headerFlags(input)) add(`h:${flag}`);
  for (const flag of senderFlags(input)) add(`f:${flag}`);
  for (const flag of linkFlags(input)) add(`l:${flag}`);
  for (const flag of textFlags(input.text)) add(`t:${flag}`);
  for (const [tag, n] of Object.entries(input.htmlTags)) add(`html:${tag}:${bucket(n, [1, 5, 20])}`);
  return features;
}

function addWords(add: (name: string, weight?: number) => void, prefix: string, tokens: string[]) {
  for (let i = 0; i < tokens.length; i++) {
    add(`${prefix}:${tokens[i]}`);
    if (i > 0) add(`${prefix}2:${tokens[i - 1]} ${tokens[i]}`, 0.5);
  }
}

// Character trigrams catch obfuscated subjects ("V1agra", "F R E E") that word tokens miss.
function addCharGrams(add: (name: string, weight?: number) => void, prefix: string, text: string) {
  const padded = ` ${text.replace(/\s+/g, " ")} `;
  for (let i = 0; i + 3 <= padded.length; i++) add(`${prefix}:${padded.slice(i, i + 3)}`, 0.3);
}

function textFlags(text: string): string[] {
  const letters = text.replace(/[^a-zA-Z]/g, "");
  const upper = letters.replace(/[^A-Z]/g, "").length;
  return [
    `caps:${bucket(letters.length ? Math.round((upper * 100) / letters.length) : 0, [5, 15, 30, 60])}`,
    `bangs:${bucket((text.match(/!/g) ?? []).length, [0, 2, 6])}`,
    `money:${bucket((text.match(/[$€£]\s?\d/g) ?? []).length, [0, 2, 6])}`,
    `urls:${bucket((text.match(/https?:\/\//gi) ?? []).length, [0, 2, 8, 25])}`,
    `quoted:${bucket((text.match(/^>/gm) ?? []).length, [0, 3, 15])}`,
  ];
}

function headerFlags(input: TriageInput): string[] {
  const h = input.headers;
  const value = (name: string) => (h[name]?.[0] ?? "").toLowerCase();
  const flags: string[] = [];
  if (input.list.id) flags.push("list-id");
  if (input.list.unsubscribe) flags.push("list-unsubscribe");
  if (input.list.post) flags.push("list-post");
  if (h["precedence"]) flags.push(`precedence:${value("precedence").replace(/[^a-z-]/g, "")}`);
  if (h["auto-submitted"]) flags.push(`auto-submitted:${value("auto-submitted").split(/[;\s]/)[0]}`);
  const mailer = value("x-mailer") || value("user-agent");
  if (mailer) flags.push(`mailer:${mailer.replace(/[^a-z ]/g, " ").trim().split(/\s+/).slice(0, 2).join("-")}`);
  else flags.push("no-mailer");
  if (h["x-priority"]) flags.push(`priority:${value("x-priority").slice(0, 1)}`);
  if (h["x-msmail-priority"]) flags.push("msmail-priority");
  if (h["errors-to"]) flags.push("errors-to");
  if (h["in-reply-to"] || h["references"]) flags.push("is-reply");
  flags.push(input.hasHtml ? (input.hasText ? "html+text" : "html-only") : "text-only");
  flags.push(`attachments:${bucket(input.attachments.count, [0, 1, 3])}`);
  for (const type of new Set(input.attachments.contentTypes)) flags.push(`attach-type:${type.split(";")[0]}`);
  flags.push(`recipients:${bucket(input.to.length + input.cc.length, [0, 1, 3, 10])}`);
  flags.push(`length:${bucket(input.text.length, [40, 200, 1000, 4000])}`);
  const subject = input.subject;
  if (!subject.trim()) flags.push("subject-empty");
  if (/^\s*(re|aw|sv)\s*:/i.test(subject)) flags.push("subject-re");
  if (/^\s*(fw|fwd)\s*:/i.test(subject)) flags.push("subject-fwd");
  const letters = subject.replace(/[^a-zA-Z]/g, "");
  if (letters.length >= 8 && letters === letters.toUpperCase()) flags.push("subject-caps");
  if (/!{1,}/.test(subject)) flags.push("subject-bang");
  return flags;
}

function senderFlags(input: TriageInput): string[] {
  if (!input.from) return ["none"];
  const flags: string[] = [];
  const local = input.from.address.split("@")[0] ?? "";
  for (const part of local.split(/[^a-z]+/).filter((p) => p.length >= 3)) flags.push(`local:${part}`);
  if (/\d{3,}/.test(local)) flags.push("local-digits");
  if (!input.from.name) flags.push("no-display-name");
  else if (input.from.name.includes("@")) flags.push("display-name-address");
  const replyDomain = input.replyTo[0]?.address.split("@")[1];
  if (replyDomain && replyDomain !== senderDomain(input)) flags.push("reply-to-other-domain");
  if (input.to.length === 0) flags.push("no-to");
  return flags;
}

function linkFlags(input: TriageInput): string[] {
  const flags = [`count:${bucket(input.links.length, [0, 2, 10, 30])}`];
  for (const link of input.links.slice(0, 50)) {
    if (/^https?:\/\/\d{1,3}(\.\d{1,3}){3}/i.test(link.href)) flags.push("ip-host");
    if (/@/.test(link.href.replace(/^mailto:.*/i, ""))) flags.push("at-in-url");
    const shown = /https?:\/\/([^/\s]+)/i.exec(link.text)?.[1]?.toLowerCase();
    const real = /^https?:\/\/([^/\s?#]+)/i.exec(link.href)?.[1]?.toLowerCase();
    if (shown && real && !real.endsWith(shown.replace(/^www\./, ""))) flags.push("text-host-mismatch");
  }
  return [...new Set(flags)];
}
