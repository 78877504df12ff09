import { getTranslations } from "next-intl/server";
import { requestFormats } from "@/lib/i18n/server-formats";
import type { SessionRoom } from "@/lib/sessions/get-session-room";

/** When, how and in what state a session is, at the top of its room. */
export async function SessionHeader({ room, otherName, timeZone }: { room: SessionRoom; otherName: string; timeZone: string }) {
  const [t, tv, f] = await Promise.all([getTranslations("room"), getTranslations("vocabulary"), requestFormats(timeZone)]);
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2" data-testid="session-header" data-status={room.status}>
      <p className="text-slate-800">
        <span className="font-semibold">{f.dateTime(room.startsAt)}</span>–{f.time(room.endsAt)} · {otherName} · {tv(`format.${room.format}`)}
      </p>
      <p className="text-sm text-slate-600">
        {tv(`appointmentStatus.${room.status}`)}
        {room.topic && ` · ${tv(`topic.${room.topic}`)}`}
        {room.minutesTogether !== null && ` · ${t("together", { minutes: room.minutesTogether })}`}
      </p>
    </div>
  );
}
