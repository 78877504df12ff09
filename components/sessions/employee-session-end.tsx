import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { HomeworkList } from "@/components/cabinet/homework-list";
import { Card } from "@/components/ui/card";
import { requestFormats } from "@/lib/i18n/server-formats";
import type { EmployeeSessionEnd } from "@/lib/sessions/employee-session-end";

/** The employee's end screen: the homework given, the next session with the same psychologist, the rating when due. */
export async function EmployeeSessionEndCard({ end, psychologistName, timeZone }: { end: EmployeeSessionEnd; psychologistName: string; timeZone: string }) {
  const [t, f] = await Promise.all([getTranslations("room.end"), requestFormats(timeZone)]);
  return (
    <Card title={t("title")}>
      <div className="space-y-5">
        <section className="space-y-2">
          <h3 className="font-semibold text-slate-900">{t("homework")}</h3>
          {end.homework.length > 0 ? <HomeworkList items={end.homework} timeZone={timeZone} /> : <p className="text-sm text-slate-700">{t("noHomework")}</p>}
        </section>
        <section className="space-y-2" data-testid="book-next">
          <h3 className="font-semibold text-slate-900">{t("bookNext", { name: psychologistName })}</h3>
          {end.profileId && end.nextTimes.length > 0 ? (
            <ul className="flex flex-wrap gap-2">
              {end.nextTimes.map((slot) => (
                <li key={slot.start.toISOString()}>
                  <Link
                    href={`/catalogue/${end.profileId}/book?${new URLSearchParams({ start: slot.start.toISOString() })}`}
                    className="inline-flex min-h-11 items-center rounded-md border border-harbor-700 px-3 text-sm font-medium text-harbor-700 hover:bg-harbor-50"
                  >
                    {f.dateTime(slot.start)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">{end.profileId ? t("noTimes") : t("notBooking", { name: psychologistName })}</p>
          )}
          {end.profileId && (
            <Link href={`/catalogue/${end.profileId}`} className="text-sm font-medium text-harbor-700 underline">
              {t("allTimes")}
            </Link>
          )}
        </section>
        {end.awaitsRating && (
          <p className="text-sm text-slate-700">
            {t("rate")}{" "}
            <Link href="/cabinet" className="font-medium text-harbor-700 underline">
              {t("rateLink")}
            </Link>
          </p>
        )}
      </div>
    </Card>
  );
}
