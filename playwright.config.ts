import { defineConfig } from "@playwright/test";

// Browser tests run against the BUILT static site (`npm run build` first),
// served by scripts/serve.mjs exactly as a static host would serve it.
// `next dev` is no good here: it blocks its own resources for 127.0.0.1, so
// pages never hydrate.
//
// Playwright cannot download browsers on our machines, so it drives Debian's
// Chromium. The flags stop Chromium making background requests of its own,
// which would muddle the "every request goes to our origin" tests.

// E2E_PORT lets a second checkout run its browser tests while another is using the default.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://127.0.0.1:${PORT}`;
// The pseudo-locale's build (npm run build:pseudo), served beside the real one.
const PSEUDO_PORT = PORT + 1;
const PSEUDO_SPEC = /pseudo-locale\.spec\.ts$/;

const chromium = {
  browserName: "chromium" as const,
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"],
  },
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A test that passes only on a second try is a bug in the test or the app, so none is retried,
  // and one that a spec's own retry setting makes pass on a retry still fails the run.
  retries: 0,
  failOnFlakyTests: true,
  workers: 2,
  reporter: "list",
  use: {
    baseURL,
    acceptDownloads: true,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", testIgnore: PSEUDO_SPEC, use: chromium },
    { name: "pseudo-locale", testMatch: PSEUDO_SPEC, use: { ...chromium, baseURL: `http://127.0.0.1:${PSEUDO_PORT}` } },
  ],
  webServer: [
    {
      command: "node scripts/serve.mjs",
      env: { PORT: String(PORT) },
      url: `${baseURL}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: "node scripts/serve.mjs out-en-GB-x-pseudo",
      env: { PORT: String(PSEUDO_PORT) },
      url: `http://127.0.0.1:${PSEUDO_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
