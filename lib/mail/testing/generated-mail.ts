/**
 * Varied, project-written RFC 5322 messages for volume tests (the pipeline's
 * thousand-message runs): plain and multipart/alternative bodies, base64 and
 * quoted-printable, an ISO-8859-1 part, attachments, replies with
 * In-Reply-To, list mail with List-Unsubscribe. Deterministic for an index,
 * each with its own Message-ID, so a count of N is N distinct messages.
 */
const PEOPLE = ["Amara Njoroge", "Tom Becker", "Lucía Ortega", "Wei Chen", "Priya Raman", "Jonas Lind", "Fatima Diallo", "Sam O'Neil"];
const TOPICS = ["Quote for a bathroom refit", "Invoice 2231 attached", "Can we move Thursday's visit?", "Boiler making a noise", "Weekly tips", "Your order has shipped", "Team lunch", "Question about your prices"];

const CRLF = "\r\n";
const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, ".");

export function generatedMessage(i: number, domain = "generated.test"): Buffer {
  const person = PEOPLE[i % PEOPLE.length]!;
  const topic = TOPICS[(i * 3) % TOPICS.length]!;
  const from = `${person} <${slug(person)}@${domain}>`;
  const head = [`From: ${from}`, "To: inbox@pipeline.test", `Subject: ${topic} (#${i})`, `Date: ${new Date(Date.UTC(2026, 10, 1) + i * 60_000).toUTCString()}`, `Message-ID: <gen-${i}@${domain}>`, "MIME-Version: 1.0"];
  const text = `Hello,${CRLF}${CRLF}This is message ${i} about "${topic}". Could you get back to me this week?${CRLF}${CRLF}Thanks,${CRLF}${person}${CRLF}`;
  switch (i % 6) {
    case 0:
      return Buffer.from([...head, "Content-Type: text/plain; charset=UTF-8", "", text].join(CRLF));
    case 1: {
      const b = `alt-${i}`;
      return Buffer.from([...head, `Content-Type: multipart/alternative; boundary="${b}"`, "", `--${b}`, "Content-Type: text/plain; charset=UTF-8", "", text,
        `--${b}`, "Content-Type: text/html; charset=UTF-8", "", `<p>${text.replace(/\r\n/g, "<br>")}</p>`, `--${b}--`, ""].join(CRLF));
    }
    case 2:
      return Buffer.from([...head, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64", "", Buffer.from(`${text}Café at 10? ✓`).toString("base64")].join(CRLF));
    case 3: {
      const latin = Buffer.from(`Grüße aus München, Rechnung Nr. ${i} über 120 EUR folgt.${CRLF}`, "latin1");
      return Buffer.concat([Buffer.from([...head, `In-Reply-To: <gen-${i - 1}@${domain}>`, "Content-Type: text/plain; charset=ISO-8859-1", "Content-Transfer-Encoding: 8bit", "", ""].join(CRLF)), latin]);
    }
    case 4: {
      const b = `mix-${i}`;
      return Buffer.from([...head, `Content-Type: multipart/mixed; boundary="${b}"`, "", `--${b}`, "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
        `${text.replace(/=/g, "=3D")}Total due: =E2=82=AC 240.00`, `--${b}`, `Content-Type: application/pdf; name="invoice-${i}.pdf"`, `Content-Disposition: attachment; filename="invoice-${i}.pdf"`,
        "Content-Transfer-Encoding: base64", "", Buffer.from(`%PDF-1.4 invoice ${i}`).toString("base64"), `--${b}--`, ""].join(CRLF));
    }
    default:
      return Buffer.from([...head, "List-Id: <tips.generated.test>", `List-Unsubscribe: <mailto:leave@${domain}?subject=unsubscribe>`, "Precedence: bulk",
        "Content-Type: text/plain; charset=UTF-8", "", `Tips of the week, issue ${i}.${CRLF}`].join(CRLF));
  }
}

/** N distinct generated messages, starting at index `from`. */
export const generatedMail = (count: number, from = 0): Buffer[] => Array.from({ length: count }, (_, k) => generatedMessage(from + k));
