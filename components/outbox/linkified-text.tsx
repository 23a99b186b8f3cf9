import Link from "@mui/material/Link";

const URL_RE = /(https?:\/\/[^\s<>"')]+)/g;

/** Plain text with its http(s) URLs as links (rendered as text nodes, never HTML). */
export function LinkifiedText({ text }: { text: string }) {
  const parts = text.split(URL_RE);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <Link key={i} href={part} sx={{ overflowWrap: "anywhere" }}>
            {part}
          </Link>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}
