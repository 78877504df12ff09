"use client";

/**
 * Inside the LiveKit room: the other person's video (or, for audio, who is speaking), one's own
 * small preview, connection quality and state, and the controls — microphone, camera, devices, leave.
 * The other person's state is always said: not joined yet, here, connection dropped, or left.
 */
import {
  RoomAudioRenderer,
  VideoTrack,
  isTrackReference,
  useConnectionQualityIndicator,
  useConnectionState,
  useIsEncrypted,
  useIsSpeaking,
  useLocalParticipant,
  useMediaDeviceSelect,
  useRemoteParticipants,
  useRoomContext,
  useTrackToggle,
  useTracks,
} from "@livekit/components-react";
import { ConnectionQuality, ConnectionState, ParticipantEvent, RemoteTrackPublication, Track, type Participant } from "livekit-client";
import { Bell, BellOff, Blend, Lock, Maximize, Mic, MicOff, MonitorUp, MonitorX, PhoneOff, Video, VideoOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useSessionLive } from "@/components/sessions/session-live";
import type { Side } from "@/lib/sessions/session-access";
import { playJoinChime, useJoinChime } from "./join-chime";
import { useBackgroundBlur } from "./background-blur";
import { SelfPreview } from "./self-preview";
import { useFirstFrameRescue } from "./use-first-frame-rescue";
import { useKeepPublished, type Wanted } from "./use-keep-published";

type OtherState = "waiting" | "here" | "dropped" | "left";

/** Where the other person is: LiveKit marks a participant whose packets stopped as quality "lost" until they resume or time out. */
function useOtherState(remote: Participant | undefined): OtherState {
  const subscribe = useCallback(
    (notify: () => void) => {
      remote?.on(ParticipantEvent.ConnectionQualityChanged, notify);
      return () => void remote?.off(ParticipantEvent.ConnectionQualityChanged, notify);
    },
    [remote],
  );
  const quality = useSyncExternalStore(
    subscribe,
    () => remote?.connectionQuality ?? ConnectionQuality.Unknown,
    () => ConnectionQuality.Unknown,
  );
  const [seen, setSeen] = useState(false);
  if (remote && !seen) setSeen(true);
  if (!remote) return seen ? "left" : "waiting";
  return quality === ConnectionQuality.Lost ? "dropped" : "here";
}

export function CallStage({
  withVideo,
  side,
  otherName,
  ended,
  onLeave,
}: {
  withVideo: boolean;
  side: Side;
  otherName: string;
  ended: boolean;
  onLeave: () => void;
}) {
  const t = useTranslations("call");
  const state = useConnectionState();
  const remote = useRemoteParticipants()[0];
  const other = useOtherState(remote);
  const late = (useSessionLive()?.pastLateMark ?? false) && other === "waiting";
  const [chimeOn, setChimeOn] = useJoinChime();
  const want = useKeepPublished(withVideo);
  useChimeWhenOtherArrives(remote?.identity, chimeOn);
  const cameras = useTracks([Track.Source.Camera], { onlySubscribed: false });
  const remoteVideo = cameras.find((ref) => !ref.participant.isLocal && isTrackReference(ref) && !ref.publication.isMuted);
  const localVideo = cameras.find((ref) => ref.participant.isLocal && isTrackReference(ref) && !ref.publication.isMuted);
  useFirstFrameRescue(
    remoteVideo && isTrackReference(remoteVideo) && remoteVideo.publication instanceof RemoteTrackPublication ? remoteVideo.publication : undefined,
  );
  // A screen the psychologist shares takes the large view on the other side; their camera moves to a corner.
  const screens = useTracks([Track.Source.ScreenShare], { onlySubscribed: false });
  const remoteScreen = screens.find((ref) => !ref.participant.isLocal && isTrackReference(ref) && !ref.publication.isMuted);
  const sharingMine = screens.some((ref) => ref.participant.isLocal && isTrackReference(ref) && !ref.publication.isMuted);
  const view = useRef<HTMLDivElement>(null);

  return (
    <div className="space-y-3" data-testid="call-stage" data-state={state} data-other={other}>
      {(state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting) && (
        <p role="status" className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900" data-testid="call-reconnecting">
          {t("reconnecting")}
        </p>
      )}
      {other === "dropped" && (
        <p role="status" className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900" data-testid="other-dropped">
          {t("otherDropped", { name: otherName })}
        </p>
      )}
      {late && (
        <p role="status" className="rounded-lg bg-amber-50 p-2 text-sm text-amber-900" data-testid="other-late">
          {t("otherLate", { name: otherName })}
        </p>
      )}
      {ended && (
        <p role="status" className="rounded-lg bg-slate-100 p-2 text-sm text-slate-800" data-testid="session-ended">
          {t("sessionEnded")}
        </p>
      )}
      {sharingMine && (
        <p role="status" className="rounded-lg bg-sky-50 p-2 text-sm text-sky-900" data-testid="sharing-screen">
          {t("sharingScreen", { name: otherName })}
        </p>
      )}
      <div ref={view} className="relative overflow-hidden rounded-xl bg-slate-900 text-white">
        {remoteScreen && isTrackReference(remoteScreen) ? (
          <>
            <VideoTrack trackRef={remoteScreen} className="aspect-video w-full bg-black object-contain" data-testid="remote-screen" />
            {remoteVideo && isTrackReference(remoteVideo) && (
              <VideoTrack
                trackRef={remoteVideo}
                className="absolute bottom-2 left-2 w-1/5 min-w-16 rounded-md border border-white/40 object-cover"
                data-testid="remote-video"
              />
            )}
          </>
        ) : withVideo && remoteVideo && isTrackReference(remoteVideo) ? (
          <VideoTrack trackRef={remoteVideo} className="aspect-video w-full object-cover" data-testid="remote-video" />
        ) : (
          <div className="flex aspect-video w-full items-center justify-center p-4 text-center">
            {remote && other === "here" ? (
              <Speaker participant={remote} name={otherName} />
            ) : (
              <p className="text-sm text-slate-200" data-testid="other-state">
                {t(other === "left" ? "otherLeft" : other === "dropped" ? "otherDropped" : "waiting", { name: otherName })}
              </p>
            )}
          </div>
        )}
        {withVideo && localVideo && isTrackReference(localVideo) && <SelfPreview trackRef={localVideo} />}
        {remote && <Quality participant={remote} name={otherName} />}
        <EncryptionLock remote={remote} name={otherName} />
      </div>
      <Controls
        withVideo={withVideo}
        canShareScreen={withVideo && side === "psychologist"}
        onLeave={onLeave}
        want={want}
        onFullScreen={() => void view.current?.requestFullscreen?.()}
        chime={{ on: chimeOn, set: setChimeOn, name: otherName }}
      />
      <RoomAudioRenderer />
    </div>
  );
}

