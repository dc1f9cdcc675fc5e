// The notice in a host page we did not write: host CSS cannot hide, restyle
// or cover it (shadow root, top layer), and when a host does manage to make
// it unreadable, the device itself refuses before anyone can agree: the flow
// fails closed, the host hears why (`report-display-failed`), and nothing
// leaves the page. Each refusal test breaks the page on purpose.
import { test, expect, type Page } from "@playwright/test";
import { caseName, checkCase, type Case } from "./displayed";
import { stepReady } from "./flow";
import { openInPlainHost } from "./hosts";

test.use({ bypassCSP: true });

/** Styles a real host page might carry, and worse: none of them may reach the notice. */
const HOSTILE_HOST_CSS = `
  *, ::before, ::after { box-sizing: border-box; border: 0 solid; margin: 0; padding: 0 }
  h1, h2, h3 { font-size: inherit; font-weight: inherit }
  ol, ul { list-style: none }
  button, textarea { font: inherit; color: inherit; background: transparent; all: unset }
  body { font-size: 0.1px; line-height: 0; color: transparent; text-transform: uppercase; letter-spacing: 2em }
  .backdrop, .dialog, dialog, [role="dialog"] { display: none !important }
  .headline, .summary, p, li { visibility: hidden !important; opacity: 0 !important }
  #report-flow { position: fixed; inset: auto; width: 0; height: 0; overflow: hidden; transform: scale(0.01); z-index: -1 }
  .pane { position: fixed; inset: 0; z-index: 2147483647; background: #fff }
`;

async function addHostileHost(page: Page) {
  await page.addStyleTag({ content: HOSTILE_HOST_CSS });
  // A chat kit's full-screen pane at the highest z-index, over everything the page stacks.
  await page.evaluate(() => document.body.append(Object.assign(document.createElement("div"), { className: "pane" })));
}

