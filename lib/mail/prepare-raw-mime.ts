/**
 * Byte-level clean-up before MIME parsing, for input as it really arrives:
 * mbox exports start with a `From ` envelope line, old Mac mail uses bare CR
 * line endings, and anything can be far larger than we are willing to parse.
 */
export interface PreparedMime {
  bytes: Buffer;
  /** Set when only a prefix of the input is parsed. */
  truncatedFrom: number | null;
}

const LF = 0x0a;
const CR = 0x0d;

/** An mbox envelope line ("From sender date"), unlike the "From:" header, has no colon after "From". */
function stripMboxEnvelope(bytes: Buffer): Buffer {
  if (bytes.subarray(0, 5).toString("latin1") !== "From ") return bytes;
  const end = bytes.indexOf(LF);
  return end < 0 ? Buffer.alloc(0) : bytes.subarray(end + 1);
}

/** Files with CRs but no LF at all use CR-only line endings, which MIME parsers do not recognise. */
function normaliseCrOnly(bytes: Buffer): Buffer {
  const out = Buffer.allocUnsafe(bytes.length * 2);
  let n = 0;
  for (const byte of bytes) {
    out[n++] = byte;
    if (byte === CR) out[n++] = LF;
  }
  return out.subarray(0, n);
}

/** Cut at the last line break within the limit, so a header or base64 line is not split halfway. */
function truncate(bytes: Buffer, maxBytes: number): Buffer {
  const cut = bytes.lastIndexOf(LF, maxBytes - 1);
  return bytes.subarray(0, cut > 0 ? cut + 1 : maxBytes);
}

export function prepareRawMime(raw: Buffer, maxBytes: number): PreparedMime {
  const crOnly = !raw.includes(LF) && raw.includes(CR);
  // Line endings first (the envelope line is found by its line break); only a prefix is ever converted.
  let bytes = stripMboxEnvelope(crOnly ? normaliseCrOnly(raw.subarray(0, maxBytes * 2)) : raw);
  const truncatedFrom = bytes.length > maxBytes ? raw.length : null;
  if (truncatedFrom !== null) bytes = truncate(bytes, maxBytes);
  return { bytes, truncatedFrom };
}
