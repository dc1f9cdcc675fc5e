// Issue 6: if any wording of the person's locale cannot be formatted
// completely, nothing is disclosed partially and nothing can be sent.
import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openChat, startReport } from "./flow";

const ja = readFileSync(join(__dirname, "..", "..", "locales", "ja", "report.ftl"), "utf8");

/** Serves a draft .ftl derived from the real ja wording, loaded at runtime. */
async function withDraft(page: Page, draft: string) {
  await page.route((url) => url.pathname === "/drafts/ja.ftl", (route) =>
    route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body: draft }),
  );
}

const drop = (id: string) => ja.replace(new RegExp(`^${id} =.*\\n(?:^\\s+.*\\n)*`, "m"), "");

const broken: Array<{ name: string; draft: string }> = [
  { name: "a missing message (the headline)", draft: drop("disclosure-headline") },
  { name: "a missing message (a purpose)", draft: drop("purpose-enforce") },
  { name: "a variable the app does not provide", draft: ja.replace("保存期間\n", "保存期間\n").replace("{ $days }日間", "{ $months }か月間") },
  { name: "a message with no value", draft: ja.replace(/^button-agree = .*$/m, "button-agree =\n    .label = 同意して送信") },
];

for (const b of broken) {
  test(`a locale with ${b.name} cannot send: a clear notice in that language only`, async ({ page }) => {
    const posts: string[] = [];
    page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
    await withDraft(page, b.draft);
    await openChat(page, "lang=ja&chat=one-to-one&ftl=/drafts/ja.ftl");
    await startReport(page, "o20");
    const dialog = page.getByTestId("report-dialog");
    await expect(page.getByTestId("flow-error")).toHaveText(
      "通知の内容を正しく表示できないため、現在この通報は送信できません。何も送信されていません。",
    );
    await expect(dialog.locator('[data-step="reason"], [data-step="disclosure"]')).toHaveCount(0);
    await expect(page.getByTestId("agree")).toHaveCount(0);
    const text = await dialog.innerText();
    expect(text).not.toMatch(/[A-Za-z]{3,}|\{\s*\$|disclosure-|purpose-|retention/);
    expect(posts).toEqual([]);
  });
}

test("the same draft without the break works, so the notice is caused by the break", async ({ page }) => {
  await withDraft(page, ja);
  await openChat(page, "lang=ja&chat=one-to-one&ftl=/drafts/ja.ftl");
  await startReport(page, "o20");
  await page.locator('input[name="reason"][value="spam"]').check();
  await page.getByTestId("next").click();
  await expect(page.getByTestId("agree")).toHaveText("同意して送信");
});

test("a draft with a syntax error shows one notice for the whole page and no way to report", async ({ page }) => {
  await withDraft(page, ja.replace("report-title = メッセージを通報", "report-title = { メッセージを通報"));
  await page.goto("/?lang=ja&chat=one-to-one&ftl=/drafts/ja.ftl");
  await expect(page.getByTestId("page-error")).toHaveText(
    "This report cannot be sent right now, because its notice could not be shown completely. Nothing has been sent.",
  );
  await expect(page.locator(".report")).toHaveCount(0);
  expect(await page.locator("body").innerText()).not.toMatch(/[\u3040-\u30ff]/);
});

test("without secure random numbers for the report id, the flow cannot send and says so", async ({ page }) => {
  // Every retry reuses the report id; a guessable or repeated id could merge
  // different people's reports, so the flow refuses instead.
  await page.addInitScript(() => {
    crypto.getRandomValues = () => {
      throw new Error("no entropy");
    };
  });
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
  await openChat(page, "lang=ja&chat=one-to-one");
  await startReport(page, "o20");
  await expect(page.getByTestId("flow-error")).toHaveText(
    "通知の内容を正しく表示できないため、現在この通報は送信できません。何も送信されていません。",
  );
  await expect(page.getByTestId("agree")).toHaveCount(0);
  await expect(page.getByTestId("next")).toHaveCount(0);
  expect(posts).toEqual([]);
});