for (const c of [
  { locale: "ja", platform: "ios", scenario: "group-media" },
  { locale: "en", platform: "desktop", scenario: "full-window" },
] satisfies Case[]) {
  test(`hostile host CSS and a pane at the top z-index cannot hide, restyle or cover the notice: ${caseName(c)}`, async ({ page }) => {
    // Added once "Report" is pressed: the pane covers the page's own button.
    const failures = await checkCase(page, c, undefined, (p, k) => openInPlainHost(p, k).then(() => addHostileHost(p)));
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
}

/**
 * Opens the plain host's chat at the reason step, with every
 * `report-display-failed` event and every report request recorded.
 */
async function openReasonStep(page: Page) {
  await page.addInitScript(() => {
    (window as any).__displayFailed = [];
    document.addEventListener("report-display-failed", (e) => (window as any).__displayFailed.push((e as CustomEvent).detail));
  });
  const sent: string[] = [];
  page.on("request", (r) => r.url().includes("/api/reports") && sent.push(`${r.method()} ${r.url()}`));
  await openInPlainHost(page, { locale: "en", platform: "desktop", scenario: "group-media" });
  await page.locator('input[name="reason"][value="spam"]').check();
  return sent;
}

/** The host opens its own full-screen modal dialog, after the flow's: it is drawn over it. */
const openHostModal = (page: Page) =>
  page.evaluate(() => {
    const cover = Object.assign(document.createElement("dialog"), { className: "host-modal", textContent: "Rate our app!" });
    cover.style.cssText = "inset: 0; width: 100vw; height: 100vh; max-width: none; max-height: none; margin: 0; background: #fff";
    document.body.append(cover);
    cover.showModal();
  });

/** Presses a button the way a script or assistive technology can, even when it is covered or hidden. */
const press = (page: Page, testId: string) => page.getByTestId(testId).dispatchEvent("click");

/** The flow refused: the not-displayed notice, the host told once with `cause`, agreement impossible, nothing sent. */
async function expectRefused(page: Page, sent: string[], cause: RegExp) {
  await expect(page.getByTestId("report-dialog")).toHaveAttribute("data-display-check", "failed");
  await expect(page.locator('[data-step="not-displayed"]')).toBeAttached();
  await expect(page.getByTestId("agree")).toHaveCount(0);
  const events: Array<{ cause: string; problems: string[] }> = await page.evaluate(() => (window as any).__displayFailed);
  expect(events, "one report-display-failed event").toHaveLength(1);
  expect(events[0].cause).toMatch(cause);
  expect(events[0].problems.length).toBeGreaterThan(0);
  expect(sent, "nothing of the report left the page").toEqual([]);
}

test("the host opens its own modal over the notice: the device refuses it as covered", async ({ page }) => {
  const sent = await openReasonStep(page);
  // The wasm's own reason step, one Back away: its dialog is the one the
  // disclosure will be shown in, under the host's modal.
  await page.getByTestId("next").click();
  await stepReady(page, "disclosure");
  await page.getByTestId("back").click();
  await stepReady(page, "reason");
  await openHostModal(page);
  await press(page, "next");
  await expectRefused(page, sent, /covered by <dialog class="host-modal">/);
});

test("the host opens its own modal over the package's first step: at Next the notice opens above it, confirmed on screen", async ({ page }) => {
  const sent = await openReasonStep(page);
  await openHostModal(page);
  await press(page, "next");
  // The wasm's dialog enters the top layer after the host's modal.
  await stepReady(page, "disclosure");
  await expect(page.getByTestId("report-dialog")).toHaveAttribute("data-display-check", "passed");
  await expect(page.getByTestId("headline")).toBeVisible();
  expect(sent).toEqual([]);
});

test("the host hides its element while the flow is open: the device refuses the notice as not rendered", async ({ page }) => {
  const sent = await openReasonStep(page);
  await page.evaluate(() => (document.getElementById("report-flow")!.style.display = "none"));
  await press(page, "next");
  await expectRefused(page, sent, /not rendered/);
});

test("a host script restyles the notice inside its shadow root: the device refuses the unreadable headline", async ({ page }) => {
  const sent = await openReasonStep(page);
  await page.evaluate(() => {
    const shadow = document.querySelector("report-disclosure-flow")!.shadowRoot!;
    shadow.append(Object.assign(document.createElement("style"), { textContent: ".headline { color: transparent }" }));
  });
  await press(page, "next");
  await expectRefused(page, sent, /^headline: .*text colour is transparent/);
});

test("the notice is covered after it was confirmed: Agree checks again and refuses, nothing is sent", async ({ page }) => {
  const sent = await openReasonStep(page);
  await page.getByTestId("next").click();
  await expect(page.getByTestId("agree")).toBeEnabled();
  await openHostModal(page);
  await press(page, "agree");
  await expectRefused(page, sent, /covered by <dialog class="host-modal">/);
});

test("the host hears nothing and agreement works when the notice is readable", async ({ page }) => {
  const sent = await openReasonStep(page);
  await page.getByTestId("next").click();
  await expect(page.getByTestId("report-dialog")).toHaveAttribute("data-display-check", "passed");
  await expect(page.getByTestId("agree")).toBeEnabled();
  expect(await page.evaluate(() => (window as any).__displayFailed)).toEqual([]);
  expect(sent).toEqual([]);
});

test("a popover the host opens over the notice (drawn on top, yet passed through by hit-testing) is refused as covering", async ({ page }) => {
  const sent = await openReasonStep(page);
  await page.getByTestId("next").click();
  await expect(page.getByTestId("agree")).toBeEnabled();
  await page.evaluate(() => {
    const toast = Object.assign(document.createElement("div"), { className: "host-toast", textContent: "New messages" });
    toast.setAttribute("popover", "manual");
    toast.style.cssText = "inset: 0; width: 100vw; height: 100vh; margin: 0; background: #fff";
    document.body.append(toast);
    toast.showPopover();
  });
  await press(page, "agree");
  await expectRefused(page, sent, /covered by <div class="host-toast">/);
});
