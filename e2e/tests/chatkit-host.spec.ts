// The component in a chat app built on a third-party React chat UI kit
// (app/host/examples/chatkit: @chatscope/chat-ui-kit-react with its styles,
// Tailwind's preflight, host CSS with panes at z-index 1-3, a sticky header,
// `.backdrop { display: none }`, `dialog {...}`, `button { all: unset }`),
// opened from a message as a person would. Each case runs the package's own
// host conformance check (dist/package/conformance.mjs) and the displayed-
// wording check against the snapshot (displayed.ts checkCase). The self-tests
// prove that the conformance check fails, naming the cause, when the host
// covers (?break=cover) or hides (?break=hide) the flow, or sends the reported
// text before agreement (?break=leak).
import { test, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { caseName, checkCase, type Case } from "./displayed";

export const CHATKIT_HOST = "/examples/chatkit/";

// The package's conformance check, as a host's tests import it (an ES module,
// loaded by Node itself: this CommonJS-compiled spec must not transpile it).
type Conformance = typeof import("../../app/host/package/conformance");
const nativeImport = new Function("url", "return import(url)") as (url: string) => Promise<Conformance>;
const conformance = nativeImport(pathToFileURL(join(__dirname, "..", "..", "dist", "package", "conformance.mjs")).href);
const checkReportFlow: Conformance["checkReportFlow"] = async (...args) => (await conformance).checkReportFlow(...args);

const scenarios: Array<{ id: string; kind: string; conversation_id?: string; chosen_message_id?: string }> = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "dist", "examples", "chats", "scenarios.json"), "utf8"),
);

/** Opens the chat-kit host on the case's chat and presses "Report" on its message. */
const openInChatkitHost = (extra = "") => async (page: Page, c: Case) => {
  const s = scenarios.find((x) => x.id === c.scenario);
  if (!s || s.kind !== "message") throw new Error(`scenario ${c.scenario}: the chat-kit host reports messages only`);
  await page.goto(`${CHATKIT_HOST}?chat=${s.conversation_id}&lang=${c.locale}&platform=${c.platform}${extra}`);
  await page.locator(`[data-message-id="${s.chosen_message_id}"] button.report`).click();
};

// Each runs in its platform's project (playwright.config.ts: ios on an iPhone 14, android on the smallest phone).
const CASES: Case[] = [
  { locale: "ja", platform: "ios", scenario: "full-window" },
  { locale: "en", platform: "desktop", scenario: "full-window" },
  { locale: "th", platform: "android", scenario: "full-window" },
  { locale: "ar-XB", platform: "desktop", scenario: "group-media" },
  { locale: "zh-TW", platform: "ios", scenario: "near-start" },
];

for (const c of CASES) {
  test(`chatkit host: ${caseName(c)}: the package's conformance check passes in the host's page`, async ({ page }) => {
    test.setTimeout(90_000);
    const open = openInChatkitHost();
    const failures = await checkReportFlow(page, { open: (p) => open(p, c) });
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
  test(`chatkit host: ${caseName(c)}: the displayed wording equals the snapshot`, async ({ page }) => {
    const failures = await checkCase(page, c, undefined, openInChatkitHost());
    expect(failures, failures.join("\n\n")).toEqual([]);
  });
}

for (const [flag, names] of [
  ["cover", /covered by <dialog[^>]*offline-overlay|offline-overlay[^\n]*intercepts pointer events/],
  ["hide", /not rendered|report-display-failed/],
  ["leak", /\(a\) before agreement: GET [^\n]*analytics\.json[^\n]* carries text the disclosure shows as sent/],
] as const) {
  const does = { cover: "covers the flow", hide: "hides the flow", leak: "sends the reported text to its analytics on Report" }[flag];
  test(`chatkit host, self-test: the conformance check fails, naming it, when the host ${does} (?break=${flag})`, async ({ page }) => {
    test.setTimeout(90_000);
    const c: Case = { locale: "en", platform: "desktop", scenario: "full-window" };
    const open = openInChatkitHost(`&break=${flag}`);
    const failures = await checkReportFlow(page, { open: (p) => open(p, c), timeoutMs: 3000 });
    console.log(`?break=${flag}: ${failures.length} failures:\n${failures.join("\n")}`);
    expect(failures.length, "the conformance check passed a page that hides the flow").toBeGreaterThan(0);
    expect(failures.join("\n")).toMatch(names);
  });
}

test("conformance check, control: it passes the plain example host (its own page, no hostile CSS)", async ({ page }) => {
  test.setTimeout(90_000);
  const failures = await checkReportFlow(page, {
    open: async (p) => {
      await p.goto("/examples/plain/?chat=one-to-one&lang=en&platform=desktop");
      await p.locator('[data-message-id="o20"] button.report').click();
    },
  });
  expect(failures, failures.join("\n\n")).toEqual([]);
});
