// Issue 23: review.html, the page legal reads for a wording change
// (e2e/review/, written by `bash .ci/suite review`). A synthetic change is made
// in a temporary repository whose base commit holds the project's locales/ and
// snapshots/; the generator runs there with the project's build (dist/ and the
// receiver), and the page is checked as legal would read it. The checks are
// one function, legalFindings, shown failing on pages with wrong marking.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { execFile, execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const ROOT = join(__dirname, "..", "..");
const GENERATOR = join(__dirname, "..", "review", "index.mjs");
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

// The synthetic change: one Japanese message, one word of it.
const CHANGE = {
  locale: "ja",
  id: "why-heading",
  before: "送信する目的",
  after: "送信する理由",
  removed: ["目的"],
  added: ["理由"],
  unchanged: ["送信する"],
};

// Every temporary folder a test makes goes when it ends.
const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
test.afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const git = (dir: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=review test", "-c", "user.email=review@test.invalid", "-c", "init.defaultBranch=main", ...args], { cwd: dir, encoding: "utf8" }).trim();

/** A repository whose first commit (on main) holds the project's approved wording and snapshots. */
function baseRepository(): { dir: string; base: string } {
  const dir = tempDir("wording-review-");
  cpSync(join(ROOT, "locales"), join(dir, "locales"), { recursive: true });
  cpSync(join(ROOT, "snapshots"), join(dir, "snapshots"), { recursive: true });
  git(dir, "init", "-q");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "approved wording");
  return { dir, base: git(dir, "rev-parse", "HEAD") };
}

/** The snapshot files of the locale whose approved text has `line`. */
const filesWith = (dir: string, locale: string, line: string) =>
  readdirSync(join(dir, "snapshots", locale))
    .filter((f) => f.endsWith(".snap") && readFileSync(join(dir, "snapshots", locale, f), "utf8").split("\n").includes(line))
    .map((f) => `snapshots/${locale}/${f}`)
    .sort();

/**
 * A planner's change on a branch: the message edited, and what `bash
 * .ci/refresh-snapshots` would then write (done here by text, so the test
 * needs no Rust build): the snapshot lines, and in the register new notice
 * versions for the locale with its previous ones dated superseded.
 */
function planWordingChange(dir: string): string[] {
  git(dir, "checkout", "-q", "-b", "wording-change");
  const ftl = join(dir, "locales", CHANGE.locale, "report.ftl");
  const source = readFileSync(ftl, "utf8");
  const edited = source.replace(`\n${CHANGE.id} = ${CHANGE.before}\n`, `\n${CHANGE.id} = ${CHANGE.after}\n`);
  expect(edited, `locales/${CHANGE.locale}/report.ftl has "${CHANGE.id} = ${CHANGE.before}"`).not.toBe(source);
  writeFileSync(ftl, edited);
  const cases = filesWith(dir, CHANGE.locale, `heading: ${CHANGE.before}`);
  for (const f of cases) {
    const p = join(dir, f);
    writeFileSync(p, readFileSync(p, "utf8").replace(`\nheading: ${CHANGE.before}\n`, `\nheading: ${CHANGE.after}\n`));
  }
  const register = join(dir, "snapshots", "approved-notices.snap");
  const lines = readFileSync(register, "utf8").split("\n");
  const isCurrentRow = (l: string) => l.startsWith(`${CHANGE.locale} `) && / notice-\S+ .* -$/.test(l);
  const old = lines.filter(isCurrentRow);
  expect(old.length, "the register has current rows of the locale").toBeGreaterThan(0);
  const fresh = old.map((l, i) => l.replace(/notice-[0-9a-f]+/, `notice-${String(i + 1).padStart(24, "f")}`).replace(/2026-\d\d-\d\d {2}\S+ {2}/, "2026-12-04  review00  "));
  const superseded = old.map((l) => l.replace(/-$/, "2026-12-04"));
  const out = lines.filter((l) => !isCurrentRow(l));
  const currentAt = out.findIndex((l) => l.startsWith("Current notices")) + 3;
  out.splice(currentAt, 0, ...fresh);
  out.splice(out.findIndex((l) => l.startsWith("Superseded notices")) + 3, 0, ...superseded);
  writeFileSync(register, out.join("\n"));
  git(dir, "commit", "-q", "-am", `ja: ${CHANGE.id} reworded`);
  return cases;
}

