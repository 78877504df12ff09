import { getTranslations } from "next-intl/server";
import { requestFormats } from "@/lib/i18n/server-formats";
import type { SessionRoom } from "@/lib/sessions/get-session-room";
import { SessionClockLine } from "./session-clock";
import { SessionStatusLine } from "./session-status-line";

/** When, how and in what state a session is, at the top of its room, with its clock; the state follows the event stream. */
export async function SessionHeader({ room, otherName, timeZone }: { room: SessionRoom; otherName: string; timeZone: string }) {
  const [t, tv, f] = await Promise.all([getTranslations("room"), getTranslations("vocabulary"), requestFormats(timeZone)]);
  const details = [room.topic && tv(`topic.${room.topic}`), room.minutesTogether !== null && t("together", { minutes: room.minutesTogether })];
  return (
    <div className="space-y-2">
      <SessionStatusLine details={details.filter((d): d is string => Boolean(d))}>
        <span className="font-semibold">{f.dateTime(room.startsAt)}</span>–{f.time(room.endsAt)} · {otherName} · {tv(`format.${room.format}`)}
      </SessionStatusLine>
      <SessionClockLine startsAt={room.startsAt.toISOString()} endsAt={room.endsAt.toISOString()} closesAt={room.callClosesAt.toISOString()} />
    </div>
  );
}
