import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * "I need help now": on every employee page, the room, sign-in and the landing pages, one tap from
 * the numbers. A plain link (no script), so it works on the slowest phone and before anything loads.
 */
export async function UrgentHelpLink({ tenantSlug }: { tenantSlug?: string }) {
  const t = await getTranslations("urgentHelp");
  const href = tenantSlug ? `/help?t=${encodeURIComponent(tenantSlug)}` : "/help";
  return (
    <Link
      href={href}
      className="inline-flex min-h-11 items-center rounded-full bg-red-700 px-4 text-sm font-semibold whitespace-nowrap text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
      data-testid="urgent-help-link"
    >
      {t("link")}
    </Link>
  );
}
