import { linkify } from "@/lib/chat/linkify";

/** A message's words as text nodes; only http(s) addresses become links, opened apart from Harbor. */
export function MessageText({ text }: { text: string }) {
  return (
    <p className="break-words whitespace-pre-wrap">
      {linkify(text).map((piece, i) =>
        piece.kind === "link" ? (
          <a key={i} href={piece.href} target="_blank" rel="noopener noreferrer nofollow ugc" className="underline">
            {piece.text}
          </a>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
