// Copies MediaPipe's WebAssembly (from @mediapipe/tasks-vision, a dependency of @livekit/track-processors)
// into public/call/wasm, so the background blur loads it from Harbor itself: nothing is fetched from a
// CDN at run time. Runs after every npm install (package.json "postinstall").
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

// Resolved from the track processors' own place, so it is the version they were built against.
const fromProcessors = createRequire(createRequire(import.meta.url).resolve("@livekit/track-processors"));
const source = path.join(path.dirname(fromProcessors.resolve("@mediapipe/tasks-vision")), "wasm");
const target = path.join(import.meta.dirname, "..", "public", "call", "wasm");
fs.mkdirSync(target, { recursive: true });
for (const file of fs.readdirSync(source)) fs.copyFileSync(path.join(source, file), path.join(target, file));
