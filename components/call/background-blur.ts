/**
 * Background blur for one's own camera, where the browser can do it (LiveKit's track processors:
 * MediaPipe's person segmentation, then a blur of everything else, before the frame is encoded and
 * encrypted). Off by default; the choice holds for this call, and comes back on a camera published
 * again after a reconnect. The model and MediaPipe's WebAssembly are served by Harbor itself
 * (public/call): nothing is fetched from elsewhere.
 */
import { useLocalParticipant } from "@livekit/components-react";
import { BackgroundProcessor, supportsBackgroundProcessors } from "@livekit/track-processors";
import { LocalVideoTrack, Track } from "livekit-client";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";

const ASSETS = { tasksVisionFileSet: "/call/wasm", modelAssetPath: "/call/selfie_segmenter.tflite" };
const never = () => () => undefined;

export interface BackgroundBlur {
  supported: boolean;
  on: boolean;
  /** Whether it is being switched (loading the model takes a moment the first time). */
  pending: boolean;
  failed: boolean;
  toggle: () => void;
}

export function useBackgroundBlur(): BackgroundBlur {
  const supported = useSyncExternalStore(never, supportsBackgroundProcessors, () => false);
  const { localParticipant } = useLocalParticipant();
  const camera = localParticipant.getTrackPublication(Track.Source.Camera)?.track;
  const track = camera instanceof LocalVideoTrack ? camera : undefined;
  const [on, setOn] = useState(false);
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);

  // The camera track as it is now (a new one after switching devices or republishing) follows the
  // choice. Changes run one after another, so a quick on-off-on ends as the last click said.
  const changes = useRef(Promise.resolve());
  useEffect(() => {
    if (!track || !supported) return;
    changes.current = changes.current
      .then(async () => {
        const active = Boolean(track.getProcessor());
        if (on && !active) await track.setProcessor(BackgroundProcessor({ mode: "background-blur", blurRadius: 12, assetPaths: ASSETS }));
        if (!on && active) await track.stopProcessor();
        setFailed(false);
      })
      .catch(() => {
        setFailed(true);
        setOn(false);
      })
      .finally(() => setPending(false));
  }, [track, on, supported]);

  const toggle = () => {
    if (track) setPending(true);
    setOn((value) => !value);
  };
  return { supported, on, pending, failed, toggle };
}
