// Issue 23: the planners' wording workbench (/workbench/ of the demo), used
// as a planner would: choose Japanese, type into the disclosure headline,
// break a placeable and follow the error to its line and column, fix it, see
// the three platforms and the affected cases, download the file. What the
// page should say is worked out here from the files on disk (the approved
// ja file and the committed snapshots), not from the page.
import { test, expect, type Page, type FrameLocator } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const PLATFORMS = ["ios", "android", "desktop"] as const;
const APPROVED = readFileSync(join(ROOT, "locales/ja/report.ftl"), "utf8");
// The message headline's first line, and what the planner types before it.
const HEADLINE_START = "    この通報を送信すると、{ $total ->";
const TYPED = "【確認】";
// The placeable the planner breaks: its closing brace is deleted.
const PLACEABLE = "{ $total }件のメッセージ";

/** 1-based line and column (in characters) of a string offset, as wording-check counts. */
function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return [before.split("\n").length, [...before.slice(lineStart)].length + 1];
}

/** The committed snapshot cases of ja whose message headline the edit changes. */
function casesWithTheHeadline(): string[] {
  const dir = join(ROOT, "snapshots/ja");
  return readdirSync(dir)
    .filter((f) => readFileSync(join(dir, f), "utf8").includes("\nheadline: この通報を送信すると、選んだメッセージ"))
    .map((f) => f.replace(/\.snap$/, ""))
    .sort();
}

const frame = (page: Page, platform: string): FrameLocator => page.frameLocator(`iframe[data-platform="${platform}"]`);
const status = (page: Page, platform: string) => page.locator(`figure[data-platform="${platform}"] [data-testid=frame-status]`);

/** The caret where a person would click: at `offset` of the file (UTF-16, as the textarea counts). */
async function caretAt(page: Page, offset: number) {
  await page.getByTestId("ftl").evaluate((area: HTMLTextAreaElement, at) => {
    area.focus();
    area.setSelectionRange(at, at);
  }, offset);
}

// The first load compiles the page's wasm and one copy per frame.
const FIRST_LOAD = { timeout: 20_000 };

async function openJapanese(page: Page) {
  await page.goto("/workbench/");
  await expect(page.getByTestId("check-summary")).toHaveText(/OK$/, FIRST_LOAD);
  await page.getByTestId("locale").selectOption("ja");
  await expect(page.getByTestId("ftl")).toHaveValue(APPROVED);
  for (const p of PLATFORMS) await expect(status(page, p)).toHaveText("Up to date; display check: passed", FIRST_LOAD);
}

test("a planner edits the ja headline, breaks and fixes a placeable, sees every platform and case, and downloads only the edit", async ({ page }) => {
  // Nothing the planner types leaves the page: every request only reads.
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() !== "GET" || r.url().includes("/api/")) sent.push(`${r.method()} ${r.url()}`);
  });
  await openJapanese(page);
  const area = page.getByTestId("ftl");

  // Type before the headline.
  await caretAt(page, APPROVED.indexOf(HEADLINE_START) + 4);
  await page.keyboard.insertText(TYPED);
  const edited = APPROVED.replace(HEADLINE_START, `    ${TYPED}${HEADLINE_START.slice(4)}`);
  await expect(area).toHaveValue(edited);
  await expect(page.getByTestId("check-summary")).toHaveText(/OK$/);
  const expectedCases = casesWithTheHeadline();
  expect(expectedCases.length).toBeGreaterThan(0);
  await expect(page.getByTestId("changes-summary")).toHaveText(new RegExp(`^${expectedCases.length} of \\d+ cases change`));
  const cases = page.getByTestId("case-change");
  expect((await cases.evaluateAll((li) => li.map((l) => l.getAttribute("data-case")))).sort()).toEqual(expectedCases);
  const desktopCase = page.locator('[data-testid=case-change][data-case="desktop-full-window"]');
  await expect(desktopCase.locator("del")).toHaveCount(1);
  await expect(desktopCase.locator("ins")).toContainText(`headline: ${TYPED}この通報を送信すると`);
  const before = readFileSync(join(ROOT, "snapshots/ja/desktop-full-window.snap"), "utf8").split("\n").find((l) => l.startsWith("headline: "));
  await expect(desktopCase.locator("del")).toHaveText(before!);

  // Every platform shows the edit in the real component, and it passed the on-device check.
  for (const p of PLATFORMS) {
    await expect(frame(page, p).getByTestId("headline")).toHaveText(new RegExp(`^${TYPED}この通報を送信すると`));
    await expect(status(page, p)).toHaveText("Up to date; display check: passed");
  }
  await expect(page.getByTestId("round-trip")).toHaveText(/^Every platform shows your edit \(\d+ ms after your last keystroke\)\.$/);
  // The previews updated without taking the keyboard: the planner types on.
  await expect(area).toBeFocused();

  // Break the placeable: delete its closing brace.
  const brace = edited.indexOf(PLACEABLE) + "{ $total ".length;
  await caretAt(page, brace + 1);
  await page.keyboard.press("Backspace");
  const broken = edited.slice(0, brace) + edited.slice(brace + 1);
  await expect(area).toHaveValue(broken);
  const [line, column] = lineColumn(broken, brace);
  const problem = page.getByTestId("problem");
  await expect(problem).toHaveCount(1);
  await expect(problem.locator("button")).toHaveText(`locales/ja/report.ftl:${line}:${column}: error: Expected a token starting with "}"`);
  await expect(problem.locator(".fix")).toHaveText(/^fix: correct the Fluent syntax at this position/);
  await expect(page.getByTestId("check-summary")).toHaveText("wording check: 1 problem");
  await expect(page.getByTestId("changes-summary")).toHaveText(/fail closed/);
  for (const p of PLATFORMS) {
    await expect(frame(page, p).getByTestId("frame-error")).toBeVisible();
    await expect(frame(page, p).getByTestId("report-dialog")).toHaveCount(0);
  }

  // Follow the error by keyboard: the caret lands where the brace is missing.
  await area.evaluate((a: HTMLTextAreaElement) => a.setSelectionRange(0, 0));
  await problem.locator("button").focus();
  await page.keyboard.press("Enter");
  await expect(area).toBeFocused();
  expect(await area.evaluate((a: HTMLTextAreaElement) => a.selectionStart)).toBe(brace);
  await page.keyboard.insertText("}");
  await expect(area).toHaveValue(edited);
  await expect(page.getByTestId("check-summary")).toHaveText(/OK$/);
  await expect(problem).toHaveCount(0);
  for (const p of PLATFORMS) {
    await expect(frame(page, p).getByTestId("headline")).toHaveText(new RegExp(`^${TYPED}この通報を送信すると`));
    await expect(status(page, p)).toHaveText("Up to date; display check: passed");
  }

  // The download is the approved file with the edit, and nothing else.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  expect(download.suggestedFilename()).toBe("report.ftl");
  expect(readFileSync((await download.path())!, "utf8")).toBe(edited);
  const patch = await page.getByTestId("patch").inputValue();
  const changed = patch.split("\n").filter((l) => /^[-+](?![-+]{2} )/.test(l));
  expect(changed).toEqual([`-${HEADLINE_START}`, `+    ${TYPED}${HEADLINE_START.slice(4)}`]);
  expect(sent).toEqual([]);
});

