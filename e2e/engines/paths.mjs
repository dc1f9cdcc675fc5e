// Where the runner reads from and writes to.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const E2E = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(E2E, "..");
export const SNAPSHOTS = join(ROOT, "snapshots");
export const RESULTS = join(E2E, "engine-results");
export const PAGE_SCRIPTS = join(E2E, "page");
