import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "playwright-report/**", "test-results/**", "next-env.d.ts", "public/call/wasm/**"] },
  {
    rules: {
      // lib/ is the domain: it must never depend on the UI or the routes.
      "no-restricted-imports": ["error", { patterns: [{ group: ["@/app/*", "@/components/*"], message: "lib/ never imports from app/ or components/" }] }],
    },
    files: ["lib/**/*.ts"],
  },
];

export default config;
