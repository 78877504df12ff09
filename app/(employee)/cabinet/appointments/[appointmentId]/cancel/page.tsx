import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { CancelForm } from "@/components/booking/cancel-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getChangeTerms } from "@/lib/booking/change-appointment";
import { isAppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { requestFormats } from "@/lib/i18n/server-formats";
import { cancelAppointmentAction } from "../../../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("cancel"))("title") };
}

export default async function CancelPage({ params }: { params: Promise<{ appointmentId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/cabinet"]);
  const { appointmentId } = await params;
  const terms = await getChangeTerms(actor, appointmentId).catch((error: unknown) => {
    // Someone else's session is "no such page", as every other row page answers; a session of one's
    // own that can no longer be cancelled says why, in place.
    if (isAppError(error) && error.code !== "not_found") return error;
    if (isAppError(error)) notFound();
    throw error;
  });
  const [t, tv, render, f] = await Promise.all([getTranslations("cancel"), getTranslations("vocabulary"), errorText(), requestFormats(actor.timeZone)]);
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title={t("title")}>
      {isAppError(terms) ? (
        <Notice tone="error" testId="cancel-unavailable">
          {render.error(terms)}{" "}
          <Link href="/cabinet" className="underline">
            {t("back")}
          </Link>
        </Notice>
      ) : (
        <Card>
          <p className="mb-4">
            {t.rich("session", { when: f.dateTime(terms.appointment.startsAt), strong: (chunks) => <strong>{chunks}</strong> })} ·{" "}
            {tv(`format.${terms.appointment.format}`)}
          </p>
          <CancelForm
            action={cancelAppointmentAction.bind(null, terms.appointment.id)}
            lateNotice={terms.late ? render.text("errors.appointment.lateNotice", { hours: terms.lateCancelHours }) : null}
          />
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href={`/catalogue/${terms.appointment.psychologistId}?reschedule=${terms.appointment.id}`} className={buttonClass("secondary")}>
              {t("moveInstead")}
            </Link>
            <Link href="/cabinet" className={buttonClass("ghost")}>
              {t("keep")}
            </Link>
          </div>
        </Card>
      )}
    </AppShell>
  );
}
