"use client";

/**
 * The call of an audio or video session: device check, then the room. The token comes from Harbor
 * only inside the session's window; the browser is told plainly when it is too early, over, or when
 * this installation has no media server (chat still works beside it).
 *
 * Nothing here navigates or reloads the page while a call is up: a reload during a network blip
 * would land on the browser's offline page and end the call. A call that drops without the person
 * choosing to leave is joined again by itself, and so is a reloaded page, with the devices chosen
 * before (kept for this tab in sessionStorage).
 *
 * Every call is encrypted end to end with the appointment's media key (encrypted-room.ts), which
 * comes with the token; a browser that cannot encrypt is told so and offered no call.
 */
import { LiveKitRoom } from "@livekit/components-react";
import type { DisconnectReason } from "livekit-client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useSessionLive } from "@/components/sessions/session-live";
import { Button } from "@/components/ui/button";
import { formats } from "@/lib/i18n/format";
import { afterDisconnect, callProblemOf, type CallProblem } from "@/lib/sessions/call-problems";
import type { CallAvailability } from "@/lib/sessions/get-session-room";
import type { Side } from "@/lib/sessions/session-access";
import { CallStage } from "./call-stage";
import { DeviceCheck, type ChosenDevices } from "./device-check";
import { openEncryptedRoom, useCanEncryptCalls, useSpareWorker, type EncryptedRoom } from "./encrypted-room";
import { forgetCall, rememberCall, rememberedCall } from "./remembered-call";
import { useRoomDevicePolicy } from "./use-room-device-policy";
import { CallEnded, CallProblemNote, useCallsOnceReady } from "./call-panel-parts";
import { WaitingRoomLine } from "./waiting-room";

interface Joined {
  token: string;
  url: string;
  devices: ChosenDevices;
  encrypted: EncryptedRoom;
}

type Phase = "check" | "joining" | "in-call" | "rejoining" | "left" | "other-tab";

/** Waits between attempts to join again after a drop: quick at first, then every 10 s. */
const REJOIN_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 10_000];

