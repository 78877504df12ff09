/**
 * Starts decrypting the other person's frames as their first packets arrive.
 *
 * livekit-client hands a received track to its encryption worker only when it announces the
 * subscription, and it defers that until the room counts as connected; it tells the worker that the
 * people already there encrypt at the same moment. Unencrypted video is decoded by the browser as
 * soon as packets arrive, so on a fast network this wait (about a quarter of a second, the first key
 * frame often lost in it) was most of what encryption cost a join.
 *
 * Here the worker is told as soon as the join response names the people and their encrypted tracks,
 * and each incoming encrypted track is piped through the worker at the peer connection's `track`
 * event, with the same messages the library sends later. The receiver is marked the way the library
 * marks one it has set up, so when it gets there it only updates the codec instead of piping twice.
 */
import { RoomEvent, type RemoteParticipant, type Room } from "livekit-client";

// livekit-client's own names (e2ee/constants.ts, its engine's event, its worker's messages). Were the
// receiver marks renamed upstream, the library would set a receiver up a second time, which fails,
// and the call journeys fail with it; a renamed event only loses the head start (bench/call shows it).
const SET_UP_FLAG = "lk_e2ee";
const SET_UP_TRACK_ID = "lk_e2ee_track_id";
const ENGINE_MEDIA_TRACK_ADDED = "mediaTrackAdded";

type Receiver = RTCRtpReceiver & {
  createEncodedStreams?: () => { readable: ReadableStream; writable: WritableStream };
  [SET_UP_FLAG]?: boolean;
  [SET_UP_TRACK_ID]?: string;
};

/** The engine's event (not exported by livekit-client) for a peer connection's `track`. */
interface TrackEvents {
  on(event: typeof ENGINE_MEDIA_TRACK_ADDED, listener: (track: MediaStreamTrack, stream: MediaStream, receiver: Receiver) => void): void;
}

export function decryptFromFirstPacket(room: Room, worker: Worker) {
  const watched = new WeakSet<object>();
  room.on(RoomEvent.SignalConnected, () => {
    for (const participant of room.remoteParticipants.values()) {
      if (encryptsAll(participant)) worker.postMessage({ kind: "enable", data: { enabled: true, participantIdentity: participant.identity } });
    }
    // The engine is made (and remade after a failed attempt) by connect; its subscriber's first
    // offer is applied after the join response, so listening now is in time for every track.
    const engine = room.engine as unknown as TrackEvents | undefined;
    if (!engine || watched.has(engine)) return;
    watched.add(engine);
    engine.on(ENGINE_MEDIA_TRACK_ADDED, (track, stream, receiver) => pipeThroughWorker(room, worker, track, stream, receiver));
  });
}

function encryptsAll(participant: RemoteParticipant): boolean {
  const publications = [...participant.trackPublications.values()];
  return publications.length > 0 && publications.every((publication) => publication.isEncrypted);
}

function pipeThroughWorker(room: Room, worker: Worker, track: MediaStreamTrack, stream: MediaStream, receiver: Receiver) {
  if (receiver[SET_UP_FLAG] || typeof receiver.createEncodedStreams !== "function") return;
  // Stream ids are "<participant sid>|<track sid>" (LiveKit's packing).
  const [participantSid, trackSid] = stream.id.split("|");
  const participant = [...room.remoteParticipants.values()].find((p) => p.sid === participantSid);
  const publication = trackSid ? participant?.getTrackPublicationBySid(trackSid) : undefined;
  // Anything not named yet or not encrypted is left to the library, as before.
  if (!participant || !publication?.isEncrypted) return;
  const { readable, writable } = receiver.createEncodedStreams();
  const mimeType = publication.trackInfo?.mimeType ?? "";
  const codec = track.kind === "video" && mimeType.includes("/") ? mimeType.split("/")[1]!.toLowerCase() : undefined;
  worker.postMessage(
    {
      kind: "decode",
      data: {
        readableStream: readable,
        writableStream: writable,
        trackId: track.id,
        codec,
        participantIdentity: participant.identity,
        hasPacketTrailer: false,
      },
    },
    [readable, writable],
  );
  receiver[SET_UP_FLAG] = true;
  receiver[SET_UP_TRACK_ID] = track.id;
}
