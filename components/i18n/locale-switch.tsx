import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** The other languages, each named in itself; one tap switches and remembers the choice. */
export async function LocaleSwitch({ choose }: { choose: (locale: Locale, form: FormData) => Promise<void> }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <div className="flex items-center gap-2 text-sm text-slate-600" data-testid="locale-switch">
      <span>{t("language")}:</span>
      {LOCALES.map((other) =>
        other === locale ? (
          <span key={other} lang={other} aria-current="true" className="px-2 py-2 font-semibold text-slate-900">
            {LOCALE_NAMES[other]}
          </span>
        ) : (
          <form key={other} action={choose.bind(null, other)}>
            <button
              type="submit"
              lang={other}
              aria-label={t("switchTo", { name: LOCALE_NAMES[other] })}
              className="min-h-11 rounded-md px-2 font-medium text-harbor-700 underline hover:bg-slate-100"
            >
              {LOCALE_NAMES[other]}
            </button>
          </form>
        ),
      )}
    </div>
  );
}
