// Accessibility: axe-core finds nothing on any step in any locale, the whole
// flow works by keyboard alone, focus stays inside the open dialog and comes
// back to where the person started, and every control has a name that
// assistive technology can announce.
import { test, expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type { AxeResults, Result } from "axe-core";
import { chooseReasonAndContinue, failFirstSend, openChat, startReport, stepReady, visible } from "./flow";

const locales = ["ja", "en", "zh-TW", "th", "id", "ko", "en-XA", "ar-XB"];

// WCAG 2.1 A/AA plus axe's best practices.
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const dialog = (page: Page) => page.getByTestId("report-dialog");
const reportButton = (page: Page, messageId: string) => page.locator(`[data-message-id="${messageId}"] .report`);
const title = (page: Page) => page.locator("#report-title");

async function axe(page: Page): Promise<AxeResults> {
  return new AxeBuilder({ page }).withTags(axeTags).analyze();
}

/**
 * axe-core 4.14's label-content-name-mismatch replaces Thai vowel and tone
 * marks (U+0E31, U+0E34-0E3A, U+0E47-0E4E) with spaces before splitting words,
 * so "รายงานข้อความจาก…" is cut into "ราย|งา|นข|…" and never contains the
 * visible word "รายงาน", although the name starts with it. For Thai only, such
 * a report is dropped when the element's accessible name really contains its
 * visible text (WCAG 2.5.3, checked here without axe's tokeniser); every other
 * node of every other rule still fails the test.
 */
async function withoutThaiTokeniserFalsePositives(page: Page, lang: string, results: AxeResults): Promise<Result[]> {
  if (lang !== "th") return results.violations;
  const kept: Result[] = [];
  for (const v of results.violations) {
    if (v.id !== "label-content-name-mismatch") {
      kept.push(v);
      continue;
    }
    const nodes = [];
    for (const n of v.nodes) {
      const el = page.locator(n.target.join(" ")).first();
      const visibleText = visible(await el.innerText());
      const { name } = await roleAndName(el);
      const labelInName = visibleText !== "" && visible(name).includes(visibleText);
      if (!labelInName) nodes.push(n);
    }
    if (nodes.length) kept.push({ ...v, nodes });
  }
  return kept;
}

/** One line per failing element: rule, impact, selector, what to fix. */
function describe(step: string, violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `[${step}] ${v.id} (${v.impact ?? "?"}) at ${n.target.join(" ")}: ${v.help}` +
        `\n    ${(n.failureSummary ?? "").replace(/\n/g, "\n    ")}\n    ${v.helpUrl}`,
    ),
  );
}

// ---------------------------------------------------------------------------
// axe-core on every step, every locale
// ---------------------------------------------------------------------------

for (const lang of locales) {
  test(`${lang}: axe finds no violation on the chat, reason, disclosure, send-failed and receipt steps`, async ({ page }) => {
    // The first send fails so the error state can be checked; the retry goes through.
    await failFirstSend(page);

    const found: string[] = [];
    const check = async (step: string) =>
      found.push(...describe(step, await withoutThaiTokeniserFalsePositives(page, lang, await axe(page))));

    // group-media has images, video, file and sticker entries: the richest preview.
    await openChat(page, `lang=${lang}&chat=group-media`);
    await check("chat");
    await startReport(page, "g08");
    await expect(title(page)).toBeFocused();
    await check("reason");
    await chooseReasonAndContinue(page);
    await check("disclosure");
    await page.getByTestId("agree").click();
    await expect(page.getByTestId("send-failed")).toBeVisible();
    await check("send-failed");
    await page.getByTestId("retry").click();
    await stepReady(page, "receipt");
    await check("receipt");

    expect(found, `axe violations in ${lang}:\n${found.join("\n")}`).toEqual([]);
  });
}

