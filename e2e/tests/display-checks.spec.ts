// The displayed-wording check must catch each way text can be present in the
// DOM yet unreadable. Each test breaks the page on purpose and expects the
// check to name the problem.
import { test, expect, devices, type Browser } from "@playwright/test";
import { checkCase, displayedStep, SNAPSHOT_TIME_ZONE, type Case } from "./displayed";

const openDisclosure = async (page: import("@playwright/test").Page, lang = "en") => {
  await page.goto(`/?scenario=near-start&lang=${lang}&platform=desktop`);
  await page.locator('input[name="reason"][value="harassment"]').check();
  await page.getByTestId("next").click();
  await page.locator('[data-step="disclosure"]').waitFor();
};

const headline = "headline: If you send this report";

const breakages: Array<{ name: string; css: string; expect: RegExp; line?: string }> = [
  { name: "display: none", css: ".headline { display: none }", expect: /not rendered/ },
  // innerText drops text under visibility: hidden, so the line is empty.
  { name: "visibility: hidden", css: ".headline { visibility: hidden }", expect: /hidden \(visibility: hidden\)/, line: "headline:" },
  { name: "zero opacity on an ancestor", css: "ol.preview { opacity: 0 }", expect: /transparent \(opacity 0 on <ol>\)/, line: "content: Pay me back" },
  { name: "zero size", css: ".headline { height: 0; overflow: hidden; margin: 0 }", expect: /zero size|truncated/ },
  { name: "text-overflow: ellipsis", css: ".headline { white-space: nowrap; overflow: hidden; text-overflow: ellipsis }", expect: /truncated: text is wider than its box/ },
  { name: "line clamping", css: ".headline { display: -webkit-box; -webkit-line-clamp: 1; -webkit-box-orient: vertical; overflow: hidden }", expect: /line-clamped|truncated: text is taller/ },
  { name: "clipped by an ancestor", css: ".dialog { max-height: 300px; overflow: hidden }", expect: /clipped by <div class="dialog">/, line: "heading: Why it is sent" },
  { name: "positioned off screen", css: ".headline { position: relative; left: -5000px }", expect: /outside the viewport horizontally/ },
  { name: "transparent text colour", css: ".headline { color: transparent }", expect: /text colour is transparent/ },
  { name: "unreadably small text", css: ".backdrop .headline { font-size: 2px }", expect: /text too small to read/ },
  { name: "covered by another element", css: ".dialog::after { content: ''; position: fixed; inset: 0; background: #fff }", expect: /covered by <div class="dialog">/ },
];

test.describe("each visibility check fails on a page broken on purpose", () => {
  test.use({ bypassCSP: true });

  test("the unbroken page has no problems", async ({ page }) => {
    await openDisclosure(page);
    expect((await displayedStep(page, "disclosure")).problems).toEqual([]);
  });

  for (const b of breakages) {
    test(b.name, async ({ page }) => {
      await openDisclosure(page);
      await page.addStyleTag({ content: b.css });
      const { problems } = await displayedStep(page, "disclosure");
      const line = b.line ?? headline;
      const hit = problems.find((p) => p.startsWith(line) && b.expect.test(p));
      expect(hit, `expected a problem on "${line}" matching ${b.expect}; got:\n${problems.join("\n")}`).toBeTruthy();
    });
  }

  test("text on screen that is not from the wording", async ({ page }) => {
    await openDisclosure(page);
    await page.locator('[data-step="disclosure"] h3').first().evaluate((h) => {
      const p = document.createElement("p");
      p.textContent = "Messages may also be shared with partners.";
      h.after(p);
    });
    const { problems } = await displayedStep(page, "disclosure");
    expect(problems).toContain('text on screen that is not approved wording: "Messages may also be shared with partners."');
  });
});

/** Runs one case on every platform's device profile; returns failures per platform. */
async function runOnEveryPlatform(browser: Browser, scenario: string, breakPage: (platform: string) => string | null, alterText?: string) {
  const profiles: Record<string, object> = {
    ios: { ...devices["iPhone 14"] },
    android: { ...devices["Galaxy S5"] },
    desktop: { ...devices["Desktop Chrome"] },
  };
  const result: Record<string, string[]> = {};
  for (const [platform, profile] of Object.entries(profiles)) {
    const { defaultBrowserType, ...options } = profile as any;
    const context = await browser.newContext({ ...options, bypassCSP: true, timezoneId: SNAPSHOT_TIME_ZONE });
    const page = await context.newPage();
    const c: Case = { locale: "ja", platform, scenario };
    const css = breakPage(platform);
    page.on("load", async () => {
      if (css) await page.addStyleTag({ content: css }).catch(() => {});
    });
    if (alterText && platform === "desktop") {
      // The component shows other wording on desktop only.
      await page.addInitScript((text) => {
        new MutationObserver(() => {
          const h = document.querySelector('[data-testid="headline"]');
          if (h && h.textContent !== text) h.textContent = text;
        }).observe(document, { subtree: true, childList: true });
      }, alterText);
    }
    result[platform] = await checkCase(page, c);
    await context.close();
  }
  return result;
}

test("a CSS rule that clamps the headline on small phones fails only the android case, and names it", async ({ browser }) => {
  const clamp = "@media (max-width: 420px) { .headline { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden } }";
  // The rule is injected into the Android context only (Galaxy S5, 360 px wide).
  const result = await runOnEveryPlatform(browser, "full-window", (p) => (p === "android" ? clamp : null));
  expect(result.ios).toEqual([]);
  expect(result.desktop).toEqual([]);
  // The device itself refuses the clamped notice before anyone can agree.
  expect(result.android.join("\n")).toContain("locale ja, platform android, scenario full-window, step disclosure: the notice failed the display check on the device");
  expect(result.android.join("\n")).toMatch(/headline: この通報を送信すると[^\n]*: (line-clamped|truncated)/);
});

test("other wording shown on desktop only fails only the desktop case, with a readable diff", async ({ browser }) => {
  const result = await runOnEveryPlatform(browser, "near-start", () => null, "この通報を送信すると、選んだメッセージがChatlineに送信されます。");
  expect(result.ios).toEqual([]);
  expect(result.android).toEqual([]);
  const report = result.desktop.join("\n");
  // The device compares what it shows with what it formatted, and refuses.
  expect(report).toContain("locale ja, platform desktop, scenario near-start, step disclosure: the notice failed the display check on the device");
  expect(report).toContain('expected "headline: この通報を送信すると、選んだメッセージ、その前の2件、その後の9件の合計12件');
  expect(report).toContain('shown "headline: この通報を送信すると、選んだメッセージがChatlineに送信されます。"');
});
