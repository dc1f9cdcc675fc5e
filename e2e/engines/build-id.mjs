// Which build a set of results describes. `bash .ci/suite build` writes the hash of
// every file in dist/ (wasm, JS, static files, locale files) into dist/build-id; every part of the suite records
// it, so results of an older build (a stale local report, or a CI job that
// tested another artefact) cannot join the matrix of this one.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const BUILD_ID_FILE = "build-id";

/** The build id of `dist`, or null if there is no build there. */
export function buildIdOf(dist) {
  const file = join(dist, BUILD_ID_FILE);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : null;
}
