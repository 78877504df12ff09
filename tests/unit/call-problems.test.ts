import { ConnectionError, DisconnectReason } from "livekit-client";
import { describe, expect, it } from "vitest";
import { afterDisconnect, callProblemOf } from "@/lib/sessions/call-problems";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";

const deviceError = (name: string) => Object.assign(new Error("device"), { name });

describe("a call's problems, in words a person can act on", () => {
  it("tells a refused pass (a server with other keys) from an unreachable server and a timeout", () => {
    expect(callProblemOf(ConnectionError.notAllowed("could not establish signal connection: invalid API key", 401))).toBe("refused");
    expect(callProblemOf(ConnectionError.serverUnreachable("could not connect"))).toBe("unreachable");
    expect(callProblemOf(ConnectionError.timeout("timed out"))).toBe("timeout");
    expect(callProblemOf(new Error("something else"))).toBe("failed");
  });

  it("names what is wrong with a camera or microphone", () => {
    expect(callProblemOf(deviceError("NotAllowedError"))).toBe("devicesDenied");
    expect(callProblemOf(deviceError("NotFoundError"))).toBe("devicesMissing");
    expect(callProblemOf(deviceError("NotReadableError"))).toBe("devicesBusy");
    expect(callProblemOf(deviceError("OverconstrainedError"))).toBe("devicesOther");
  });

  it("has a sentence for every problem in both languages", () => {
    const problems = ["refused", "unreachable", "timeout", "devicesDenied", "devicesMissing", "devicesBusy", "devicesOther", "otherTab", "failed"];
    for (const messages of [en, ru]) for (const key of problems) expect((messages.call.problems as Record<string, string>)[key]).toMatch(/\p{L}{3}/u);
  });

  it("joins again by itself after any drop nobody chose, and never after leaving on purpose or the room's end", () => {
    expect(afterDisconnect(DisconnectReason.CLIENT_INITIATED)).toBe("left");
    expect(afterDisconnect(DisconnectReason.DUPLICATE_IDENTITY)).toBe("otherTab");
    expect(afterDisconnect(DisconnectReason.ROOM_DELETED)).toBe("ended");
    expect(afterDisconnect(DisconnectReason.ROOM_CLOSED)).toBe("ended");
    for (const reason of [
      DisconnectReason.SIGNAL_CLOSE,
      DisconnectReason.JOIN_FAILURE,
      DisconnectReason.CONNECTION_TIMEOUT,
      DisconnectReason.SERVER_SHUTDOWN,
      undefined,
    ]) {
      expect(afterDisconnect(reason)).toBe("rejoin");
    }
  });
});
