// The approved cases and their text, read the same way as e2e/tests/displayed.ts.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { SNAPSHOTS } from "./paths.mjs";

/** The snapshot cases' constants, written by the core's snapshot test. */
const CONSTANTS = JSON.parse(readFileSync(join(SNAPSHOTS, "case-constants.json"), "utf8"));
export const SNAPSHOT_REASON = CONSTANTS.reason;
export const SNAPSHOT_REFERENCE = CONSTANTS.reference;
/** The zone the snapshots' times are in (report_fixtures::cases::SNAPSHOT_TIME_ZONE). */
export const SNAPSHOT_TIME_ZONE = CONSTANTS.time_zone;

export const snapshotPath = (c) => `snapshots/${c.locale}/${c.platform}-${c.scenario}.snap`;

/** The locales with approved cases: folders of snapshots/ holding .snap files (not notices/, the register's store). */
export function locales() {
  return readdirSync(SNAPSHOTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(SNAPSHOTS, d.name)).some((f) => f.endsWith(".snap")))
    .map((d) => d.name)
    .sort();
}

/** Every committed snapshot case of `platform` in `locale`. */
export function casesFor(locale, platform) {
  return readdirSync(join(SNAPSHOTS, locale))
    .filter((f) => f.startsWith(`${platform}-`) && f.endsWith(".snap"))
    .map((f) => ({ locale, platform, scenario: f.slice(platform.length + 1, -".snap".length) }))
    .sort((a, b) => a.scenario.localeCompare(b.scenario));
}

const STEPS = ["reason", "disclosure", "receipt"];

/** The approved lines of each step (`== step ==` sections after insta's header). */
export function approvedSteps(c) {
  const text = readFileSync(join(SNAPSHOTS, c.locale, `${c.platform}-${c.scenario}.snap`), "utf8");
  const body = text.split(/^---$/m).slice(2).join("---").replace(/^\n/, "");
  const steps = new Map();
  let current = [];
  for (const line of body.split("\n")) {
    const header = line.match(/^== (.+) ==$/);
    if (header) steps.set(header[1], (current = []));
    else if (line) current.push(line);
  }
  // A snapshot that parses to other steps would compare nothing for the
  // missing ones and pass.
  const names = [...steps.keys()].join(", ");
  if (names !== STEPS.join(", ")) throw new Error(`${c.locale}/${c.platform}-${c.scenario}.snap has steps [${names}], expected [${STEPS.join(", ")}]`);
  return steps;
}
