// The package shows the reason list on its own, one request after "Report",
// while the wasm downloads (app/host/package/first-step.js); the wasm takes
// over at "Next". These tests hold the wasm back, as a slow phone network
// does, and check what a person meets meanwhile: the approved wording, a
// "Next" that waits visibly, a choice that carries over to what is sent, a
// Cancel that ends it all. The first step is shown only when its locale is
// certain to be the wasm's: checked here against the wasm's own negotiation.
import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { approvedSteps, checkCase, displayedStep, type Case } from "./displayed";
import { recordRequests, stepReady } from "./flow";
import { openInPlainHost } from "./hosts";

const ROOT = join(__dirname, "..", "..");
const CASE: Case = { locale: "ja", platform: "android", scenario: "full-window" };
/** Holds the wasm's and the wording's downloads until `release()`: the network of a slow phone, on demand. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  for (const url of ["**/package/report_flow_bg.wasm", "**/package/locales/*/report.ftl"]) {
    await page.route(url, async (route) => {
      await held;
      await route.continue();
    });
  }
  return release;
}

test("package: the reason list is on screen before the wasm and the wording file arrive; Next waits for them; the reason and comment chosen there are the ones sent", async ({ page }) => {
  const release = await holdWasm(page);
  const requests = recordRequests(page);
  await openInPlainHost(page, CASE);
  await stepReady(page, "reason");
  const shown = await displayedStep(page, "reason");
  expect(shown.lines, "the first step shows the approved reason step").toEqual(approvedSteps(CASE).get("reason"));
  expect(shown.problems).toEqual([]);

  await page.locator('input[name="reason"][value="hate"]').check();
  const comment = "詳細: ‏עברית‎ and 😀";
  await page.locator("#report-comment").fill(comment);
  await page.getByTestId("next").click();
  // Still the first step, showing that it waits, the choice kept.
  await expect(page.locator('[data-step="reason"]')).toHaveAttribute("aria-busy", "true");
  await expect(page.locator('input[name="reason"][value="hate"]')).toBeChecked();
  expect(requests.filter((r) => r.method() !== "GET"), "nothing sent while waiting").toEqual([]);

  release();
  await stepReady(page, "disclosure");
  // The wasm's own reason step, one Back away, holds the same choice.
  await page.getByTestId("back").click();
  await stepReady(page, "reason");
  await expect(page.locator('input[name="reason"][value="hate"]')).toBeChecked();
  await expect(page.locator("#report-comment")).toHaveValue(comment);
  await page.getByTestId("next").click();
  await stepReady(page, "disclosure");
  const [post] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith("/api/reports") && r.method() === "POST"),
    page.getByTestId("agree").click(),
  ]);
  const payload = post.postDataJSON();
  expect([payload.reason, payload.comment, payload.locale]).toEqual(["hate", comment, "ja"]);
  const answer = await (await post.response())!.json();
  expect(answer.verified, "the receiver verified the notice").toBe(true);
  const wording = requests.map((r) => new URL(r.url()).pathname).filter((p) => p.endsWith("/report.ftl"));
  expect(wording, "the wording file, requested once (with the wasm) and used by it").toEqual(["/package/locales/ja/report.ftl"]);
});

test("package: Cancel on the reason list before the wasm arrives sends nothing, tells the host, returns the focus, and nothing opens later", async ({ page }) => {
  const release = await holdWasm(page);
  const requests = recordRequests(page);
  await openInPlainHost(page, CASE);
  await stepReady(page, "reason");
  await page.evaluate(() => {
    (window as any).__closed = 0;
    document.addEventListener("report-closed", () => (window as any).__closed++);
  });
  await page.locator('input[name="reason"][value="spam"]').check();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  await expect(page.locator('[data-message-id="o20"] button.report')).toBeFocused();
  expect(await page.evaluate(() => (window as any).__closed)).toBe(1);
  // The wasm arrives and loads the wording: still no dialog.
  const wording = page.waitForResponse((r) => r.url().endsWith("/locales/ja/report.ftl"));
  release();
  await wording;
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  await expect(page.locator("report-disclosure-flow")).toHaveCount(0);
  expect(requests.filter((r) => r.method() !== "GET")).toEqual([]);
});

test("package: a first step whose wording is not the approved one fails the wording check (self-test)", async ({ page }) => {
  const title = approvedSteps(CASE).get("reason")![0].replace(/^title: /, "");
  let replaced = false;
  await page.route("**/package/index.js", async (route) => {
    const body = await (await route.fetch()).text();
    replaced = body.includes(title);
    await route.fulfill({ contentType: "text/javascript", body: body.replaceAll(title, `${title}（改）`) });
  });
  const failures = await checkCase(page, CASE, undefined, openInPlainHost);
  expect(replaced, "the bundle holds the approved title").toBe(true);
  expect(failures.join("\n")).toContain("step reason: the displayed wording differs from the approved snapshot");
});

