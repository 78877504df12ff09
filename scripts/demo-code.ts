/**
 * npm run demo:code — the current six-digit code of the demo staff accounts' authenticator, for
 * trying the demo without adding its key to an app. The key is public (README): demo data only.
 */
import { currentTotpCode } from "@/lib/second-factor/totp";
import { DEMO_TOTP_SECRET } from "@/tooling/demo/seed-demo-data";

const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${currentTotpCode(DEMO_TOTP_SECRET)}  (valid for ${secondsLeft} more seconds, then run again)`);
