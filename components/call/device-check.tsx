"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useDevicePreview } from "./use-device-preview";

export interface ChosenDevices {
  microphoneId: string;
  cameraId: string;
}

/** Camera and microphone preview, device choice and a level meter; then "Join". */
export function DeviceCheck({ withVideo, onJoin, joining }: { withVideo: boolean; onJoin: (devices: ChosenDevices) => void; joining: boolean }) {
  const t = useTranslations("call");
  const preview = useDevicePreview(withVideo);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (video.current) video.current.srcObject = preview.stream;
  }, [preview.stream]);

  return (
    <div className="space-y-3" data-testid="device-check">
      <p className="text-sm text-slate-700">{withVideo ? t("checkVideo") : t("checkAudio")}</p>
      {preview.problem && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-900">
          {t(`problem.${preview.problem}`)}
        </p>
      )}
      {withVideo && (
        <video ref={video} autoPlay muted playsInline className="aspect-video w-full rounded-lg bg-slate-900 object-cover" aria-label={t("preview")} />
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <label className="block text-sm font-medium text-slate-800">
          {t("microphone")}
          <select
            className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3"
            value={preview.microphoneId}
            onChange={(e) => preview.setMicrophoneId(e.target.value)}
          >
            {preview.microphones.map((d, i) => (
              <option key={d.deviceId || i} value={d.deviceId}>
                {d.label || t("deviceNumber", { number: i + 1 })}
              </option>
            ))}
          </select>
        </label>
        {withVideo && (
          <label className="block text-sm font-medium text-slate-800">
            {t("camera")}
            <select
              className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3"
              value={preview.cameraId}
              onChange={(e) => preview.setCameraId(e.target.value)}
            >
              {preview.cameras.map((d, i) => (
                <option key={d.deviceId || i} value={d.deviceId}>
                  {d.label || t("deviceNumber", { number: i + 1 })}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <div>
        <span className="text-sm font-medium text-slate-800" id="mic-level">
          {t("level")}
        </span>
        <div
          className="mt-1 h-2 w-full overflow-hidden rounded-full bg-slate-200"
          role="meter"
          aria-labelledby="mic-level"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(preview.level * 100)}
        >
          <div className="h-full bg-harbor-700 transition-[width]" style={{ width: `${Math.round(preview.level * 100)}%` }} />
        </div>
      </div>
      <Button
        type="button"
        disabled={joining || preview.problem === "denied"}
        onClick={() => onJoin({ microphoneId: preview.microphoneId, cameraId: preview.cameraId })}
      >
        {joining ? t("joining") : t("join")}
      </Button>
    </div>
  );
}