for (const lang of locales) {
  test(`${lang}: axe finds no violation on a profile page, an account's disclosure, the feed and a post's disclosure`, async ({ page }) => {
    const found: string[] = [];
    const check = async (step: string) =>
      found.push(...describe(step, await withoutThaiTokeniserFalsePositives(page, lang, await axe(page))));
    const reportFrom = async (button: Locator) => {
      await button.click();
      await stepReady(page, "reason");
      await chooseReasonAndContinue(page);
    };

    // Daniel's profile has every fact: name, status message and photo.
    await page.goto(`/?lang=${lang}&chat=account/u-daniel`);
    await expect(page.getByTestId("profile-page")).toBeVisible();
    await check("profile page");
    await reportFrom(page.locator('[data-account-id="u-daniel"] .report'));
    await check("account disclosure");

    await page.goto(`/?lang=${lang}&chat=feed`);
    await expect(page.getByTestId("feed")).toBeVisible();
    await check("feed");
    await reportFrom(page.locator('[data-post-id="p-summit"] .report'));
    await check("post disclosure");

    expect(found, `axe violations in ${lang}:\n${found.join("\n")}`).toEqual([]);
  });
}

test("axe catches a nameless button and an unlabelled comment box (the check can fail)", async ({ page }) => {
  await openChat(page, "lang=en&chat=one-to-one");
  await startReport(page, "o20");
  const before = (await axe(page)).violations.map((v) => v.id);
  expect(before).not.toContain("button-name");
  expect(before).not.toContain("label");

  // Break the page the way a careless change would: an icon-only Cancel, and
  // the comment label removed.
  await page.getByTestId("cancel").evaluate((b) => (b.textContent = ""));
  await page.locator('label[for="report-comment"]').evaluate((l) => l.remove());

  const after = (await axe(page)).violations;
  const byRule = (id: string) => after.find((v) => v.id === id)?.nodes.map((n) => n.target.join(" ")) ?? [];
  expect(byRule("button-name").some((t) => t.includes("cancel"))).toBe(true);
  expect(byRule("label")).toContain("#report-comment");
});

// ---------------------------------------------------------------------------
// Keyboard only
// ---------------------------------------------------------------------------

interface Focused {
  tag: string;
  testid: string | null;
  inDialog: boolean;
  messageId: string | null;
  isReport: boolean;
  type: string | null;
  value: string | null;
  checked: boolean;
  html: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      tag: a?.tagName.toLowerCase() ?? "none",
      testid: a?.getAttribute("data-testid") ?? null,
      inDialog: !!a?.closest('[data-testid="report-dialog"]'),
      messageId: a?.closest("[data-message-id]")?.getAttribute("data-message-id") ?? null,
      isReport: !!a?.classList.contains("report"),
      type: a?.getAttribute("type") ?? null,
      value: (a as HTMLInputElement | null)?.value ?? null,
      checked: !!(a as HTMLInputElement | null)?.checked,
      html: a ? a.outerHTML.slice(0, 100) : "none",
    };
  });
}

/**
 * Presses `key` until `wanted` holds for the focused element. With
 * `insideDialog`, every stop on the way must be inside the dialog.
 */
