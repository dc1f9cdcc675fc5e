// Negotiation (issues 2 and 5): every launch locale is negotiated from the browser's own languages,
// pseudo-locales expose text that is not from the wording, and right-to-left
// layout keeps user content in its own direction.
import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openChat, startReport, chooseReasonAndContinue, stepReady, visible } from "./flow";

const negotiated: Array<[string, string, string]> = [
  ["ja-JP", "ja", "トーク"],
  ["zh-TW", "zh-TW", "聊天"],
  ["th-TH", "th", "แชท"],
  ["id-ID", "id", "Chat"],
  ["ko-KR", "ko", "채팅"],
  ["en-GB", "en", "Chats"],
  ["pt-BR", "en", "Chats"],
  ["fr-FR", "en", "Chats"],
];

for (const [browserLocale, expected, heading] of negotiated) {
  test(`a browser set to ${browserLocale} gets ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await openChat(page, "chat=one-to-one");
    await expect(page.locator("html")).toHaveAttribute("lang", expected);
    await expect(page.locator("h1")).toHaveText(heading);
    await context.close();
  });
}

test("a Traditional Chinese browser list (zh-Hant-TW) gets zh-TW", async ({ browser }) => {
  const context = await browser.newContext({ locale: "zh-Hant-TW" });
  const page = await context.newPage();
  await openChat(page, "chat=one-to-one");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-TW");
  await context.close();
});

/** Every piece of text on the page that is not marked as user content. */
async function wordingTextNodes(page: Page): Promise<Array<{ text: string; element: string }>> {
  const nodes = await page.evaluate(() => {
    const found: Array<{ text: string; element: string }> = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent!.trim() || el.closest('[translate="no"], script, style')) continue;
      // Each formatted string is one text node, so a node is a whole string.
      found.push({ text: n.textContent!, element: el.outerHTML.slice(0, 120) });
    }
    return found;
  });
  return nodes.map((n) => ({ ...n, text: visible(n.text) }));
}

const unbracketed = (nodes: Array<{ text: string }>) => nodes.filter((n) => !/^\[[\s\S]*\]$/.test(n.text));

test("en-XA: every string on every step comes from the wording (no hard-coded text)", async ({ page }) => {
  await openChat(page, "lang=en-XA&chat=group-media&platform=android");
  expect(unbracketed(await wordingTextNodes(page))).toEqual([]);
  await startReport(page, "g08");
  expect(unbracketed(await wordingTextNodes(page))).toEqual([]);
  await chooseReasonAndContinue(page);
  expect(unbracketed(await wordingTextNodes(page))).toEqual([]);
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");
  expect(unbracketed(await wordingTextNodes(page))).toEqual([]);
});

test("en-XA: a hard-coded string in the component is caught", async ({ page }) => {
  await openChat(page, "lang=en-XA&chat=one-to-one");
  await startReport(page, "o20");
  await page.locator('[data-step="reason"] .actions button').first().evaluate((b) => (b.textContent = "Next"));
  const caught = unbracketed(await wordingTextNodes(page));
  expect(caught.map((n) => n.text)).toEqual(["Next"]);
});

test("ar-XB: the page is laid out right-to-left while user content keeps its direction", async ({ page }) => {
  await openChat(page, "lang=ar-XB&chat=one-to-one&platform=ios");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await startReport(page, "o20");
  await chooseReasonAndContinue(page);
  const headline = page.getByTestId("headline");
  expect(await headline.evaluate((h) => getComputedStyle(h).direction)).toBe("rtl");
  const content = page.locator('[data-message-id="o20"] .content').last();
  expect(await content.evaluate((c) => getComputedStyle(c).direction)).toBe("ltr");
  // Right-to-left: the dialog's first button sits at the right edge.
  const [agree, cancel] = [await page.getByTestId("agree").boundingBox(), await page.getByTestId("cancel").boundingBox()];
  expect(agree!.x).toBeGreaterThan(cancel!.x);
});

test("a person downloads only the wording of the locale they read, and switching fetches the next one", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".ftl")) fetched.push(path);
  });
  await openChat(page, "lang=th&chat=one-to-one");
  await expect(page.locator("h1")).toHaveText("แชท");
  expect(fetched).toEqual(["/locales/th/report.ftl"]);
  await page.getByTestId("set-lang").selectOption("ko");
  await expect(page.locator("h1")).toHaveText("채팅");
  await page.getByTestId("set-lang").selectOption("th");
  await expect(page.locator("h1")).toHaveText("แชท");
  await page.getByTestId("set-lang").selectOption("en");
  await expect(page.locator("h1")).toHaveText("Chats");
  // th is cached; the reference locale (en) is compiled in and never fetched.
  expect(fetched).toEqual(["/locales/th/report.ftl", "/locales/ko/report.ftl"]);
});

test("if the locale's wording cannot be downloaded, the page fails closed in one language", async ({ page }) => {
  // An error status fails even with a body that parses as wording (a stale
  // copy behind a misconfigured server): only a successful answer counts.
  const ja = readFileSync(join(__dirname, "..", "..", "locales", "ja", "report.ftl"), "utf8");
  await page.route("**/locales/ja/report.ftl", (route) =>
    route.fulfill({ status: 404, contentType: "text/plain; charset=utf-8", body: ja }),
  );
  await page.goto("/?lang=ja&chat=one-to-one");
  await expect(page.getByTestId("page-error")).toHaveText(
    "This report cannot be sent right now, because its notice could not be shown completely. Nothing has been sent.",
  );
  await expect(page.locator(".report")).toHaveCount(0);
  expect(await page.locator("body").innerText()).not.toMatch(/[\u3040-\u30ff]/);
});
