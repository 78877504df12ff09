"use client";

/**
 * The call of an audio or video session: device check, then the room. The token comes from Harbor
 * only inside the session's window; the browser is told plainly when it is too early, over, or when
 * this installation has no media server (chat still works beside it).
 */
import { LiveKitRoom } from "@livekit/components-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { formats } from "@/lib/i18n/format";
import type { CallAvailability } from "@/lib/sessions/get-session-room";
import { CallStage } from "./call-stage";
import { DeviceCheck, type ChosenDevices } from "./device-check";

interface Joined {
  token: string;
  url: string;
  devices: ChosenDevices;
}

export function CallPanel({
  appointmentId,
  withVideo,
  availability,
  opensAt,
  otherName,
  timeZone,
}: {
  appointmentId: string;
  withVideo: boolean;
  availability: CallAvailability;
  opensAt: string;
  otherName: string;
  timeZone: string;
}) {
  const t = useTranslations("call");
  const f = formats(useLocale(), timeZone);
  const [joined, setJoined] = useState<Joined | null>(null);
  const [joining, setJoining] = useState(false);
  const [left, setLeft] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();

  if (availability === "not-configured" || availability === "over" || availability === "closed") {
    return (
      <p className="rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="call-unavailable">
        {t(`unavailable.${availability}`)}
      </p>
    );
  }

  const join = async (devices: ChosenDevices) => {
    setJoining(true);
    setError(null);
    try {
      const response = await fetch(`/api/v1/appointments/${appointmentId}/livekit-token`, { method: "POST" });
      const body = await response.json();
      if (!response.ok) throw new Error(body.detail ?? t("joinFailed"));
      setLeft(false);
      setJoined({ token: body.token, url: body.url, devices });
    } catch (e) {
      setError(e instanceof TypeError ? t("joinFailed") : e instanceof Error ? e.message : t("joinFailed"));
    } finally {
      setJoining(false);
    }
  };

  if (joined) {
    return (
      <LiveKitRoom
        serverUrl={joined.url}
        token={joined.token}
        connect
        audio={{ deviceId: joined.devices.microphoneId || undefined }}
        video={withVideo ? { deviceId: joined.devices.cameraId || undefined } : false}
        options={{ adaptiveStream: true, dynacast: true }}
        onError={(e) => setError(e.message)}
        // The join reaches Harbor as a webhook a moment later; then the page's header says "in progress".
        onConnected={() => setTimeout(() => router.refresh(), 2_000)}
        onDisconnected={() => {
          setJoined(null);
          setLeft(true);
        }}
      >
        <CallStage withVideo={withVideo} otherName={otherName} onLeave={() => setLeft(true)} />
      </LiveKitRoom>
    );
  }

  return (
    <div className="space-y-3">
      {availability === "too-early" && <p className="text-sm text-slate-700">{t("opensAt", { time: f.time(new Date(opensAt)) })}</p>}
      {left && (
        <p role="status" className="text-sm text-slate-700">
          {t("left")}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900">
          {error}
        </p>
      )}
      {left ? (
        <Button type="button" onClick={() => setLeft(false)}>
          {t("rejoin")}
        </Button>
      ) : (
        <DeviceCheck withVideo={withVideo} onJoin={(devices) => void join(devices)} joining={joining} />
      )}
    </div>
  );
}
