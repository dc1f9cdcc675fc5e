// The audit page (GET /audit on the receiver): an operator opens it in a
// browser, gives the token it asks for, and sees at once whether any stored
// report names a notice the register does not list, then the reports per day
// and per notice. Each test runs a receiver of its own (the suite's shared
// one holds other specs' reports), files its reports over HTTP, and checks
// the page against what it filed.
import { test, expect, type APIRequestContext, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";

const root = join(__dirname, "..", "..");
const binary = join(root, "target", "release", "report-server");
const TOKEN = "audit-page-e2e-operator-token-0123456789abcdef";
const WRONG = "audit-page-e2e-not-the-token-0123456789abcdef";
// Markup in a notice_version (anyone can send one): the page must show it as text.
const UNKNOWN = "notice-<b>e2e-draft</b>";
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

interface Receiver {
  url: string;
  stop: () => Promise<void>;
}

/** A receiver on a free port and a fresh database; its --dir holds only a stub page. */
async function startReceiver(name: string, { demo }: { demo: boolean }): Promise<Receiver> {
  const base = join(root, "target", "e2e-data", `audit-page-${name}-${process.pid}-${Date.now()}`);
  mkdirSync(join(base, "page"), { recursive: true });
  writeFileSync(join(base, "page", "index.html"), "<!doctype html><title>not the audit page</title>");
  const env = { ...process.env };
  delete env.REPORT_SERVER_TOKEN;
  if (!demo) env.REPORT_SERVER_TOKEN = TOKEN;
  const args = ["--port", "0", "--dir", join(base, "page"), "--data", join(base, "data"), ...(demo ? ["--demo"] : [])];
  const child = spawn(binary, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/report-disclosure demo: (http:\/\/[^\s]+?)\/?\s/);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`report-server exited (${code}) before listening: ${log}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await once(child, "exit");
      }
      rmSync(base, { recursive: true, force: true });
    },
  };
}

/** Files `n` verified reports of approved notices, as the load tool builds them. */
async function fileVerified(url: string, n: number) {
  const { stdout } = await promisify(execFile)(
    binary,
    ["load", "--url", url, "--clients", "1", "--reports", String(n), "--retry-every", "0"],
    { env: { ...process.env, REPORT_SERVER_TOKEN: TOKEN } },
  );
  const result = JSON.parse(stdout.trim().split("\n").pop()!);
  expect(result, stdout).toMatchObject({ reports: n, errors: 0, lost: 0, unverified: 0 });
}

const operator = { Authorization: `Bearer ${TOKEN}` };

async function stored(request: APIRequestContext, url: string): Promise<any[]> {
  const response = await request.get(`${url}/api/reports?limit=1000`, { headers: operator });
  expect(response.status()).toBe(200);
  return (await response.json()).reports;
}

/** Files `n` copies of a stored verified report that claim a notice the register does not list. */
async function fileUnknown(request: APIRequestContext, url: string, n: number) {
  const template = (await stored(request, url))[0].payload;
  for (let i = 0; i < n; i++) {
    const body = { ...template, report_id: `audit-page-unknown-${i}-${Date.now()}`, notice_version: UNKNOWN };
    const response = await request.post(`${url}/api/reports`, {
      headers: { "Content-Type": "application/json", "Idempotency-Key": body.report_id },
      data: JSON.stringify(body),
    });
    expect(response.status(), await response.text()).toBe(201);
    expect((await response.json()).unverified_reason).toBe("unknown_notice_version");
  }
}

/** What the page must show, computed from the receiver's stored reports alone. */
interface Expected {
  firstUnknown: string | null;
  unknownReports: number;
  /** day → [reports, current, superseded, unknown, verified, unverified] */
  days: Map<string, number[]>;
}

function expected(reports: any[]): Expected {
  const days = new Map<string, number[]>();
  let firstUnknown: string | null = null;
  let unknownReports = 0;
  for (const r of reports) {
    const day = r.received_at.slice(0, 10);
    const row = days.get(day) ?? [0, 0, 0, 0, 0, 0];
    const unknown = r.notice_version === UNKNOWN;
    // The load tool sends only the notices the shipped wording renders now.
    row[0] += 1;
    row[unknown ? 3 : 1] += 1;
    row[r.verified ? 4 : 5] += 1;
    days.set(day, row);
    if (unknown) {
      unknownReports += 1;
      const second = r.received_at.slice(0, 19);
      if (firstUnknown === null || second < firstUnknown) firstUnknown = second;
    }
  }
  return { firstUnknown: firstUnknown && `${firstUnknown.replace("T", " ")} UTC`, unknownReports, days };
}

const shown = (page: Page) => expect(page.locator("main")).toHaveAttribute("data-state", "shown");

/** The alarm on top names the unknown notice, when its first report arrived and how many there are. */
async function expectAlarm(page: Page, e: Expected, timeout?: number) {
  const alarm = page.getByRole("alert").filter({ hasText: "register does not list" });
  await expect(alarm, "the alarm is shown").toBeVisible({ timeout });
  await expect(alarm).toContainText(`${UNKNOWN}: first report received ${e.firstUnknown}, ${e.unknownReports === 1 ? "1 report" : `${e.unknownReports} reports`} stored.`, { timeout });
  // As text: the markup in the version made no element.
  await expect(alarm.locator("b")).toHaveCount(0);
  // It comes first, above the numbers.
  const [alarmTop, totalsTop] = await Promise.all(
    [alarm, page.getByRole("heading", { name: "Reports by notice status" })].map(async (l) => (await l.boundingBox())!.y),
  );
  expect(alarmTop).toBeLessThan(totalsTop);
  await expect(page.getByText("Every stored report names an approved notice.")).toBeHidden();
}

/** The per-day table says, in text, the counts of what was filed each day. */
async function expectPerDay(page: Page, e: Expected, timeout?: number) {
  const table = page.getByRole("table", { name: /Reports received each day/ });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(e.days.size, { timeout });
  const want = [...e.days].map(([day, counts]) => [day, ...counts.map(String)]);
  const got = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("th, td.num")].map((c) => (c.textContent ?? "").trim())),
  );
  expect(got, "day, reports, current, superseded, unknown, verified, unverified").toEqual(want);
  await expect(table.locator("th[scope=col]").first()).toHaveText("Day (UTC)");
}

async function expectNoAxeViolation(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const found = results.violations.flatMap((v) => v.nodes.map((n) => `[${what}] ${v.id} at ${n.target.join(" ")}: ${v.help}`));
  expect(found).toEqual([]);
}

/** Content-Security-Policy refusals the page caused (it must cause none). */
function cspRefusals(page: Page): string[] {
  const refusals: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) refusals.push(m.text());
  });
  return refusals;
}

test("by keyboard: the page asks for the token, refuses a wrong one, and with the right one names the unknown notice and counts each day", async ({
  page,
  request,
}) => {
  const receiver = await startReceiver("token", { demo: false });
  try {
    await fileVerified(receiver.url, 3);
    await fileUnknown(request, receiver.url, 2);
    const e = expected(await stored(request, receiver.url));
    expect(e.unknownReports).toBe(2);
    const refusals = cspRefusals(page);

    await page.goto(`${receiver.url}/audit`);
    const token = page.getByLabel("Operator token");
    await expect(token).toBeVisible();
    await expect(token).toHaveAttribute("type", "password");
    await expect(page.locator("main")).toHaveAttribute("data-state", "token");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectNoAxeViolation(page, "token prompt");

    // Keyboard only from here: Tab to the field, type, Enter.
    for (let i = 0; i < 10 && !(await token.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(token).toBeFocused();
    await page.keyboard.type(WRONG);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "The receiver refused this token." })).toBeVisible();
    await expect(token).toBeFocused();
    await expect(page.getByRole("table")).toHaveCount(0);
    expect(await page.evaluate(() => sessionStorage.length), "a refused token is not kept").toBe(0);

    await page.keyboard.press("Control+A");
    await page.keyboard.type(TOKEN);
    await page.keyboard.press("Enter");
    await shown(page);
    await expect(page.getByRole("heading", { name: "Reports by notice status" })).toBeFocused();
    await expectAlarm(page, e);
    await expectPerDay(page, e);
    const totals = page.locator("#totals");
    await expect(totals).toContainText("Unknown notice2");
    await expect(totals).toContainText("Stored reports5");

    // One row per notice group, the unknown one marked so, with its reason.
    const notices = page.getByRole("table", { name: /Each notice/ });
    const unknownRow = notices.locator("tbody tr", { has: page.getByRole("rowheader", { name: UNKNOWN }) });
    await expect(unknownRow).toHaveCount(1);
    await expect(unknownRow).toContainText("unknown");
    await expect(unknownRow).toContainText("unknown_notice_version: 2");
    await expect(notices.locator("tbody tr td.status.current").first()).toHaveText("current");

    // A visible focus ring on the focused control.
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");

    await expectNoAxeViolation(page, "audit with alarm");

    // The token stays for this tab only: a reload shows the audit without asking.
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([TOKEN]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.reload();
    await shown(page);
    await expectAlarm(page, e);
    expect(refusals).toEqual([]);
  } finally {
    await receiver.stop();
  }
});

test("with --demo on loopback it opens without a token, says every notice is approved, and fits 360 px", async ({ page, request }) => {
  const receiver = await startReceiver("demo", { demo: true });
  try {
    await fileVerified(receiver.url, 2);
    const e = expected(await stored(request, receiver.url));
    await page.setViewportSize({ width: 360, height: 740 });
    const refusals = cspRefusals(page);
    await page.goto(`${receiver.url}/audit`);
    await shown(page);
    await expect(page.getByLabel("Operator token")).toBeHidden();
    await expect(page.getByText("Every stored report names an approved notice.")).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "register does not list" })).toHaveCount(0);
    await expectPerDay(page, e);
    // Nothing sticks out of a 360 px screen; wide tables scroll in their own region.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectNoAxeViolation(page, "demo, 360 px");
    expect(refusals).toEqual([]);
  } finally {
    await receiver.stop();
  }
});

// Self-test: the checks above fail on a page that drops the alarm or miscounts
// the days. The page's script is replaced in flight by a broken copy.
test("self-test: the alarm and per-day checks fail on a page that drops the alarm or swaps the counts", async ({ page, request }) => {
  const receiver = await startReceiver("self-test", { demo: true });
  try {
    // Counts that differ per status, so that a swap shows.
    await fileVerified(receiver.url, 2);
    await fileUnknown(request, receiver.url, 1);
    const e = expected(await stored(request, receiver.url));
    const script = readFileSync(join(root, "app", "server", "static", "audit.js"), "utf8");
    const breakages: [string, string, string, (page: Page) => Promise<void>][] = [
      ["drops the alarm", "alarm.hidden = unknown.length === 0;", "alarm.hidden = true;", (p) => expectAlarm(p, e, 1000)],
      [
        "swaps current and unknown",
        `for (const key of ["reports", "current", "superseded", "unknown", "verified", "unverified"])`,
        `for (const key of ["reports", "unknown", "superseded", "current", "verified", "unverified"])`,
        (p) => expectPerDay(p, e, 1000),
      ],
    ];
    // The intact page passes both checks.
    await page.goto(`${receiver.url}/audit`);
    await shown(page);
    await expectAlarm(page, e);
    await expectPerDay(page, e);
    for (const [what, from, to, check] of breakages) {
      expect(script, `the script still holds: ${from}`).toContain(from);
      await page.route("**/audit/audit.js", (route) =>
        route.fulfill({ contentType: "text/javascript; charset=utf-8", body: script.replace(from, to) }),
      );
      await page.goto(`${receiver.url}/audit`);
      await shown(page);
      let failed = false;
      try {
        await check(page);
      } catch {
        failed = true;
      }
      expect(failed, `the check passed on a page that ${what}`).toBe(true);
      await page.unrouteAll({ behavior: "wait" });
    }
  } finally {
    await receiver.stop();
  }
});