export function CallPanel({
  appointmentId,
  side,
  withVideo,
  availability: given,
  opensAt,
  otherName,
  timeZone,
}: {
  appointmentId: string;
  side: Side;
  withVideo: boolean;
  availability: CallAvailability;
  opensAt: string;
  otherName: string;
  timeZone: string;
}) {
  const t = useTranslations("call");
  const f = formats(useLocale(), timeZone);
  const live = useSessionLive();
  const [phase, setPhase] = useState<Phase>("check");
  const [joined, setJoined] = useState<Joined | null>(null);
  const [problem, setProblem] = useState<{ key: CallProblem } | { text: string } | null>(null);
  const attempts = useRef(0);
  // Whether this person's call has connected since they pressed Join: a first join that never
  // connects is a call server out of reach, said as such, not a dropped call rejoined in a loop.
  const everConnected = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ended = live?.ended ?? false;
  const availability = useCallsOnceReady(given, opensAt);
  const canEncrypt = useCanEncryptCalls();
  useRoomDevicePolicy();
  const takeWorker = useSpareWorker(canEncrypt && (availability === "open" || availability === "too-early"));
  // The room of the current join, whose encryption worker ends with it.
  const current = useRef<EncryptedRoom | null>(null);
  function leaveRoom() {
    current.current?.dispose();
    current.current = null;
    live?.setInCall(false);
    setJoined(null);
  }
  useEffect(() => () => current.current?.dispose(), []);

  function rejoinLater(devices: ChosenDevices) {
    setPhase("rejoining");
    const delay = REJOIN_DELAYS_MS[Math.min(attempts.current, REJOIN_DELAYS_MS.length - 1)];
    attempts.current += 1;
    clearTimeout(retry.current);
    retry.current = setTimeout(() => void join(devices, true), delay);
  }

  async function join(devices: ChosenDevices, rejoining: boolean) {
    setPhase(rejoining ? "rejoining" : "joining");
    try {
      const response = await fetch(`/api/v1/appointments/${appointmentId}/livekit-token`, { method: "POST" });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        // Harbor's own refusals (too early, over, closed) are already sentences in the user's language.
        forgetCall(appointmentId);
        setProblem(body.detail ? { text: body.detail } : { key: "failed" });
        setPhase("check");
        return;
      }
      let encrypted: EncryptedRoom;
      try {
        encrypted = await openEncryptedRoom(body.mediaKey, takeWorker());
      } catch {
        setProblem({ key: "encryption" });
        setPhase("check");
        return;
      }
      current.current?.dispose();
      current.current = encrypted;
      live?.setInCall(true);
      rememberCall(appointmentId, devices);
      setJoined({ token: body.token, url: body.url, devices, encrypted });
      setPhase("in-call");
    } catch {
      // Offline: a rejoin keeps trying while the session lasts; a first join says what to check.
      if (rejoining) return rejoinLater(devices);
      setProblem({ key: "unreachable" });
      setPhase("check");
    }
  }

  useEffect(() => {
    if (ended) forgetCall(appointmentId);
  }, [ended, appointmentId]);

  // A reload (or coming back to the tab's page) within the session rejoins without a click.
  useEffect(() => {
    const remembered = rememberedCall(appointmentId);
    if (remembered && availability === "open" && !ended) retry.current = setTimeout(() => void join(remembered, true), 0);
    return () => clearTimeout(retry.current);
    // Only on arriving at the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A call under way stays up whatever the page learns meanwhile (the session completed, its time over):
  // it ends when they leave or the room closes at the end of the grace time.
  const unavailable =
    joined !== null ? null : ended ? "ended" : availability === "not-configured" || availability === "over" || availability === "closed" ? availability : null;
  if (unavailable) return <CallEnded side={side} availability={unavailable} />;

  if (joined) {
    return (
      <LiveKitRoom
        room={joined.encrypted.room}
        serverUrl={joined.url}
        token={joined.token}
        connect
        audio={{ deviceId: joined.devices.microphoneId || undefined }}
        video={withVideo ? { deviceId: joined.devices.cameraId || undefined } : false}
        onEncryptionError={() => setProblem({ key: "encryption" })}
        onError={(error) => {
          const key = callProblemOf(error);
          // Before the first connection, an error that names no cause is the server out of reach.
          setProblem({ key: key === "failed" && !everConnected.current ? "unreachable" : key });
        }}
        onMediaDeviceFailure={(failure) => setProblem({ key: callProblemOf(Object.assign(new Error(), { name: `${failure}Error` })) })}
        onConnected={() => {
          everConnected.current = true;
          attempts.current = 0;
          setProblem(null);
        }}
        onDisconnected={(reason?: DisconnectReason) => {
          const next = afterDisconnect(reason);
          leaveRoom();
          if (next === "rejoin" && !ended && !everConnected.current) {
            forgetCall(appointmentId);
            // Never connected, and not refused for its keys or devices: the server was out of reach.
            setProblem((current) => (!current || ("key" in current && current.key === "failed") ? { key: "unreachable" } : current));
            return setPhase("check");
          }
          if (next === "rejoin" && !ended) return rejoinLater(joined.devices);
          // "left" is also what LiveKit reports when the page unloads: the Leave button forgets the
          // call, a reload must not, or it could not rejoin by itself.
          if (next !== "left") forgetCall(appointmentId);
          if (next === "left" || next === "ended") live?.setLeftCall(true);
          setPhase(next === "otherTab" ? "other-tab" : "left");
        }}
      >
        <CallStage withVideo={withVideo} side={side} otherName={otherName} ended={ended} onLeave={() => forgetCall(appointmentId)} />
        <CallProblemNote problem={problem} />
      </LiveKitRoom>
    );
  }

  if (!canEncrypt) {
    return (
      <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="call-cannot-encrypt">
        {t("cannotEncrypt")}
      </p>
    );
  }

  const remembered = rememberedCall(appointmentId);
  return (
    <div className="space-y-3" data-testid="call-lobby" data-phase={phase}>
      {availability === "too-early" && <p className="text-sm text-slate-700">{t("opensAt", { time: f.time(new Date(opensAt)) })}</p>}
      {availability === "open" && live && phase === "check" && (
        <WaitingRoomLine appointmentId={appointmentId} otherName={otherName} startsAt={live.startsAt} started={live.running} timeZone={timeZone} />
      )}
      {phase === "rejoining" && (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" data-testid="call-rejoining">
          {t("rejoining")}
        </p>
      )}
      {(phase === "left" || phase === "other-tab") && (
        <p role="status" className="text-sm text-slate-700">
          {phase === "left" ? t("left") : t("otherTab")}
        </p>
      )}
      <CallProblemNote problem={phase === "rejoining" ? null : problem} />
      {phase === "left" || phase === "other-tab" ? (
        <Button
          type="button"
          onClick={() => {
            live?.setLeftCall(false);
            setPhase("check");
          }}
        >
          {t("rejoin")}
        </Button>
      ) : phase === "rejoining" && remembered ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            clearTimeout(retry.current);
            forgetCall(appointmentId);
            setPhase("left");
          }}
        >
          {t("stopRejoining")}
        </Button>
      ) : (
        <DeviceCheck
          withVideo={withVideo}
          onJoin={(devices) => {
            setProblem(null);
            everConnected.current = false;
            void join(devices, false);
          }}
          joining={phase === "joining"}
        />
      )}
    </div>
  );
}
