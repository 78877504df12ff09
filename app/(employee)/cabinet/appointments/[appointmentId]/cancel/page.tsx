import Link from "next/link";
import { AppShell } from "@/components/layout/app-shell";
import { EMPLOYEE_NAV } from "@/components/layout/navigation";
import { CancelForm } from "@/components/booking/cancel-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { guardPage } from "@/lib/auth/page-guard";
import { ROUTE_ROLES } from "@/lib/auth/route-roles";
import { getChangeTerms } from "@/lib/booking/change-appointment";
import { FORMAT_LABEL } from "@/lib/catalogue/vocabulary";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { cancelAppointmentAction } from "../../../actions";

export const metadata = { title: "Cancel a session" };

export default async function CancelPage({ params }: { params: Promise<{ appointmentId: string }> }) {
  const actor = await guardPage(ROUTE_ROLES["/cabinet"]);
  const { appointmentId } = await params;
  const terms = await getChangeTerms(actor, appointmentId).catch((error: unknown) => {
    if (isAppError(error)) return error;
    throw error;
  });
  return (
    <AppShell actor={actor} nav={EMPLOYEE_NAV} title="Cancel a session">
      {terms instanceof Error ? (
        <Notice tone="error" testId="cancel-unavailable">
          {terms.message}{" "}
          <Link href="/cabinet" className="underline">
            Back to your cabinet
          </Link>
        </Notice>
      ) : (
        <Card>
          <p className="mb-4">
            Session on <strong>{formatDateTime(terms.appointment.startsAt, actor.timeZone)}</strong> · {FORMAT_LABEL[terms.appointment.format]}
          </p>
          <CancelForm action={cancelAppointmentAction.bind(null, terms.appointment.id)} lateNotice={terms.notice} />
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href={`/catalogue/${terms.appointment.psychologistId}?reschedule=${terms.appointment.id}`} className={buttonClass("secondary")}>
              Move it instead
            </Link>
            <Link href="/cabinet" className={buttonClass("ghost")}>
              Keep it
            </Link>
          </div>
        </Card>
      )}
    </AppShell>
  );
}
