import { describe, expect, it } from "vitest";
import { TrackSource } from "livekit-server-sdk";
import { loopbackConfig } from "@/tooling/livekit/local-server";
import { publishSources } from "@/lib/sessions/issue-call-token";
import { minutesTogether } from "@/lib/sessions/minutes-together";

describe("the local LiveKit server", () => {
  it("listens on loopback only, looks up no external address, and signs webhooks with one of its keys", () => {
    const config = loopbackConfig({ port: 7880, apiKey: "k", apiSecret: "s".repeat(40), webhookUrl: "http://127.0.0.1:3000/api/livekit/webhook" });
    expect(config.bind_addresses).toEqual(["127.0.0.1"]);
    expect(config.rtc).toMatchObject({ tcp_port: 0, node_ip: "127.0.0.1", use_external_ip: false, udp_port: 7882 });
    expect(config.rtc.stun_servers.every((s) => s.startsWith("127.0.0.1:"))).toBe(true);
    expect(Object.keys(config.keys)).toContain(config.webhook.api_key);
  });
});

describe("calls", () => {
  it("publish the microphone only for audio, and nothing for chat", () => {
    expect(publishSources("video")).toEqual([TrackSource.MICROPHONE, TrackSource.CAMERA]);
    expect(publishSources("video", "psychologist")).toEqual([TrackSource.MICROPHONE, TrackSource.CAMERA, TrackSource.SCREEN_SHARE]);
    expect(publishSources("audio", "psychologist")).toEqual([TrackSource.MICROPHONE]);
    expect(publishSources("audio")).toEqual([TrackSource.MICROPHONE]);
    expect(publishSources("chat")).toEqual([]);
  });

  it("last from the later arrival to the earlier departure", () => {
    const at = (m: number) => new Date(Date.UTC(2027, 0, 1, 10, m));
    expect(minutesTogether({ psychologistJoinedAt: at(0), employeeJoinedAt: at(3), employeeLeftAt: at(48), psychologistLeftAt: at(50) })).toBe(45);
    expect(minutesTogether({ psychologistJoinedAt: at(0), employeeJoinedAt: null, employeeLeftAt: null, psychologistLeftAt: at(50) })).toBeNull();
  });
});
