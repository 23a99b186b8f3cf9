import { readFile } from "node:fs/promises";
import { parseMime } from "@/lib/mail/parse-mime";
import { buildTriageInput, triageSourceFromParsed, type TriageInput } from "../triage-input";

/** Raw RFC 822 bytes -> what triage sees, through the same parser the mail store uses. */
export async function readRawEmail(raw: Buffer): Promise<TriageInput> {
  return buildTriageInput(triageSourceFromParsed(await parseMime(raw)));
}

export async function readEmailFile(file: string): Promise<TriageInput> {
  return readRawEmail(await readFile(file));
}
