/**
 * After LiveKit reconnects a call by itself, what the person had on is on again. A network that
 * drops while the microphone or camera is still being published (right after joining) can leave
 * the reconnected call without it: the other side sees "connected" and no picture. Two seconds after
 * each reconnection (LiveKit republishes what it knew of first), anything the person wants on and
 * that is not published is published again. What they want follows their own mute and camera buttons.
 */
import { useRoomContext } from "@livekit/components-react";
import { RoomEvent, Track } from "livekit-client";
import { useEffect, useRef } from "react";

export interface Wanted {
  microphone: boolean;
  camera: boolean;
}

const SETTLE_MS = 2_000;

/** Returns how to record what the person turned on or off themselves. */
export function useKeepPublished(withVideo: boolean): (change: Partial<Wanted>) => void {
  const room = useRoomContext();
  const wanted = useRef<Wanted>({ microphone: true, camera: withVideo });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restore = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const me = room.localParticipant;
        if (wanted.current.microphone && !me.getTrackPublication(Track.Source.Microphone)) void me.setMicrophoneEnabled(true).catch(() => undefined);
        if (wanted.current.camera && !me.getTrackPublication(Track.Source.Camera)) void me.setCameraEnabled(true).catch(() => undefined);
      }, SETTLE_MS);
    };
    room.on(RoomEvent.Reconnected, restore);
    return () => {
      clearTimeout(timer);
      room.off(RoomEvent.Reconnected, restore);
    };
  }, [room]);
  return (change) => Object.assign(wanted.current, change);
}
