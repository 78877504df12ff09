"use client";

/**
 * The device check before a call: a preview of the chosen camera and microphone, the devices to
 * choose from, and the microphone's level, so a person knows they will be seen and heard.
 */
import { useEffect, useRef, useState } from "react";

export type PreviewProblem = "denied" | "missing" | "busy" | "other" | null;

export function useDevicePreview(withVideo: boolean) {
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [microphoneId, setMicrophoneId] = useState<string>("");
  const [cameraId, setCameraId] = useState<string>("");
  const [level, setLevel] = useState(0);
  const [problem, setProblem] = useState<PreviewProblem>(null);
  const frame = useRef(0);

  useEffect(() => {
    let cancelled = false;
    let current: MediaStream | null = null;
    let audio: AudioContext | null = null;
    (async () => {
      try {
        current = await navigator.mediaDevices.getUserMedia({
          audio: microphoneId ? { deviceId: { exact: microphoneId } } : true,
          video: withVideo ? (cameraId ? { deviceId: { exact: cameraId } } : true) : false,
        });
        if (cancelled) return current.getTracks().forEach((track) => track.stop());
        setProblem(null);
        setStream(current);
        setDevices(await navigator.mediaDevices.enumerateDevices());
        audio = new AudioContext();
        const analyser = audio.createAnalyser();
        analyser.fftSize = 512;
        audio.createMediaStreamSource(current).connect(analyser);
        const samples = new Uint8Array(analyser.fftSize);
        const tick = () => {
          analyser.getByteTimeDomainData(samples);
          let peak = 0;
          for (const sample of samples) peak = Math.max(peak, Math.abs(sample - 128));
          setLevel(Math.min(1, peak / 64));
          frame.current = requestAnimationFrame(tick);
        };
        tick();
      } catch (error) {
        const name = error instanceof DOMException ? error.name : "";
        setProblem(
          name === "NotAllowedError"
            ? "denied"
            : name === "NotFoundError" || name === "OverconstrainedError"
              ? "missing"
              : name === "NotReadableError"
                ? "busy"
                : "other",
        );
      }
    })();
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame.current);
      current?.getTracks().forEach((track) => track.stop());
      void audio?.close();
    };
  }, [withVideo, microphoneId, cameraId]);

  const activeId = (kind: "audio" | "video") =>
    stream
      ?.getTracks()
      .find((track) => track.kind === kind)
      ?.getSettings().deviceId ?? "";

  return {
    stream,
    level,
    problem,
    microphones: devices.filter((d) => d.kind === "audioinput"),
    cameras: devices.filter((d) => d.kind === "videoinput"),
    microphoneId: microphoneId || activeId("audio"),
    cameraId: cameraId || activeId("video"),
    setMicrophoneId,
    setCameraId,
  };
}