async function pressUntil(
  page: Page,
  key: string,
  wanted: (f: Focused) => boolean,
  what: string,
  { insideDialog = false, max = 80 } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (insideDialog) expect(f.inDialog, `${key} #${i + 1} left the dialog, focus on ${f.html}`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(`${what}: not reached after ${max} presses of ${key}`);
}

test("the whole flow works by keyboard alone, and focus returns to the reported message", async ({ page }) => {
  const posted: any[] = [];
  page.on("request", (r) => r.method() === "POST" && posted.push(r.postDataJSON()));
  await openChat(page, "lang=en&chat=third-message");

  // From here on: keyboard only.
  await pressUntil(page, "Tab", (f) => f.isReport && f.messageId === "t03", "Report button of t03");
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toBeVisible();
  // The dialog takes focus (its title), so a screen reader announces it.
  await expect(title(page)).toBeFocused();

  // Into the radio group, then the arrow key moves to (and chooses) the next reason.
  const first = await pressUntil(page, "Tab", (f) => f.type === "radio", "first reason", { insideDialog: true });
  await page.keyboard.press("ArrowDown");
  const second = await focused(page);
  expect(second.type).toBe("radio");
  expect(second.value).not.toBe(first.value);
  await page.keyboard.press("Space");
  expect((await focused(page)).checked, "Space leaves the focused reason chosen").toBe(true);
  await expect(page.locator('input[name="reason"]:checked')).toHaveAttribute("value", second.value!);
  await expect(page.getByTestId("next")).toBeEnabled();

  await pressUntil(page, "Tab", (f) => f.testid === "next", "Next", { insideDialog: true });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("headline")).toBeVisible();
  await expect(title(page)).toBeFocused();

  await pressUntil(page, "Tab", (f) => f.testid === "agree", "Agree and send", { insideDialog: true });
  await page.keyboard.press("Enter");
  await stepReady(page, "receipt");
  await expect(title(page)).toBeFocused();
  expect(posted).toHaveLength(1);
  expect(posted[0].reported.message.chosen_message_id).toBe("t03");
  expect(posted[0].reason).toBe(second.value);

  await pressUntil(page, "Tab", (f) => f.testid === "close", "Close", { insideDialog: true });
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toHaveCount(0);
  await expect(reportButton(page, "t03")).toBeFocused();
});

test("Cancel by keyboard, at the reason step and at the disclosure, returns focus to the reported message", async ({ page }) => {
  await openChat(page, "lang=ja&chat=one-to-one");
  await reportButton(page, "o20").focus();
  await page.keyboard.press("Enter");
  await expect(title(page)).toBeFocused();
  await pressUntil(page, "Tab", (f) => f.testid === "cancel", "Cancel", { insideDialog: true });
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toHaveCount(0);
  await expect(reportButton(page, "o20")).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(title(page)).toBeFocused();
  await pressUntil(page, "Tab", (f) => f.type === "radio", "first reason", { insideDialog: true });
  await page.keyboard.press("Space");
  await pressUntil(page, "Tab", (f) => f.testid === "next", "Next", { insideDialog: true });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("headline")).toBeVisible();
  await pressUntil(page, "Tab", (f) => f.testid === "cancel", "Cancel", { insideDialog: true });
  await page.keyboard.press("Enter");
  await expect(dialog(page)).toHaveCount(0);
  await expect(reportButton(page, "o20")).toBeFocused();
});

// ---------------------------------------------------------------------------
// Focus trap
// ---------------------------------------------------------------------------

/** More presses than the dialog has focusable elements, so a wrap must happen. */
async function enoughPresses(page: Page): Promise<number> {
  const n = await dialog(page).locator("button, input, textarea, select, a[href], [tabindex]").count();
  return n * 2 + 3;
}

/**
 * Presses Tab (or Shift+Tab) many times, starting wherever the component put
 * focus, and fails on the first stop outside the dialog.
 */
async function expectFocusTrapped(page: Page, step: string, key: "Tab" | "Shift+Tab") {
  const presses = await enoughPresses(page);
  const stops: string[] = [];
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    stops.push(f.testid ?? f.value ?? f.tag);
    expect(f.inDialog, `${step}: ${key} #${i + 1} moved focus out of the dialog, to ${f.html}; stops: ${stops.join(" > ")}`).toBe(true);
  }
}

