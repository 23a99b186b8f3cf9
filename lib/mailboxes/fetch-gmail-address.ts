import { google, type Auth } from "googleapis";
import { env } from "@/lib/env";

/** The mailbox's address as Gmail reports it (users.getProfile), for the freshly authorised client. */
export async function fetchGmailAddress(auth: Auth.OAuth2Client): Promise<string> {
  const gmail = google.gmail({ version: "v1", auth, ...(env.GMAIL_API_ROOT_URL ? { rootUrl: env.GMAIL_API_ROOT_URL } : {}) });
  const { data } = await gmail.users.getProfile({ userId: "me" });
  if (!data.emailAddress) throw new Error("Gmail returned a profile without an email address");
  return data.emailAddress.trim().toLowerCase();
}
