import { defineConfig, devices } from "@playwright/test";
import { SNAPSHOT_TIME_ZONE } from "./tests/displayed";

const port = Number(process.env.E2E_PORT ?? 4173);

// Debian's Chromium; Playwright's own browser downloads are not reachable here.
const chromium = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // The JSON report feeds the Chromium rows of the engine matrix (e2e/engines).
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
    ["json", { outputFile: "chromium-results.json" }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The zone of the snapshots' times (snapshots/case-constants.json).
    timezoneId: SNAPSHOT_TIME_ZONE,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
  },
  // One project per platform, each with its device profile (android: the
  // smallest phone, 360 px). The displayed-
  // wording cases of a platform run only in its project (their titles name
  // the platform); the other suites run on desktop.
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], launchOptions: chromium },
      grepInvert: /platform (ios|android),/,
    },
    {
      name: "android",
      use: { ...devices["Galaxy S5"], launchOptions: chromium },
      testMatch: /(displayed|chatkit-host)\.spec\.ts/,
      grep: /platform android,/,
    },
    {
      name: "ios",
      use: { ...devices["iPhone 14"], browserName: "chromium", launchOptions: chromium },
      testMatch: /(displayed|chatkit-host)\.spec\.ts/,
      grep: /platform ios,/,
    },
  ],
  webServer: {
    // A fresh receiver database per run: the tests read back their own reports.
    command: `rm -rf ../target/e2e-data/${port} && ../target/release/report-server --port ${port} --dir ../dist --data ../target/e2e-data/${port} --demo`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
