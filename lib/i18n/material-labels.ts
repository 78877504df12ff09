/** The poster's and the invitation letter's words, in the language asked for (not the reader's). */
import { getTranslations } from "next-intl/server";
import type { ProgrammeMaterials } from "@/lib/materials/programme-materials";
import type { PosterLabels } from "@/lib/materials/poster-pdf";
import { INTL_LOCALE, type Locale } from "./locales";

export interface MaterialTexts {
  poster: PosterLabels;
  invitation: { subject: string; body: string };
}

export async function materialTexts(materials: ProgrammeMaterials, locale: Locale): Promise<MaterialTexts> {
  const [t, tv] = await Promise.all([getTranslations({ locale, namespace: "materials" }), getTranslations({ locale, namespace: "materials.words" })]);
  const or = new Intl.ListFormat(INTL_LOCALE[locale], { type: "disjunction" });
  const specialists = or.format(materials.directions.map((d) => tv(`direction.${d}`)));
  const formats = or.format(materials.formats.map((f) => tv(`format.${f}`)));
  const facts = { name: materials.name, count: materials.sessionsPerYear, specialists, formats, url: materials.landingUrl, number: materials.emergencyNumber };
  return {
    poster: {
      title: t("poster.title"),
      offer: t("poster.offer", facts),
      points: [t("poster.choose", facts), t("poster.private", facts), t("poster.noExplaining")],
      scan: t("poster.scan"),
      register: t("poster.register"),
      urgent: t("poster.urgent", facts),
    },
    invitation: { subject: t("invitation.subject", facts), body: t("invitation.body", facts) },
  };
}