/** A soft sound when the other person comes into the call (not for the people already there when one joins). */
function useChimeWhenOtherArrives(identity: string | undefined, on: boolean) {
  const previous = useRef<string | undefined>(identity);
  useEffect(() => {
    if (identity && !previous.current && on) playJoinChime();
    previous.current = identity;
  }, [identity, on]);
}

/** The lock: shown once this browser encrypts what it sends and, when the other person is here, what they send is encrypted too. */
function EncryptionLock({ remote, name }: { remote: Participant | undefined; name: string }) {
  const { localParticipant } = useLocalParticipant();
  const mine = useIsEncrypted(localParticipant);
  if (!mine) return null;
  return remote ? <LockIfEncrypted participant={remote} name={name} /> : <LockBadge name={name} />;
}

/** LiveKit's hook needs a participant: the other person's lock waits for them to be here. */
function LockIfEncrypted({ participant, name }: { participant: Participant; name: string }) {
  return useIsEncrypted(participant) ? <LockBadge name={name} /> : null;
}

function LockBadge({ name }: { name: string }) {
  const t = useTranslations("call");
  return (
    <p
      className="absolute top-2 right-2 inline-flex items-center gap-1 rounded bg-black/60 px-2 py-1 text-xs"
      title={t("encryptedHint", { name })}
      data-testid="call-encrypted"
    >
      <Lock aria-hidden className="h-3.5 w-3.5" />
      {/* On a phone the lock alone, beside the connection line; the words for screen readers always. */}
      <span className="hidden sm:inline">{t("encrypted")}</span>
      <span className="sr-only">
        <span className="sm:hidden">{t("encrypted")}. </span>
        {t("encryptedHint", { name })}
      </span>
    </p>
  );
}

function Speaker({ participant, name }: { participant: Participant; name: string }) {
  const t = useTranslations("call");
  const speaking = useIsSpeaking(participant);
  return (
    <p className="text-base">
      <span aria-hidden className={`mr-2 inline-block h-3 w-3 rounded-full ${speaking ? "bg-emerald-400" : "bg-slate-500"}`} />
      {speaking ? t("speaking", { name }) : t("connectedWith", { name })}
    </p>
  );
}

function Quality({ participant, name }: { participant: Participant; name: string }) {
  const t = useTranslations("call");
  const { quality } = useConnectionQualityIndicator({ participant });
  const key =
    quality === ConnectionQuality.Excellent
      ? "excellent"
      : quality === ConnectionQuality.Good
        ? "good"
        : quality === ConnectionQuality.Poor
          ? "poor"
          : "unknown";
  return (
    <p className="absolute top-2 left-2 rounded bg-black/60 px-2 py-1 text-xs" data-testid="connection-quality">
      {t(`quality.${key}`, { name })}
    </p>
  );
}

