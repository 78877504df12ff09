import { getTranslations } from "next-intl/server";
import type { CalendarLinks } from "@/lib/booking/add-to-calendar";

/** "Add to calendar": the .ics file (any calendar app), or straight into Google Calendar or Outlook. */
export async function AddToCalendarLinks({ links }: { links: CalendarLinks }) {
  const t = await getTranslations("calendar");
  const link = "font-medium text-harbor-700 underline";
  return (
    <p className="mt-1 flex flex-wrap items-baseline gap-x-3 gap-y-1" data-testid="add-to-calendar">
      <span>{t("add")}</span>
      <a href={links.file} download className={link}>
        {t("file")}
      </a>
      <a href={links.google} target="_blank" rel="noopener noreferrer" className={link}>
        {t("google")}
      </a>
      <a href={links.outlook} target="_blank" rel="noopener noreferrer" className={link}>
        {t("outlook")}
      </a>
    </p>
  );
}
