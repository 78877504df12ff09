/** npm run livekit:install — builds the pinned LiveKit server into the data directory, once. */
import { ensureLivekitBinary } from "@/tooling/livekit/install";

const outcome = ensureLivekitBinary(process.env.HARBOR_DATA_DIR ?? ".data");
if ("binary" in outcome) {
  console.log(`[livekit] ${outcome.status === "present" ? "already installed" : "ready"}: ${outcome.binary}`);
} else {
  console.error(`[livekit] ${outcome.message}`);
  process.exit(1);
}