/** Runs the generator on the repository `dir`, with the project's build; returns the page's path. */
async function generate(dir: string, env: Record<string, string>, extra: string[] = []) {
  const out = join(dir, "review-out", "review.html");
  const started = Date.now();
  const { stdout, stderr } = await promisify(execFile)("node", [GENERATOR, "--root", dir, "--out", out, ...extra], {
    env: { ...process.env, REVIEW_DIST: join(ROOT, "dist"), REPORT_SERVER: join(ROOT, "target", "release", "report-server"), ...env },
    maxBuffer: 16 << 20,
  });
  return { out, log: stdout + stderr, ms: Date.now() - started };
}

interface Expected {
  locale: string;
  id: string;
  before: string;
  after: string;
  removed: string[];
  added: string[];
  unchanged: string[];
}

/**
 * What legal checks on the page, as a list of findings (empty: all good):
 * exactly one entry, for the message in its locale; the text before and
 * after; the changed words, and only they, marked <del> (before) and <ins>
 * (after).
 */
async function legalFindings(page: Page, want: Expected): Promise<string[]> {
  const found: string[] = [];
  const entries = page.locator("[data-entry]");
  const keys = await entries.evaluateAll((els) => els.map((e) => e.getAttribute("data-entry")));
  if (keys.length !== 1 || keys[0] !== `${want.locale}:${want.id}`) found.push(`expected one entry ${want.locale}:${want.id}, found [${keys.join(", ")}]`);
  if (!keys.length) return found;
  const entry = entries.first();
  const heading = await entry.locator("h3").innerText();
  if (!heading.includes(`${want.locale}: ${want.id}`)) found.push(`the entry's heading "${heading}" does not name "${want.locale}: ${want.id}"`);
  const side = async (name: string) => {
    const text = entry.locator(`[data-side="${name}"] .text`);
    if ((await text.count()) !== 1) return null;
    return text.evaluate((p) => {
      const marks = (sel: string) => Array.from(p.querySelectorAll(sel)).map((m) => m.textContent ?? "");
      const outside = Array.from(p.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("");
      return { text: p.textContent ?? "", del: marks("del"), ins: marks("ins"), outside };
    });
  };
  const before = await side("before");
  const after = await side("after");
  if (!before || !after) return [...found, "the entry has no before or after text"];
  if (before.text !== want.before) found.push(`before text: "${before.text}", expected "${want.before}"`);
  if (after.text !== want.after) found.push(`after text: "${after.text}", expected "${want.after}"`);
  if (JSON.stringify(before.del) !== JSON.stringify(want.removed)) found.push(`words marked removed (<del>): ${JSON.stringify(before.del)}, expected ${JSON.stringify(want.removed)}`);
  if (JSON.stringify(after.ins) !== JSON.stringify(want.added)) found.push(`words marked added (<ins>): ${JSON.stringify(after.ins)}, expected ${JSON.stringify(want.added)}`);
  if (before.ins.length || after.del.length) found.push(`marks on the wrong side: <ins> before ${JSON.stringify(before.ins)}, <del> after ${JSON.stringify(after.del)}`);
  for (const word of want.unchanged) {
    const marked = [...before.del, ...after.ins].filter((m) => m.includes(word));
    if (marked.length) found.push(`unchanged words "${word}" are marked: ${JSON.stringify(marked)}`);
    if (!before.outside.includes(word) || !after.outside.includes(word)) found.push(`unchanged words "${word}" are not shown unmarked on both sides`);
  }
  return found;
}

/** axe's violations, one readable line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(" ")}: ${v.help}`));
}

/**
 * Tab from the top: every focusable element is reached once, in document
 * order, and one more Tab leaves the last one (no keyboard trap).
 */
async function keyboardWalk(page: Page): Promise<string[]> {
  const count = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])'));
    all.forEach((el, i) => el.setAttribute("data-kb", String(i)));
    return all.length;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const visited: string[] = [];
  for (let i = 0; i <= count; i++) {
    await page.keyboard.press("Tab");
    visited.push(await page.evaluate(() => document.activeElement?.getAttribute("data-kb") ?? document.activeElement?.tagName ?? "none"));
  }
  const problems: string[] = [];
  const expected = Array.from({ length: count }, (_, i) => String(i));
  if (JSON.stringify(visited.slice(0, count)) !== JSON.stringify(expected)) problems.push(`Tab visited ${visited.slice(0, count).join(",")}, expected ${expected.join(",")}`);
  if (visited[count] === String(count - 1)) problems.push("focus stays on the last element: a keyboard trap");
  return problems;
}

