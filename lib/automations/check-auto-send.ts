import { isSpamLike } from "./evaluate-rules";
import type { TriageFacts } from "./evaluate-condition";

export interface AutoSendFacts {
  triage: TriageFacts | null;
  /** The generated draft's confidence, 0..1. */
  draftConfidence: number;
  minConfidence: number;
  isFirstTimeSender: boolean;
  allowFirstTimeSenders: boolean;
  sentToday: number;
  dailyCap: number;
}

/**
 * Why a reply must NOT be sent automatically, or null when every guard
 * passes. Pure, so each guard is tested on its own; the executor also
 * reserves the daily slot atomically (reserve-auto-send.ts) before sending.
 */
export function autoSendRefusal(f: AutoSendFacts): string | null {
  if (!f.triage) return "Not triaged: never auto-sent.";
  if (isSpamLike(f.triage)) return "Spam/phishing is never answered automatically.";
  if (f.triage.route === "automated") return "Automated mail is never answered automatically.";
  if (f.dailyCap <= 0) return "Auto-send is turned off for this installation (daily cap 0).";
  if (f.sentToday >= f.dailyCap) return `Daily auto-send cap reached (${f.dailyCap} today); the draft waits for review.`;
  if (f.isFirstTimeSender && !f.allowFirstTimeSenders) return "First-time sender: the rule does not allow auto-sending to new senders; the draft waits for review.";
  if (!(f.draftConfidence >= f.minConfidence)) {
    return `Draft confidence ${f.draftConfidence.toFixed(2)} is below the rule's threshold ${f.minConfidence.toFixed(2)}; the draft waits for review.`;
  }
  return null;
}