// Most cases start with focus where the component puts it on each step (the
// step's title); one starts on a chosen reason that is not the first radio,
// because a radio group is a single Tab stop at its checked radio.
const trapCases: Array<{ step: string; open: (page: Page) => Promise<void>; start: (page: Page) => Locator }> = [
  { step: "reason step, nothing chosen", open: async () => {}, start: title },
  {
    step: "reason step, focus on a chosen reason that is not the first",
    open: async (page) => {
      await page.locator('input[name="reason"][value="scam"]').check();
    },
    start: (page) => page.locator('input[name="reason"][value="scam"]'),
  },
  { step: "disclosure step", open: (page) => chooseReasonAndContinue(page), start: title },
  {
    step: "receipt",
    open: async (page) => {
      await chooseReasonAndContinue(page);
      await page.getByTestId("agree").click();
      await stepReady(page, "receipt");
    },
    start: title,
  },
];

for (const { step, open, start } of trapCases) {
  for (const key of ["Tab", "Shift+Tab"] as const) {
    test(`${key} never leaves the open dialog (${step})`, async ({ page }) => {
      await openChat(page, "lang=en&chat=one-to-one");
      await startReport(page, "o20");
      await open(page);
      await expect(start(page)).toBeFocused();
      await expectFocusTrapped(page, step, key);
    });
  }
}

// ---------------------------------------------------------------------------
// Accessible names
// ---------------------------------------------------------------------------

/** The role and accessible name Playwright computes for one element. */
async function roleAndName(el: Locator): Promise<{ role: string; name: string }> {
  const snapshot = (await el.ariaSnapshot()).split("\n")[0];
  const m = /^- ([\w-]+)(?: ("(?:[^"\\]|\\.)*"))?/.exec(snapshot);
  if (!m) throw new Error(`unexpected aria snapshot: ${snapshot}`);
  return { role: m[1], name: m[2] ? JSON.parse(m[2]).trim() : "" };
}

/** Every button, radio and text box in the dialog has a non-empty name that finds it by role. */
async function expectNamedControls(page: Page, step: string) {
  const d = dialog(page);
  const controls: Array<[string, string, "button" | "radio" | "textbox"]> = [
    ["button", "button", "button"],
    ["radio", 'input[type="radio"]', "radio"],
    ["textbox", "textarea, input[type='text']", "textbox"],
  ];
  for (const [label, css, role] of controls) {
    // Every such element in the DOM is exposed with its role (none hidden from the tree).
    const inDom = await d.locator(css).count();
    await expect(d.getByRole(role, { includeHidden: false }), `${step}: ${label}s exposed`).toHaveCount(inDom);
    for (const el of await d.getByRole(role).all()) {
      const { role: computed, name } = await roleAndName(el);
      const html = await el.evaluate((e) => e.outerHTML.slice(0, 120));
      expect(computed, `${step}: role of ${html}`).toBe(role);
      expect(name, `${step}: accessible name of ${html}`).not.toBe("");
      expect(await d.getByRole(role, { name, exact: true }).count(), `${step}: ${role} "${name}" found by name`).toBeGreaterThan(0);
    }
  }
}

for (const lang of locales) {
  test(`${lang}: the dialog and every button, reason and text box in it have an accessible name`, async ({ page }) => {
    await failFirstSend(page);
    await openChat(page, `lang=${lang}&chat=one-to-one`);
    await startReport(page, "o20");

    // The dialog is named by its title.
    const dialogName = (await roleAndName(page.getByRole("dialog"))).name;
    expect(dialogName).not.toBe("");
    expect(dialogName).toBe((await title(page).innerText()).trim());

    await expectNamedControls(page, "reason");
    expect(await dialog(page).getByRole("radio").count(), "reasons offered").toBeGreaterThan(1);
    await expect(dialog(page).getByRole("textbox")).toHaveCount(1);
    await chooseReasonAndContinue(page);
    await expectNamedControls(page, "disclosure");
    await page.getByTestId("agree").click();
    await expect(page.getByTestId("retry")).toBeVisible();
    await expectNamedControls(page, "send-failed");
    await page.getByTestId("retry").click();
    await stepReady(page, "receipt");
    await expectNamedControls(page, "receipt");
  });
}
