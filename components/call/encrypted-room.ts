/**
 * A LiveKit Room whose every track is encrypted in this browser with the call's media key before it
 * leaves (livekit-client's end-to-end encryption: AES-GCM per frame, in a worker). Frames from the
 * other side are decrypted with the same key; the LiveKit server only forwards them.
 */
import { ExternalE2EEKeyProvider, Room, isE2EESupported } from "livekit-client";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { decryptFromFirstPacket } from "./decrypt-from-first-packet";

export interface EncryptedRoom {
  room: Room;
  /** Ends the encryption worker once the room is done with. */
  dispose(): void;
}

/**
 * A new encryption worker. The room page starts one as it opens (useSpareWorker), so the worker's
 * scripts are loaded before anyone presses Join: a network that drops right after joining must not
 * leave the call without its worker.
 */
export function startEncryptionWorker(): Worker {
  return new Worker(new URL("livekit-client/e2ee-worker", import.meta.url));
}

/** The room for one join, with the worker started beforehand if there is one; without a key (CALL_ENCRYPTION=off, for measuring) a plain one. */
export async function openEncryptedRoom(mediaKey: string | null, spare?: Worker): Promise<EncryptedRoom> {
  if (!mediaKey) {
    spare?.terminate();
    return { room: new Room({ adaptiveStream: true, dynacast: true }), dispose: () => undefined };
  }
  const worker = spare ?? startEncryptionWorker();
  try {
    const keyProvider = new ExternalE2EEKeyProvider();
    // Raw key bytes (not a passphrase): the worker stretches them with HKDF, not a slow PBKDF2.
    await keyProvider.setKey(Uint8Array.from(atob(mediaKey), (c) => c.charCodeAt(0)).buffer);
    const room = new Room({ adaptiveStream: true, dynacast: true, e2ee: { keyProvider, worker } });
    decryptFromFirstPacket(room, worker);
    await room.setE2EEEnabled(true);
    return { room, dispose: () => worker.terminate() };
  } catch (error) {
    worker.terminate();
    throw error;
  }
}

const never = () => () => undefined;

/** Whether this browser can encrypt a call's frames (insertable streams or RTCRtpScriptTransform); assumed yes while rendering on the server. */
export function useCanEncryptCalls(): boolean {
  return useSyncExternalStore(never, isE2EESupported, () => true);
}

/** One worker started ahead of the next join, taken by it (and the next one started then). */
export function useSpareWorker(enabled: boolean): () => Worker | undefined {
  const spare = useRef<Worker | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return;
    spare.current ??= startEncryptionWorker();
    return () => {
      spare.current?.terminate();
      spare.current = undefined;
    };
  }, [enabled]);
  return () => {
    const taken = spare.current;
    spare.current = enabled ? startEncryptionWorker() : undefined;
    return taken;
  };
}
