// Joins the Chromium shards' blob reports (CI: `bash .ci/suite review`) into
// the reports a whole run writes (playwright.config.ts): HTML for people, JSON
// for the engine matrix.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "./tests",
  reporter: [
    ["html", { open: "never", outputFolder: "playwright-report" }],
    ["json", { outputFile: "chromium-results.json" }],
  ],
});
