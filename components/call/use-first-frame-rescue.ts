/**
 * An encrypted call sometimes loses the other person's first key frame (it arrives before this
 * browser's decryption is in place and cannot be decoded), and video then waits for the sender's next
 * periodic key frame, about three seconds later. When the other person's video has decoded nothing a
 * moment after it arrived, its subscription is paused and resumed: the call server then asks the
 * sender for a fresh key frame at once.
 */
import { RemoteTrackPublication, type RemoteVideoTrack } from "livekit-client";
import { useEffect } from "react";

const FIRST_FRAME_WAIT_MS = 700;
const RESUME_AFTER_MS = 50;

async function framesDecoded(track: RemoteVideoTrack): Promise<number> {
  const stats = await track.receiver?.getStats().catch(() => null);
  let decoded = 0;
  stats?.forEach((report: { type?: string; kind?: string; framesDecoded?: number }) => {
    if (report.type === "inbound-rtp" && report.kind === "video") decoded += report.framesDecoded ?? 0;
  });
  return decoded;
}

export function useFirstFrameRescue(publication: RemoteTrackPublication | undefined): void {
  const track = publication?.videoTrack as RemoteVideoTrack | undefined;
  useEffect(() => {
    if (!publication || !track) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      if (stopped || (await framesDecoded(track)) > 0) return;
      publication.setEnabled(false);
      setTimeout(() => !stopped && publication.setEnabled(true), RESUME_AFTER_MS);
    }, FIRST_FRAME_WAIT_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [publication, track]);
}