test("legal: a one-word change of a Japanese message is one entry, marked, with its cases, screens before and after, notices, no axe violation, by keyboard", async ({ page }) => {
  test.setTimeout(240_000);
  for (const need of [join(ROOT, "dist", "index.html"), join(ROOT, "target", "release", "report-server")]) {
    expect(existsSync(need), `${need} (the build the screenshots use: bash .ci/suite build)`).toBe(true);
  }
  const { dir, base } = baseRepository();
  const cases = planWordingChange(dir);
  expect(cases.length, "the heading shows in ios, android and desktop cases").toBeGreaterThanOrEqual(3);
  const { out, log, ms } = await generate(dir, { WORDING_BASE: base, GITHUB_BASE_REF: "" }, ["--max-scenarios", "1"]);
  test.info().annotations.push({ type: "generation", description: `${(ms / 1000).toFixed(1)} s, with screenshots` });
  await page.goto(pathToFileURL(out).href);

  expect(await legalFindings(page, CHANGE), log).toEqual([]);
  const entry = page.locator("[data-entry]");
  await expect(entry.locator("h3")).toContainText("Why it is sent"); // the English reference as its name

  // The cases: exactly the snapshot files where the heading appears, every platform among them.
  const listed = await entry.locator("[data-case]").evaluateAll((els) => els.map((e) => e.getAttribute("data-case")).sort());
  expect(listed).toEqual(cases);
  for (const platform of ["ios", "android", "desktop"]) expect(listed.some((f) => f?.startsWith(`snapshots/ja/${platform}-`)), platform).toBe(true);

  // Screens before and after on each platform, loaded, with alt text naming them.
  for (const platform of ["ios", "android", "desktop"]) {
    const pair = entry.locator(`.pair[data-platform="${platform}"]`);
    await expect(pair, `a pair of screenshots for ${platform}`).toHaveCount(1);
    for (const side of ["before", "after"]) {
      const img = pair.locator(`img[alt*=", ${side}:"]`);
      await expect(img).toHaveCount(1);
      await expect(img).toHaveAttribute("alt", new RegExp(`^ja, ${platform}, scenario \\S+, ${side}: disclosure step showing why-heading$`));
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth), `${platform} ${side} screenshot loads`).toBeGreaterThan(0);
    }
    await expect(pair.getByText("was not found on this screen")).toHaveCount(0);
  }
  // Capped at one scenario here, and the page says so.
  await expect(entry.locator(".capped")).toContainText("1 of the 11 scenarios");

  // The notice versions the change adds and supersedes.
  const added = page.locator("table", { has: page.locator("caption", { hasText: "Added" }) });
  const superseded = page.locator("table", { has: page.locator("caption", { hasText: "Superseded" }) });
  await expect(added.locator("tbody tr")).toHaveCount(3);
  await expect(superseded.locator("tbody tr")).toHaveCount(3);
  await expect(added).toContainText("notice-ffffffffffffffffffffff");

  // No engine matrix beside it: the line on top says so, plainly.
  await expect(page.getByTestId("engine-verdict")).toContainText("The engine matrix is missing");

  expect(await axeViolations(page)).toEqual([]);
  expect(await keyboardWalk(page)).toEqual([]);
  // The first link leads to the entry.
  await page.locator("nav a").first().focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#entry-ja-why-heading$/);
});

test("no change: the page says that no wording changed", async ({ page }) => {
  const { dir } = baseRepository();
  git(dir, "checkout", "-q", "-b", "no-wording-change");
  mkdirSync(join(dir, "docs"));
  writeFileSync(join(dir, "docs", "note.md"), "not wording\n");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "a change that is not wording");
  // Default base: the merge base of HEAD and main.
  const { out, log } = await generate(dir, { WORDING_BASE: "", GITHUB_BASE_REF: "" });
  expect(log).toContain("no wording changed");
  await page.goto(pathToFileURL(out).href);
  await expect(page.getByTestId("no-change")).toContainText("No wording changed in this change");
  await expect(page.locator("[data-entry]")).toHaveCount(0);
  await expect(page.locator("body")).toContainText("the merge base of HEAD and main");
  expect(await axeViolations(page)).toEqual([]);
});

test("a planner's uncommitted edit, snapshots not refreshed yet: the page shows it from the working tree and warns", async ({ page }) => {
  const { dir } = baseRepository();
  const ftl = join(dir, "locales", CHANGE.locale, "report.ftl");
  writeFileSync(ftl, readFileSync(ftl, "utf8").replace(`\n${CHANGE.id} = ${CHANGE.before}\n`, `\n${CHANGE.id} = ${CHANGE.after}\n`));
  const { out } = await generate(dir, { WORDING_BASE: "", GITHUB_BASE_REF: "" }, ["--no-screens"]);
  await page.goto(pathToFileURL(out).href);
  expect(await legalFindings(page, CHANGE)).toEqual([]);
  await expect(page.locator("header")).toContainText("with uncommitted changes to locales/ or snapshots/");
  await expect(page.locator("[data-entry] .warning")).toContainText("were not refreshed with this change");
  // The cases that still show the old text.
  await expect(page.locator("[data-entry] [data-case]")).toHaveCount(filesWith(dir, CHANGE.locale, `heading: ${CHANGE.before}`).length);
  await expect(page.locator("[data-entry]")).toContainText("Screenshots were not taken (--no-screens).");
});

