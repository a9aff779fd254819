import type { NextConfig } from "next";
import { basePathOf } from "./lib/site/languages";

// The language this build shows (messages/index.ts). Another language builds into a folder of its
// own: Welsh into out-cy/, served under /cy/ (scripts/languages.mjs merges it into out/cy/); the
// pseudo-locale into out-en-GB-x-pseudo/, which tests/e2e/pseudo-locale.spec.ts reads.
const locale = process.env.SITE_LOCALE;
const otherLanguage = locale !== undefined && locale !== "" && locale !== "en-GB";
const basePath = basePathOf(locale);

// A static export: any static host or CDN can serve `out/`, and there is no
// server that could store, log or leak what the patient types.
const nextConfig: NextConfig = {
  output: "export",
  ...(otherLanguage ? { distDir: `out-${locale}` } : {}),
  ...(basePath ? { basePath } : {}),
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  sassOptions: {
    // nhsuk-frontend's SCSS is imported straight from node_modules
    // (`@use "nhsuk-frontend/dist/nhsuk" with (...)` in app/globals.scss).
    // The build uses webpack (`next build --webpack`, see the README: smaller
    // pages); Turbopack (`next dev` without the flag) resolves node_modules
    // paths itself.
    loadPaths: ["node_modules"],
    // nhsuk-frontend 10 prints its own deprecation notices for old settings
    // we never use; keep the build log readable.
    quietDeps: true,
  },
};

export default nextConfig;
