import { Star } from "lucide-react";
import { useTranslations } from "next-intl";

/** A rating as five stars, drawn as icons (an emoji or font glyph can render as an empty box). */
export function Stars({ rating, label }: { rating: number; label?: string }) {
  const t = useTranslations("catalogue.rating");
  return (
    <span className="inline-flex items-center gap-0.5 align-[-2px]" role="img" aria-label={label ?? t("stars", { rating })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <Star key={n} aria-hidden className={n <= rating ? "h-4 w-4 fill-amber-400 text-amber-500" : "h-4 w-4 text-slate-300"} />
      ))}
    </span>
  );
}
