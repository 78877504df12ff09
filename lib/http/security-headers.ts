/**
 * Security headers for every response: pages (set by proxy.ts, with a per-request script nonce)
 * and route handlers (set by lib/http/problem's withProblems, also for the registry upload route
 * the proxy does not see). They keep pages out of frames, referrers off other sites, scripts to
 * Harbor's own, and — in production, which is served over HTTPS — browsers on HTTPS (HSTS).
 */
const BASE_HEADERS: Record<string, string> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

// Only the session rooms use the camera, the microphone or screen sharing. A browser keeps the policy
// of the document it loaded first, and employees and psychologists reach their rooms by in-app links
// from anywhere in their own areas (the agenda, the cabinet, a notification, a client's page), so
// those areas allow them for Harbor itself (the browser still asks the person); the public pages, HR,
// the admins' pages and every route handler deny them, so a script that got in there cannot ask.
// (components/call/use-room-device-policy.ts reloads a room reached from anywhere else once.)
const ROOM_REACHING_PATH = /^\/(cabinet|practice|catalogue|account|home)(\/|$)/;
const NO_DEVICES = "camera=(), microphone=(), display-capture=(), geolocation=(), payment=(), usb=()";
const CALL_DEVICES = "camera=(self), microphone=(self), display-capture=(self), geolocation=(), payment=(), usb=()";

/** The Permissions-Policy of a path: devices for a call in the areas rooms are reached from, none anywhere else. */
export function permissionsPolicy(pathname: string): string {
  return ROOM_REACHING_PATH.test(pathname) ? CALL_DEVICES : NO_DEVICES;
}

const HSTS = "max-age=63072000; includeSubDomains";

/**
 * The page policy: scripts only with this request's nonce (and what they load, 'strict-dynamic'),
 * nothing from other origins, no plugins, no framing, forms posting only to Harbor. Styles allow
 * inline attributes, which React writes for dynamic widths; they cannot run code.
 */
export function pagePolicy(nonce: string, options: { production: boolean; development: boolean; livekitUrl?: string }): string {
  const directives = [
    "default-src 'self'",
    // 'wasm-unsafe-eval' compiles WebAssembly (the background blur's segmentation, served by Harbor itself); it allows no JavaScript eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${callSources(options.livekitUrl)}`,
    "media-src 'self' blob:",
    // The call's encryption worker, a script of Harbor's own (workers are not covered by the nonce).
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.production ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Calls connect to the LiveKit server's WebSocket and, to explain a failed join, its HTTP side. */
function callSources(livekitUrl: string | undefined): string {
  if (!livekitUrl) return "";
  return ` ${new URL(livekitUrl).origin} ${new URL(livekitUrl.replace(/^ws/, "http")).origin}`;
}

/** Route handlers answer data, never documents: nothing in them may load or run. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function setSecurityHeaders(headers: Headers, policy: string, production: boolean, pathname = ""): void {
  for (const [name, value] of Object.entries(BASE_HEADERS)) headers.set(name, value);
  headers.set("Permissions-Policy", permissionsPolicy(pathname));
  headers.set("Content-Security-Policy", policy);
  if (production) headers.set("Strict-Transport-Security", HSTS);
}
