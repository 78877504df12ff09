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
  useIsSpeaking,
  useLocalParticipant,
  useMediaDeviceSelect,
  useRemoteParticipants,
  useRoomContext,
  useTrackToggle,
  useTracks,
} from "@livekit/components-react";
import { ConnectionQuality, ConnectionState, ParticipantEvent, Track, type Participant } from "livekit-client";
import { Mic, MicOff, PhoneOff, Video, VideoOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useState, useSyncExternalStore } from "react";

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

export function CallStage({ withVideo, otherName, ended, onLeave }: { withVideo: boolean; otherName: string; ended: boolean; onLeave: () => void }) {
  const t = useTranslations("call");
  const state = useConnectionState();
  const remote = useRemoteParticipants()[0];
  const other = useOtherState(remote);
  const cameras = useTracks([Track.Source.Camera], { onlySubscribed: false });
  const remoteVideo = cameras.find((ref) => !ref.participant.isLocal && isTrackReference(ref) && !ref.publication.isMuted);
  const localVideo = cameras.find((ref) => ref.participant.isLocal && isTrackReference(ref) && !ref.publication.isMuted);

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
      {ended && (
        <p role="status" className="rounded-lg bg-slate-100 p-2 text-sm text-slate-800" data-testid="session-ended">
          {t("sessionEnded")}
        </p>
      )}
      <div className="relative overflow-hidden rounded-xl bg-slate-900 text-white">
        {withVideo && remoteVideo && isTrackReference(remoteVideo) ? (
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
        {withVideo && localVideo && isTrackReference(localVideo) && (
          <VideoTrack
            trackRef={localVideo}
            className="absolute right-2 bottom-2 w-1/4 min-w-20 rounded-md border border-white/40 object-cover"
            muted
            aria-label={t("you")}
          />
        )}
        {remote && <Quality participant={remote} name={otherName} />}
      </div>
      <Controls withVideo={withVideo} onLeave={onLeave} />
      <RoomAudioRenderer />
    </div>
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
function Controls({ withVideo, onLeave }: { withVideo: boolean; onLeave: () => void }) {
  const t = useTranslations("call");
  const room = useRoomContext();
  const microphone = useTrackToggle({ source: Track.Source.Microphone });
  const camera = useTrackToggle({ source: Track.Source.Camera });
  useLocalParticipant();
  const icon = "h-5 w-5";
  return (
    <div className="flex flex-wrap items-end gap-2" data-testid="call-controls">
      <IconButton
        label={microphone.enabled ? t("mute") : t("unmute")}
        pressed={!microphone.enabled}
        onClick={() => void microphone.toggle()}
        disabled={microphone.pending}
      >
        {microphone.enabled ? <Mic aria-hidden className={icon} /> : <MicOff aria-hidden className={icon} />}
      </IconButton>
      {withVideo && (
        <IconButton
          label={camera.enabled ? t("cameraOff") : t("cameraOn")}
          pressed={!camera.enabled}
          onClick={() => void camera.toggle()}
          disabled={camera.pending}
        >
          {camera.enabled ? <Video aria-hidden className={icon} /> : <VideoOff aria-hidden className={icon} />}
        </IconButton>
      )}
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
  children,
}: {
  label: string;
  pressed?: boolean;
  danger?: boolean;
  disabled?: boolean;
  onClick: () => void;
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
      className={`focus-visible:ring-harbor-500 inline-flex min-h-11 min-w-11 items-center justify-center rounded-full border px-3 focus-visible:ring-2 focus-visible:outline-none disabled:opacity-50 ${tone}`}
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
