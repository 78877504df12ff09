import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { PsychologistCard as Card } from "@/lib/catalogue/profile-card";
import { formats } from "@/lib/i18n/format";
import { Avatar } from "./avatar";
import { RatingBadge, VerifiedMark } from "./profile-facts";

export function PsychologistCard({ card, timeZone }: { card: Card; timeZone: string }) {
  const t = useTranslations("catalogue.card");
  const tv = useTranslations("vocabulary");
  const locale = useLocale();
  const f = formats(locale, timeZone);
  return (
    <li
      className="relative flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-harbor-600"
      data-testid="psychologist-card"
    >
      <div className="flex items-start gap-3">
        <Avatar name={card.displayName} photoUrl={card.photoUrl} />
        <div className="min-w-0 space-y-1">
          <h3 className="font-semibold text-slate-900">
            {/* The whole card is the link's hit area; the name stays its accessible label. */}
            <Link href={`/catalogue/${card.id}`} className="after:absolute after:inset-0 after:content-['']">
              {card.displayName}
            </Link>
          </h3>
          <div className="flex flex-wrap items-center gap-2">
            {card.verified && <VerifiedMark />}
            <RatingBadge rating={card.rating} />
          </div>
        </div>
      </div>
      <p className="text-sm text-slate-700" lang={card.bioLanguage ?? undefined}>
        {card.shortBio}
        {card.bioLanguage && card.bioLanguage !== locale && tv.has(`language.${card.bioLanguage}`) && (
          <span className="ml-1 text-xs text-slate-500" lang={locale}>
            {t("bioIn", { language: tv(`language.${card.bioLanguage}`) })}
          </span>
        )}
      </p>
      <dl className="mt-auto grid grid-cols-2 gap-x-3 gap-y-1 text-xs text-slate-600">
        <dt className="sr-only">{t("experience")}</dt>
        <dd>{t("years", { count: card.experienceYears })}</dd>
        <dt className="sr-only">{t("languages")}</dt>
        <dd>{card.languages.map((l) => (tv.has(`language.${l}`) ? tv(`language.${l}`) : l)).join(", ")}</dd>
        <dt className="sr-only">{t("formats")}</dt>
        <dd className="col-span-2">{card.formats.map((format) => tv(`format.${format}`)).join(" · ")}</dd>
      </dl>
      <p className="rounded-lg bg-harbor-50 px-3 py-2 text-sm text-harbor-900" data-testid="next-slot">
        {card.nextSlot
          ? t.rich("nextFree", { when: f.dateTime(new Date(card.nextSlot)), strong: (chunks) => <span className="font-semibold">{chunks}</span> })
          : t("noFreeTime")}
      </p>
    </li>
  );
}