test("the workbench has no axe violations, with its previews, and none after an error shows", async ({ page }) => {
  await openJapanese(page);
  const violations = async (what: string) => {
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    return results.violations.flatMap((v) => v.nodes.map((n) => `[${what}] ${v.id} at ${n.target.join(" ")}: ${v.help}`));
  };
  expect(await violations("loaded")).toEqual([]);
  await caretAt(page, APPROVED.indexOf(PLACEABLE) + "{ $total ".length + 1);
  await page.keyboard.press("Backspace");
  await expect(page.getByTestId("problem")).toHaveCount(1);
  expect(await violations("with a problem")).toEqual([]);
});

test("by keyboard: Tab reaches every control once, in order, and passes over each preview in one step (no trap in their dialogs)", async ({ page }) => {
  await openJapanese(page);
  await page.locator("body").focus();
  const visited: string[] = [];
  for (let i = 0; i < 11; i++) {
    await page.keyboard.press("Tab");
    visited.push(await page.evaluate(() => {
      const a = document.activeElement!;
      return a.getAttribute("data-testid") ?? a.getAttribute("aria-label") ?? a.getAttribute("title") ?? a.tagName.toLowerCase();
    }));
  }
  const previews = ["iOS", "Android", "Desktop"].map((p) => `${p} preview of full-window`);
  const controls = ["locale", "ftl", "download", "summary", "scenario", "step", "Previews of full-window on every platform", ...previews];
  expect(visited.slice(0, controls.length)).toEqual(controls);
  expect(visited[controls.length]).not.toBe(previews[2]);
});

test("the pseudo-locale switch shows the edited reference wording accented, on every platform and in the cases", async ({ page }) => {
  await page.goto("/workbench/?lang=en");
  for (const p of PLATFORMS) await expect(status(page, p)).toHaveText("Up to date; display check: passed", FIRST_LOAD);
  await page.getByTestId("preview-as").selectOption("en-XA");
  const english = readFileSync(join(ROOT, "locales/en/report.ftl"), "utf8");
  const line = english.split("\n").find((l) => l.startsWith("why-heading = "))!;
  await caretAt(page, english.indexOf(line) + line.length);
  await page.keyboard.insertText(" now");
  // en-XA accents every letter and doubles vowels: "now" becomes "ƞǿǿẇ".
  for (const p of PLATFORMS) {
    await expect(frame(page, p).locator("[data-snap=heading]").filter({ hasText: "ƞǿǿẇ" })).toHaveCount(1);
    await expect(status(page, p)).toHaveText("Up to date; display check: passed");
  }
  await expect(page.locator("[data-testid=case-change] ins").first()).toContainText("ƞǿǿẇ");
});

test("self-test: a preview that hides the notice is reported as failing the display check, not as shown", async ({ page }) => {
  // The frames' host stylesheet hides the headline, as a host's CSS could.
  await page.route("**/workbench/frame.css", (route) =>
    route.fulfill({ contentType: "text/css", body: "[data-testid=headline] { visibility: hidden; }" }),
  );
  await page.goto("/workbench/?lang=ja");
  for (const p of PLATFORMS) await expect(status(page, p)).toHaveText("Up to date; display check: failed", FIRST_LOAD);
});
