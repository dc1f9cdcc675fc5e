// Where the runner reads from and writes to.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const E2E = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(E2E, "..");
export const SNAPSHOTS = join(ROOT, "snapshots");
// The review's own tests point these elsewhere (e2e/tests/review.spec.ts).
export const RESULTS = process.env.ENGINE_RESULTS ?? join(E2E, "engine-results");
export const CHROMIUM_REPORT = process.env.CHROMIUM_REPORT ?? join(E2E, "chromium-results.json");
export const DIST = process.env.REVIEW_DIST ?? join(ROOT, "dist");
export const PAGE_SCRIPTS = join(E2E, "page");