// The page built from a change computed by the generator's own module, then
// the marking broken in two ways: legalFindings must pass the first and fail
// the others.
const RENDER = `
import { messageChanges } from ${JSON.stringify(pathToFileURL(join(__dirname, "..", "review", "wording-change.mjs")).href)};
import { renderPage } from ${JSON.stringify(pathToFileURL(join(__dirname, "..", "review", "review-page.mjs")).href)};
import { writeFileSync } from "node:fs";
const [before, after, out, tamper] = process.argv.slice(1);
const { entries } = messageChanges("ja", [{ path: "locales/ja/report.ftl", text: before }], [{ path: "locales/ja/report.ftl", text: after }]);
for (const e of entries) Object.assign(e, { key: e.locale + ":" + e.id, label: null, cases: [], refreshed: true });
for (const p of entries.flatMap((e) => e.parts)) {
  if (tamper === "whole") p.diff = [{ value: p.before, removed: true }, { value: p.after, added: true }];
  if (tamper === "unmarked") p.diff = [{ value: p.after }];
}
const change = { base: { short: "base", how: "test", subject: "" }, head: { short: "head", branch: "", dirty: false, subject: "" }, entries, errors: [], notices: { added: [], superseded: [], edited: [], removed: [] }, otherSnapshots: [], otherPaths: [], localesChanged: ["ja"] };
writeFileSync(out, renderPage({ change, matrix: { ok: null, text: "no matrix" }, screens: { note: "none" } }));
`;

test("self-test: the legal check fails on a page whose marking is wrong", async ({ page }) => {
  const dir = tempDir("wording-review-self-");
  const render = async (tamper: string) => {
    const out = join(dir, `${tamper}.html`);
    await promisify(execFile)("node", ["--input-type=module", "-e", RENDER, `${CHANGE.id} = ${CHANGE.before}\n`, `${CHANGE.id} = ${CHANGE.after}\n`, out, tamper]);
    await page.goto(pathToFileURL(out).href);
    return legalFindings(page, CHANGE);
  };
  expect(await render("honest"), "the page as the generator marks it passes").toEqual([]);
  const whole = await render("whole");
  expect(whole.join("\n")).toContain('unchanged words "送信する" are marked');
  const unmarked = await render("unmarked");
  expect(unmarked.join("\n")).toContain("words marked added (<ins>): []");
  expect(unmarked.join("\n")).toContain("before text");
});

test("the line on top: a passing matrix of the three engines, a failed row, an engine missing, an earlier run", async () => {
  const dir = tempDir("wording-review-matrix-");
  const row = (engine: string, ok = true) => ({ engine, check: "wording", ok, locale: "ja", platform: "ios", scenario: "one-message" });
  const verdict = async (rows: object[], generated = new Date(), notBefore?: Date) => {
    const file = join(dir, `${Math.random()}.json`);
    writeFileSync(file, JSON.stringify({ generated: generated.toISOString(), rows }));
    const script = `import { engineVerdict } from ${JSON.stringify(pathToFileURL(join(__dirname, "..", "review", "review-page.mjs")).href)};
      console.log(JSON.stringify(engineVerdict(process.argv[1], { notBefore: process.argv[2] ? new Date(process.argv[2]) : undefined })));`;
    const { stdout } = await promisify(execFile)("node", ["--input-type=module", "-e", script, file, notBefore?.toISOString() ?? ""]);
    return JSON.parse(stdout) as { ok: boolean | null; text: string };
  };
  const all = ["chromium", "webkit", "firefox"].map((e) => row(e));
  expect(await verdict(all)).toMatchObject({ ok: true, text: expect.stringMatching(/^Every engine showed the approved text: all 3 checks passed/) });
  expect(await verdict([...all, row("webkit", false)])).toMatchObject({ ok: false, text: expect.stringContaining("NOT every engine showed the approved text: 1 of 4 checks failed, for example webkit ja ios one-message") });
  expect(await verdict(all.slice(0, 2))).toMatchObject({ ok: false, text: expect.stringContaining("has no rows of Firefox") });
  expect(await verdict(all, new Date(Date.now() - 3600_000), new Date())).toMatchObject({ ok: null, text: expect.stringContaining("from an earlier run") });
});
