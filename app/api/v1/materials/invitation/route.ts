import { z } from "zod";
import { authorize } from "@/lib/auth/guard";
import { withProblems } from "@/lib/http/problem";
import { materialTexts } from "@/lib/i18n/material-labels";
import { LOCALES } from "@/lib/i18n/locales";
import { getProgrammeMaterials } from "@/lib/materials/programme-materials";

const ZLang = z.enum(LOCALES, { error: "errors.materials.language" });

/** GET ?lang=en|ru → the invitation letter as plain text (subject, a blank line, the letter). */
export const GET = withProblems(async (request: Request) => {
  const materials = await getProgrammeMaterials(await authorize(["hr", "tenant_admin"]));
  const lang = ZLang.parse(new URL(request.url).searchParams.get("lang") ?? materials.locale);
  const { invitation } = await materialTexts(materials, lang);
  return new Response(`${invitation.subject}\n\n${invitation.body}\n`, {
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="harbor-invitation-${materials.slug}-${lang}.txt"`,
      "cache-control": "private, no-store",
    },
  });
});
