/**
 * What went wrong with a call, in words a person can act on. LiveKit's own messages ("could not
 * establish signal connection: invalid API key") are for developers; this turns every error and
 * disconnect reason it reports into one of a few cases the room explains in the user's language.
 * Safe for the browser: it imports only livekit-client's enums.
 */
import { ConnectionError, ConnectionErrorReason, DisconnectReason, MediaDeviceFailure } from "livekit-client";

/** Keys under `call.problems` in the message files. */
export type CallProblem =
  | "refused" // the media server does not accept Harbor's pass: its keys do not match this installation
  | "unreachable" // the media server could not be reached (network, or it is not running)
  | "timeout"
  | "devicesDenied"
  | "devicesMissing"
  | "devicesBusy"
  | "devicesOther"
  | "otherTab" // the same person joined from another tab or device
  | "encryption" // frames could not be encrypted or decrypted with the call's media key
  | "failed";

export function callProblemOf(error: unknown): CallProblem {
  if (error instanceof ConnectionError) {
    if (error.reason === ConnectionErrorReason.NotAllowed) return "refused";
    if (error.reason === ConnectionErrorReason.ServerUnreachable || error.reason === ConnectionErrorReason.WebSocket) return "unreachable";
    if (error.reason === ConnectionErrorReason.Timeout) return "timeout";
    return "failed";
  }
  // getUserMedia's DOMExceptions, as LiveKit passes them on when it starts a device.
  if (error instanceof Error && /^(NotAllowed|PermissionDenied|NotFound|DevicesNotFound|NotReadable|TrackStart|Overconstrained)/.test(error.name)) {
    const failure = MediaDeviceFailure.getFailure(error);
    if (failure === MediaDeviceFailure.PermissionDenied) return "devicesDenied";
    if (failure === MediaDeviceFailure.NotFound) return "devicesMissing";
    if (failure === MediaDeviceFailure.DeviceInUse) return "devicesBusy";
    return "devicesOther";
  }
  return "failed";
}

/** What the room does after LiveKit disconnected it: the person left, the call is over, or it tries again by itself. */
export type AfterDisconnect = "left" | "ended" | "otherTab" | "rejoin";

export function afterDisconnect(reason: DisconnectReason | undefined): AfterDisconnect {
  switch (reason) {
    case DisconnectReason.CLIENT_INITIATED:
      return "left";
    case DisconnectReason.DUPLICATE_IDENTITY:
      return "otherTab";
    case DisconnectReason.ROOM_DELETED:
    case DisconnectReason.ROOM_CLOSED:
    case DisconnectReason.PARTICIPANT_REMOVED:
      return "ended";
    default:
      // A lost signal, a failed join, a timeout, a server restart: nobody chose to leave.
      return "rejoin";
  }
}
