import Link from "next/link";
import Typography from "@mui/material/Typography";

/** A short list of links to related records (or a note that there are none). */
export function RelatedLinks({ items, base, empty }: { items: { id: string; label: string }[]; base: string; empty: string }) {
  if (items.length === 0) return <Typography color="text.secondary">{empty}</Typography>;
  return (
    <ul style={{ margin: 0, paddingLeft: 18 }}>
      {items.map((i) => (
        <li key={i.id}>
          <Link href={`${base}/${i.id}`}>{i.label}</Link>
        </li>
      ))}
    </ul>
  );
}
