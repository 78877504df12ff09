/**
 * A third browser in a session's call that is not Harbor: a bare page with livekit-client, served
 * from node_modules by a small server of the test's own on loopback (Chromium lets only a loopback
 * page reach the loopback call server), joining with a LiveKit token and, optionally, a media key.
 * It reports what it received and what it could decode.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Page } from "@playwright/test";

const LIVEKIT_DIST = path.resolve("node_modules/livekit-client/dist");
const HARNESS_PATH = "/__outsider/";

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>outsider</title></head><body>
<script type="module">
import { Room, RoomEvent, ExternalE2EEKeyProvider } from "${HARNESS_PATH}livekit-client.esm.mjs";
window.outsiderJoin = async ({ url, token, key }) => {
  window.__encryptionErrors = [];
  const options = {};
  if (key) {
    const keyProvider = new ExternalE2EEKeyProvider();
    await keyProvider.setKey(Uint8Array.from(atob(key), (c) => c.charCodeAt(0)).buffer);
    options.e2ee = { keyProvider, worker: new Worker("${HARNESS_PATH}livekit-client.e2ee.worker.mjs", { type: "module" }) };
  }
  const room = new Room(options);
  room.on(RoomEvent.EncryptionError, (error) => window.__encryptionErrors.push(String(error && error.message || error)));
  room.on(RoomEvent.TrackSubscribed, (track) => {
    const element = track.attach();
    element.muted = true;
    document.body.appendChild(element);
  });
  if (key) await room.setE2EEEnabled(true);
  await room.connect(url, token);
  window.__room = room;
};
window.outsiderReceived = async () => {
  const totals = { videoPackets: 0, videoFrames: 0, audioPackets: 0, encryptionErrors: window.__encryptionErrors.length };
  for (const participant of window.__room.remoteParticipants.values()) {
    for (const publication of participant.trackPublications.values()) {
      const receiver = publication.track && publication.track.receiver;
      if (!receiver) continue;
      (await receiver.getStats()).forEach((s) => {
        if (s.type !== "inbound-rtp") return;
        if (s.kind === "video") { totals.videoPackets += s.packetsReceived || 0; totals.videoFrames += s.framesDecoded || 0; }
        if (s.kind === "audio") totals.audioPackets += s.packetsReceived || 0;
      });
    }
  }
  return totals;
};
window.outsiderReady = true;
</script></body></html>`;

export interface OutsiderView {
  videoPackets: number;
  videoFrames: number;
  audioPackets: number;
  encryptionErrors: number;
}

let harness: Promise<string> | undefined;

/** The harness's address: one loopback server for the test process, serving the page and livekit-client's two files. */
function harnessUrl(): Promise<string> {
  harness ??= new Promise((resolve) => {
    const server = http.createServer((request, response) => {
      const name = (request.url ?? "/").slice(HARNESS_PATH.length).split("?")[0]!;
      if (request.url === "/" || name === "") return response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      if (!/^livekit-client\.(esm|e2ee\.worker)\.mjs$/.test(name)) return response.writeHead(404).end();
      response.writeHead(200, { "content-type": "text/javascript" }).end(fs.readFileSync(path.join(LIVEKIT_DIST, name)));
    });
    server.unref();
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as { port: number }).port}${HARNESS_PATH}`));
  });
  return harness;
}

/** Opens the outsider's page on `page` and joins the call. */
export async function joinAsOutsider(page: Page, call: { url: string; token: string; key: string | null }): Promise<void> {
  await page.goto(await harnessUrl());
  await page.waitForFunction(() => (window as unknown as { outsiderReady?: boolean }).outsiderReady === true);
  await page.evaluate((c) => (window as unknown as { outsiderJoin: (c: unknown) => Promise<void> }).outsiderJoin(c), call);
}

export function outsiderView(page: Page): Promise<OutsiderView> {
  return page.evaluate(() => (window as unknown as { outsiderReceived: () => Promise<OutsiderView> }).outsiderReceived());
}