/** Icon buttons, named for screen readers and on hover, so the row fits a 390 px phone in every language. */
function Controls({
  withVideo,
  canShareScreen,
  onLeave,
  want,
  onFullScreen,
  chime,
}: {
  withVideo: boolean;
  canShareScreen: boolean;
  onLeave: () => void;
  want: (change: Partial<Wanted>) => void;
  onFullScreen: () => void;
  chime: { on: boolean; set: (on: boolean) => void; name: string };
}) {
  const t = useTranslations("call");
  const room = useRoomContext();
  const microphone = useTrackToggle({ source: Track.Source.Microphone });
  const camera = useTrackToggle({ source: Track.Source.Camera });
  const screen = useTrackToggle({ source: Track.Source.ScreenShare });
  const blur = useBackgroundBlur();
  useLocalParticipant();
  const icon = "h-5 w-5";
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="call-controls">
      <IconButton
        label={microphone.enabled ? t("mute") : t("unmute")}
        pressed={!microphone.enabled}
        onClick={() => {
          want({ microphone: !microphone.enabled });
          void microphone.toggle();
        }}
        disabled={microphone.pending}
      >
        {microphone.enabled ? <Mic aria-hidden className={icon} /> : <MicOff aria-hidden className={icon} />}
      </IconButton>
      {withVideo && (
        <IconButton
          label={camera.enabled ? t("cameraOff") : t("cameraOn")}
          pressed={!camera.enabled}
          onClick={() => {
            want({ camera: !camera.enabled });
            void camera.toggle();
          }}
          disabled={camera.pending}
        >
          {camera.enabled ? <Video aria-hidden className={icon} /> : <VideoOff aria-hidden className={icon} />}
        </IconButton>
      )}
      {canShareScreen && (
        <IconButton
          label={screen.enabled ? t("stopSharing") : t("shareScreen")}
          pressed={screen.enabled}
          onClick={() => void screen.toggle()}
          disabled={screen.pending}
        >
          {screen.enabled ? <MonitorX aria-hidden className={icon} /> : <MonitorUp aria-hidden className={icon} />}
        </IconButton>
      )}
      {withVideo && blur.supported && (
        <IconButton
          label={blur.on ? t("blurOff") : t("blurOn")}
          pressed={blur.on}
          onClick={blur.toggle}
          disabled={blur.pending || !camera.enabled}
          testId="background-blur"
        >
          <Blend aria-hidden className={icon} />
        </IconButton>
      )}
      {withVideo && (
        // A phone's video already fills the screen's width: the button is left to larger screens, so the row fits.
        <IconButton label={t("fullScreen")} onClick={onFullScreen} className="hidden sm:inline-flex">
          <Maximize aria-hidden className={icon} />
        </IconButton>
      )}
      <IconButton
        label={chime.on ? t("chimeOff", { name: chime.name }) : t("chimeOn", { name: chime.name })}
        pressed={!chime.on}
        onClick={() => chime.set(!chime.on)}
      >
        {chime.on ? <Bell aria-hidden className={icon} /> : <BellOff aria-hidden className={icon} />}
      </IconButton>
      <IconButton
        label={t("leave")}
        danger
        onClick={() => {
          void room.disconnect();
          onLeave();
        }}
      >
        <PhoneOff aria-hidden className={icon} />
      </IconButton>
      {blur.failed && (
        <p role="status" className="basis-full text-sm text-amber-900" data-testid="blur-failed">
          {t("blurFailed")}
        </p>
      )}
      <DeviceSelect kind="audioinput" label={t("microphone")} />
      {withVideo && <DeviceSelect kind="videoinput" label={t("camera")} />}
    </div>
  );
}

function IconButton({
  label,
  pressed,
  danger,
  disabled,
  onClick,
  className = "inline-flex",
  testId,
  children,
}: {
  label: string;
  pressed?: boolean;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
  className?: string;
  testId?: string;
  children: React.ReactNode;
}) {
  const tone = danger
    ? "border-red-300 bg-red-50 text-red-800"
    : pressed
      ? "border-harbor-700 bg-harbor-700 text-white"
      : "border-slate-300 bg-white text-slate-800";
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      data-testid={testId}
      className={`focus-visible:ring-harbor-500 ${className} min-h-11 min-w-11 items-center justify-center rounded-full border px-3 focus-visible:ring-2 focus-visible:outline-none disabled:opacity-50 ${tone}`}
    >
      {children}
    </button>
  );
}

function DeviceSelect({ kind, label }: { kind: MediaDeviceKind; label: string }) {
  const t = useTranslations("call");
  const select = useMediaDeviceSelect({ kind, room: useRoomContext() });
  if (select.devices.length < 2) return null;
  return (
    <label className="text-xs font-medium text-slate-700">
      {label}
      <select
        className="mt-1 block min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm"
        value={select.activeDeviceId}
        onChange={(e) => void select.setActiveMediaDevice(e.target.value)}
      >
        {select.devices.map((d, i) => (
          <option key={d.deviceId || i} value={d.deviceId}>
            {d.label || t("deviceNumber", { number: i + 1 })}
          </option>
        ))}
      </select>
    </label>
  );
}
