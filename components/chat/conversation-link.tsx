import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { formats } from "@/lib/i18n/format";

/** One conversation in a list: who, how many wait unread, and when the last message came. */
export function ConversationLink({
  href,
  unread,
  lastMessageAt,
  timeZone,
  children,
}: {
  href: string;
  unread: number;
  lastMessageAt: Date | null;
  timeZone: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("conversations");
  const f = formats(useLocale(), timeZone);
  return (
    <Link href={href} className="flex flex-wrap items-center justify-between gap-2 py-3 hover:bg-slate-50">
      <span>{children}</span>
      <span className="text-sm text-slate-600">
        {unread > 0 && <span className="mr-2 rounded-full bg-harbor-700 px-2 py-0.5 text-xs font-semibold text-white">{t("unread", { count: unread })}</span>}
        {lastMessageAt ? f.dateTime(lastMessageAt) : t("noMessages")}
      </span>
    </Link>
  );
}