// Lists of languages as browsers send them, and forms the negotiation reads
// its own way: every pair of these, and each alone.
const TAGS = [
  "ja", "ja-JP", "JA-jp", "ja-Latn", "ja-JP-u-ca-japanese", "en", "en-US", "en-GB", "en_US", "en-XA", "ar-XB",
  "zh", "zh-TW", "zh-tw", "zh-Hant", "zh-Hant-TW", "zh-HK", "zh-CN", "zh-Hans", "ko", "ko-KR", "th", "th-TH",
  "id", "id-ID", "in", "fr", "fr-FR", "pt-BR", "es-419", "und", "x-klingon", "", "not a locale!!", "sr-Latn-RS",
];
// What browsers send for the shipped locales: the first step must be known at once for these.
const USUAL = [["ja-JP", "en-US"], ["en-US"], ["zh-TW"], ["th-TH"], ["id-ID"], ["ko-KR", "ja-JP"], ["fr-FR", "ja"], []];
const LISTS: string[][] = [...USUAL, ...TAGS.map((t) => [t]), ...TAGS.flatMap((a, i) => TAGS.filter((_, j) => (i * 7 + j) % 5 === 0).map((b) => [a, b]))];

/** For each list, the locale the wasm negotiates (`prepare(...).locale`) and the one the first step would take. */
async function localeChoices(page: Page, wrong?: string) {
  const data = JSON.parse(readFileSync(join(ROOT, "target", "first-step.json"), "utf8"));
  const post = JSON.parse(readFileSync(join(ROOT, "dist", "examples", "chats", "feed.json"), "utf8"))[0];
  // The module's source as it is in the repository (the package bundles it).
  const source = readFileSync(join(ROOT, "app", "host", "package", "first-step.js"), "utf8");
  await page.route("**/first-step-source.js", (route) => route.fulfill({ contentType: "text/javascript", body: source }));
  await page.goto("/examples/plain/?chat=one-to-one");
  return page.evaluate(
    async ({ lists, data, post, wrong }) => {
      const glue = await import("/package/report_flow.js" as string);
      await glue.default({ module_or_path: "/package/report_flow_bg.wasm" });
      const certain = (await import("/first-step-source.js" as string)).certainLocale;
      // A mistake the check must catch: the first language alone decides.
      const guess = wrong === "first-only" ? (l: string[]) => certain(l.slice(0, 1), data) : (l: string[]) => certain(l, data);
      const out = [];
      for (const languages of lists) {
        const prepared = await glue.prepare({ kind: "post", post, platform: "ios", endpoint: "/api/reports", languages }, undefined, "/package/", null);
        out.push({ languages, wasm: prepared.locale as string, firstStep: guess(languages) as string | null });
        prepared.free();
      }
      return out;
    },
    { lists: LISTS, data, post, wrong },
  );
}

test("package: the first step's locale is always the one the wasm negotiates, and it is known for every shipped locale's usual tags", async ({ page }) => {
  const choices = await localeChoices(page);
  const disagree = choices.filter((c) => c.firstStep !== null && c.firstStep !== c.wasm);
  expect(disagree, "lists where the first step would show another language than the flow").toEqual([]);
  const known = choices.filter((c) => c.firstStep !== null).length;
  console.log(`first step shown at once for ${known} of ${choices.length} language lists; the others wait for the wasm`);
  for (const usual of USUAL) {
    const choice = choices.find((c) => c.languages.join() === usual.join());
    expect(choice?.firstStep, `the first step for ${JSON.stringify(usual)}`).toBe(choice?.wasm ?? "(not compared)");
  }
});

test("package: the locale comparison catches a first step that reads only the first language (self-test)", async ({ page }) => {
  const choices = await localeChoices(page, "first-only");
  const disagree = choices.filter((c) => c.firstStep !== null && c.firstStep !== c.wasm);
  expect(disagree.map((c) => c.languages.join()), "caught").toContain("fr-FR,ja");
});
