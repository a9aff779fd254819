import type { NextConfig } from "next";

// A static export: any static host or CDN can serve `out/`, and there is no
// server that could store, log or leak what the patient types.
const nextConfig: NextConfig = {
  output: "export",
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
