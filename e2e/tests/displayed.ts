// The displayed-wording check: walks the report flow for one case and compares
// what the page shows, step by step, with the approved snapshot.
import { type Page } from "@playwright/test";
import { stepReady } from "./flow";
import { createTwoFilesPatch } from "diff";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const SNAPSHOTS = join(__dirname, "..", "..", "snapshots");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PAGE_SCRIPT: string = require("../page/displayed-source.cjs").displayedFunction();
/** The snapshot cases' constants and the locales, written by the core's snapshot test. */
const CONSTANTS = JSON.parse(readFileSync(join(SNAPSHOTS, "case-constants.json"), "utf8"));
export const SNAPSHOT_REASON: string = CONSTANTS.reason;
export const SNAPSHOT_REFERENCE: string = CONSTANTS.reference;
export const SNAPSHOT_HOST_APP_VERSION: string = CONSTANTS.host_app_version;
/** The zone the snapshots' times are in (report_fixtures::cases::SNAPSHOT_TIME_ZONE). */
export const SNAPSHOT_TIME_ZONE: string = CONSTANTS.time_zone;
/** The operator settings every case is shown under (report_core::Policy::default()). */
export const SNAPSHOT_POLICY: { context_size: number; account_messages: number; retention_days: number } = CONSTANTS.policy;
/** report_core::wording's locales: the shipped ones, then the pseudo-locales. */
export const SHIPPED_LOCALES: string[] = CONSTANTS.shipped_locales;
export const PSEUDO_LOCALES: string[] = CONSTANTS.pseudo_locales;

export interface Case {
  locale: string;
  platform: string;
  scenario: string;
}

export const caseName = (c: Case) => `locale ${c.locale}, platform ${c.platform}, scenario ${c.scenario}`;
export const snapshotFile = (c: Case) => join(SNAPSHOTS, c.locale, `${c.platform}-${c.scenario}.snap`);

/** The locales with approved cases: folders of snapshots/ holding .snap files (not notices/, the register's store). */
export function snapshotLocales(): string[] {
  return readdirSync(SNAPSHOTS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(join(SNAPSHOTS, d.name)).some((f) => f.endsWith(".snap")))
    .map((d) => d.name)
    .sort();
}

/** Every committed snapshot case for a platform. */
export function casesFor(platform: string): Case[] {
  return readdirSync(SNAPSHOTS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(SNAPSHOTS, d.name))
        .filter((f) => f.startsWith(`${platform}-`) && f.endsWith(".snap"))
        .map((f) => ({ locale: d.name, platform, scenario: f.slice(platform.length + 1, -".snap".length) })),
    )
    .sort((a, b) => caseName(a).localeCompare(caseName(b)));
}

/** The approved lines of each step (`== step ==` sections after insta's header). */
export function approvedSteps(c: Case): Map<string, string[]> {
  const text = readFileSync(snapshotFile(c), "utf8");
  const body = text.split(/^---$/m).slice(2).join("---").replace(/^\n/, "");
  const steps = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of body.split("\n")) {
    const header = line.match(/^== (.+) ==$/);
    if (header) steps.set(header[1], (current = []));
    else if (line) current.push(line);
  }
  return steps;
}

export async function displayedStep(page: Page, step: string): Promise<{ lines: string[]; problems: string[] }> {
  return page.evaluate(`(${PAGE_SCRIPT})(${JSON.stringify(step)})`);
}

/** Opens the demo page on the case's scenario (the flow opens on its message). */
const openInDemo = (page: Page, c: Case) => page.goto(`/?scenario=${c.scenario}&lang=${c.locale}&platform=${c.platform}`).then(() => {});

/**
 * Walks the flow for `c`; returns one readable failure per step that is off.
 * `open` opens the flow (default: the demo page; hosts.ts: the example hosts).
 */
export async function checkCase(
  page: Page,
  c: Case,
  shot?: (step: string) => Promise<void>,
  open: (page: Page, c: Case) => Promise<void> = openInDemo,
): Promise<string[]> {
  // The report goes to the real receiver, which must verify it; the page is
  // then answered with the snapshot's reference, so the receipt compares too.
  const filed: Array<{ status: number; body: any }> = [];
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const real = await route.fetch();
    filed.push({ status: real.status(), body: await real.json().catch(() => null) });
    await route.fulfill({ status: 201, contentType: "application/json", body: JSON.stringify({ reference: SNAPSHOT_REFERENCE }) });
  });
  await open(page, c);
  const approved = approvedSteps(c);
  const failures: string[] = [];
  const advance: Record<string, () => Promise<void>> = {
    reason: async () => {
      await page.locator(`input[name="reason"][value="${SNAPSHOT_REASON}"]`).check();
      await page.getByTestId("next").click();
    },
    disclosure: async () => page.getByTestId("agree").click(),
    receipt: async () => {},
  };
  for (const [step, expected] of approved) {
    try {
      await stepReady(page, step);
    } catch (e) {
      failures.push(`${caseName(c)}, step ${step}: ${(e as Error).message.split("\n")[0]}`);
      break;
    }
    const shown = await displayedStep(page, step);
    if (shot) await shot(step);
    if (shown.lines.join("\n") !== expected.join("\n")) {
      const patch = createTwoFilesPatch(
        `approved: snapshots/${c.locale}/${c.platform}-${c.scenario}.snap`,
        `displayed in the browser`,
        expected.join("\n") + "\n",
        shown.lines.join("\n") + "\n",
        `step ${step}`,
        `step ${step}`,
        { context: 2 },
      );
      failures.push(`${caseName(c)}, step ${step}: the displayed wording differs from the approved snapshot\n${patch}`);
    }
    if (shown.problems.length) {
      failures.push(`${caseName(c)}, step ${step}: approved wording is not readable on screen:\n  - ${shown.problems.join("\n  - ")}`);
    }
    const next = advance[step];
    if (!next) {
      failures.push(`${caseName(c)}: the snapshot has a step "${step}" the flow does not have`);
      break;
    }
    await next();
  }
  if (filed.length !== 1) failures.push(`${caseName(c)}: the receiver got ${filed.length} reports for one agreement (expected 1)`);
  else if (filed[0].status !== 201 || filed[0].body?.verified !== true) {
    failures.push(`${caseName(c)}: the receiver did not verify the report (HTTP ${filed[0].status}: ${JSON.stringify(filed[0].body)})`);
  }
  return failures;
}

/**
 * The current notice_version a register lists for a locale and platform:
 * the committed one, or the register in `folder` (a release's). Current rows
 * come first.
 */
export function registeredNotice(locale: string, platform: string, folder = SNAPSHOTS): string {
  const file = join(folder, "approved-notices.snap");
  const register = readFileSync(file, "utf8");
  const row = register.split("\n").map((l) => l.split(/\s+/)).find((w) => w[0] === locale && w[1] === platform && w[2]?.startsWith("notice-"));
  if (!row) throw new Error(`${file} lists no notice for ${locale} ${platform}`);
  return row[2];
}
