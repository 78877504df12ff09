import Link from "next/link";
import type { NotificationView } from "@/lib/notifications/list-notifications";
import { formatDateTime } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

function describe(n: NotificationView, timeZone: string, audience: "employee" | "psychologist"): React.ReactNode {
  const when = n.startsAt ? formatDateTime(n.startsAt, timeZone) : "your session";
  switch (n.kind) {
    case "appointment.confirmed":
      return audience === "employee" ? `Booked: ${when}.` : `New booking: ${when}.`;
    case "appointment.rescheduled":
      return `Moved to ${when}.`;
    case "appointment.reminder":
      return `Reminder: session on ${when}.`;
    case "appointment.cancelled":
      if (audience === "employee" && n.byPsychologist) {
        return (
          <>
            Your specialist had to cancel the session on {when}. It does not use one of your sessions.{" "}
            {n.psychologistId && (
              <Link href={`/catalogue/${n.psychologistId}`} className="font-medium text-harbor-700 underline">
                Choose another time
              </Link>
            )}
          </>
        );
      }
      return `Cancelled: ${when}.`;
    default:
      return "Update about your sessions.";
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
  if (items.length === 0) return null;
  const unread = items.filter((n) => !n.read).length;
  return (
    <Card
      title={unread > 0 ? `Updates (${unread} new)` : "Updates"}
      action={
        unread > 0 ? (
          <form action={markRead}>
            <Button type="submit" variant="ghost">
              Mark all read
            </Button>
          </form>
        ) : undefined
      }
    >
      <ul className="space-y-2 text-sm" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.read ? "text-slate-600" : "font-medium text-slate-900"}>
            {!n.read && <span className="mr-2 inline-block h-2 w-2 rounded-full bg-harbor-700" aria-label="New" />}
            {describe(n, timeZone, audience)}
          </li>
        ))}
      </ul>
    </Card>
  );
}
