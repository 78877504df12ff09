import { getTranslations } from "next-intl/server";
import { CallPanel } from "@/components/call/call-panel";
import { Card } from "@/components/ui/card";
import type { SessionRoom } from "@/lib/sessions/get-session-room";

/** The call (for audio and video sessions) beside the conversation: the middle of either side's room. */
export async function SessionStage({ room, otherName, timeZone, chat }: { room: SessionRoom; otherName: string; timeZone: string; chat: React.ReactNode }) {
  const t = await getTranslations("room");
  if (room.format === "chat") return chat;
  return (
    <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <Card title={room.format === "video" ? t("videoCall") : t("audioCall")}>
        <CallPanel
          appointmentId={room.id}
          side={room.side}
          withVideo={room.format === "video"}
          availability={room.call}
          opensAt={room.callOpensAt.toISOString()}
          otherName={otherName}
          timeZone={timeZone}
        />
      </Card>
      {chat}
    </div>
  );
}
