import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { NotificationView } from "@/lib/notifications/list-notifications";
import { formats } from "@/lib/i18n/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Translate = ReturnType<typeof useTranslations<"notifications">>;

function describe(n: NotificationView, when: string, audience: "employee" | "psychologist", t: Translate): React.ReactNode {
  switch (n.kind) {
    case "appointment.confirmed":
      return audience === "employee" ? t("booked", { when }) : t("newBooking", { when });
    case "appointment.series":
      return n.series ? t("series", { when, count: n.series.count, cadence: n.series.cadence }) : t("other");
    case "appointment.rescheduled":
      return t("moved", { when });
    case "appointment.reminder":
      return t("reminder", { when });
    case "appointment.cancelled":
      if (audience === "employee" && n.byPsychologist) {
        return (
          <>
            {t("cancelledBySpecialist", { when })}{" "}
            {n.psychologistId && (
              <Link href={`/catalogue/${n.psychologistId}`} className="font-medium text-harbor-700 underline">
                {t("chooseAnother")}
              </Link>
            )}
          </>
        );
      }
      return t("cancelled", { when });
    case "session.open":
      return n.appointmentId ? (
        <Link href={`/practice/sessions/${n.appointmentId}`} className="underline">
          {t("sessionOpen", { when })}
        </Link>
      ) : (
        t("sessionOpen", { when })
      );
    case "session.late":
      return n.appointmentId ? (
        <Link href={`/cabinet/sessions/${n.appointmentId}`} className="underline">
          {t("sessionLate", { when, minutes: n.lateMinutes ?? 0 })}
        </Link>
      ) : (
        t("sessionLate", { when, minutes: n.lateMinutes ?? 0 })
      );
    case "session.waiting":
      return n.appointmentId ? (
        <Link href={`/${audience === "employee" ? "cabinet" : "practice"}/sessions/${n.appointmentId}`} className="underline">
          {t("sessionWaiting", { when })}
        </Link>
      ) : (
        t("sessionWaiting", { when })
      );
    default:
      return t("other");
  }
}

/** Recent updates about appointments, newest first; unread ones stand out. */
export function NotificationList({
  items,
  timeZone,
  audience,
  markRead,
}: {
  items: NotificationView[];
  timeZone: string;
  audience: "employee" | "psychologist";
  markRead: (form: FormData) => Promise<void>;
}) {
  const t = useTranslations("notifications");
  const locale = useLocale();
  if (items.length === 0) return null;
  const f = formats(locale, timeZone);
  const unread = items.filter((n) => !n.read).length;
  return (
    <Card
      title={unread > 0 ? t("titleUnread", { count: unread }) : t("title")}
      action={
        unread > 0 ? (
          <form action={markRead}>
            <Button type="submit" variant="ghost">
              {t("markRead")}
            </Button>
          </form>
        ) : undefined
      }
    >
      <ul className="space-y-2 text-sm" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.read ? "text-slate-600" : "font-medium text-slate-900"}>
            {!n.read && (
              <>
                <span className="mr-2 inline-block h-2 w-2 rounded-full bg-harbor-700" aria-hidden />
                <span className="sr-only">{t("new")}</span>
              </>
            )}
            {describe(n, n.startsAt ? f.dateTime(n.startsAt) : t("yourSession"), audience, t)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
