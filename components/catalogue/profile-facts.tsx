/** Small pieces shared by cards and profile pages: rating, verified mark, labelled lists. */
import { Check, Star } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { Rating } from "@/lib/catalogue/profile-card";
import { formats } from "@/lib/i18n/format";

export function RatingBadge({ rating }: { rating: Rating | null }) {
  const t = useTranslations("catalogue.rating");
  const locale = useLocale();
  if (!rating) return <span className="text-sm text-slate-500">{t("none")}</span>;
  return (
    <span className="text-sm text-slate-800" data-testid="rating">
      <Star aria-hidden className="inline h-4 w-4 fill-amber-400 align-[-2px] text-amber-500" />{" "}
      <span className="font-semibold">{formats(locale, "UTC").decimal(rating.average)}</span>
      <span className="text-slate-500"> ({t("reviews", { count: rating.count })})</span>
      <span className="sr-only"> {t("outOfFive")}</span>
    </span>
  );
}

export function VerifiedMark() {
  const t = useTranslations("catalogue.rating");
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800" title={t("verifiedTitle")}>
      <Check aria-hidden className="h-3.5 w-3.5" /> {t("verified")}
    </span>
  );
}

export function Tags({ items }: { items: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700">
          {item}
        </li>
      ))}
    </ul>
  );
}
