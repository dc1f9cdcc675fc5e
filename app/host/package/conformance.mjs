// The report flow's host conformance check: a Playwright helper a host's
// developers run against THEIR OWN page (their CSS, layout, scripts, network):
//
//   import { checkReportFlow } from "report-flow/conformance.mjs";
//   test("the report flow works in our chat", async ({ page }) => {
//     const failures = await checkReportFlow(page, {
//       open: async (page) => { await page.goto("/chat/42"); await page.getByText("Report").first().click(); },
//     });
//     expect(failures, failures.join("\n\n")).toEqual([]);
//   });
//
// It opens the flow in that page (twice, through `open`) and checks, as a
// person would use it:
//   (a) nothing of the report leaves before agreement: until "Agree and send"
//       the page makes no request but GETs, and no request or WebSocket frame
//       carries a text the disclosure shows as sent; the same after Cancel;
//   (b) the disclosure as displayed: every approved element ([data-snap]) of
//       each step is readable on screen (not hidden, covered, clipped, off
//       screen, transparent), as the package's displayed.js defines it, the
//       flow's own display check did not fail (report-display-failed), and
//       a person can press the flow's controls (nothing intercepts them);
//   (c) the report sent on "Agree and send" is exactly what the preview showed
//       (the report-sent event's payload and the POSTed body, if the flow
//       posts to an endpoint), as the package's previewed.js compares them.
// It SENDS ONE REPORT (to the endpoint or submit function the page gives
// the flow): run it against a test receiver.
// Returns the failures, one readable message each; [] when the page conforms.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));

/** A page script of the package, next to this file. */
function pageScript(name) {
  const file = join(HERE, name);
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8");
}

/**
 * An ES module's source (no imports), as an expression that evaluates to its
 * export `name` in the page: the page's own CSP never sees it, and it needs
 * no URL the page could refuse.
 */
function moduleExport(source, name) {
  if (/^\s*import\s/m.test(source)) throw new Error(`conformance: the page script exporting ${name} imports other modules; it must be self-contained`);
  // A minified module ends in `export{E as displayedStep}`: the local name is returned.
  let local = name;
  const body = source
    .replace(/export\s*\{([^}]*)\}\s*;?/g, (_, list) => {
      for (const item of list.split(",")) {
        const [own, as] = item.trim().split(/\s+as\s+/);
        if ((as ?? own) === name) local = own;
      }
      return "";
    })
    .replace(/^(\s*)export\s+default\s+(?=(async\s+)?function\b|class\b)/gm, "$1")
    .replace(/^(\s*)export\s+(?=(async\s+)?function\b|const\b|let\b|var\b|class\b)/gm, "$1");
  return `(() => {\n${body}\n;return ${local};\n})()`;
}

// The root that holds the dialog: the document, or the open shadow root the
// flow renders in (page scripts written against `document` are run against it).
const DIALOG_ROOT = `(() => {
  const find = (root) => {
    if (root.querySelector('[data-testid="report-dialog"]')) return root;
    for (const el of root.querySelectorAll("*")) {
      const found = el.shadowRoot && find(el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
  return find(document) ?? document;
})()`;

/** What the page heard from the flow (report-sent, report-display-failed), whichever element it was mounted in. */
function listenToFlow() {
  if (window.__reportFlowConformance) return;
  const heard = (window.__reportFlowConformance = { sent: [], displayFailed: [] });
  // Capturing on the document sees the events of any element in the page.
  document.addEventListener("report-sent", (e) => heard.sent.push(e.detail), true);
  document.addEventListener("report-display-failed", (e) => heard.displayFailed.push(e.detail), true);
}

/** In the page: the element drawn over the middle of `el` (looked up through shadow roots), described, or null when `el` itself is there. */
function coveringElement(el) {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  let top = document.elementFromPoint(x, y);
  while (top?.shadowRoot) {
    const inner = top.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === top) break;
    top = inner;
  }
  if (!top || top === el || el.contains(top) || top.contains(el)) return null;
  const id = top.id ? ` id="${top.id}"` : "";
  const cls = typeof top.className === "string" && top.className ? ` class="${top.className}"` : "";
  return `<${top.tagName.toLowerCase()}${id}${cls}>`;
}

const invisible = (s) => (s ?? "").replace(/[\u2068\u2069]/g, "").trim();
const firstLines = (e) =>
  String(e?.message ?? e)
    .split("\n")
    .filter((l) => l.trim() && !/^\s*-\s*(waiting for|attempting|retrying|waiting \d|scrolling|done scrolling|element is visible|element is enabled|element is stable)/.test(l))
    .slice(0, 3)
    .map((l) => l.trim())
    .join("; ");

/**
 * Checks the report flow in the host's page. See conformance.d.ts.
 * @param {import("@playwright/test").Page} page
 * @param {{ open: (page: import("@playwright/test").Page) => Promise<void>, reason?: string, timeoutMs?: number }} options
 * @returns {Promise<string[]>}
 */
export async function checkReportFlow(page, { open, reason = "spam", timeoutMs = 15000 } = {}) {
  if (typeof open !== "function") throw new TypeError("checkReportFlow: options.open must be a function that presses Report in your page");
  const failures = [];
  const DISPLAYED = pageScript("displayed.js");
  const PREVIEWED = pageScript("previewed.js");
  if (!DISPLAYED) failures.push(`(b) cannot check what is displayed: ${join(HERE, "displayed.js")} is missing (conformance.mjs must stay next to the package's displayed.js)`);
  if (!PREVIEWED) failures.push(`(c) cannot compare the payload with the preview: ${join(HERE, "previewed.js")} is missing`);
  const displayedIn = DISPLAYED && moduleExport(DISPLAYED, "displayedStep");

  // Every request and WebSocket frame the page sends, from now on.
  const sent = [];
  const onRequest = (r) => sent.push({ what: `${r.method()} ${r.url()}`, method: r.method(), data: `${r.url()}\n${r.postData() ?? ""}`, body: r.postData() });
  const onSocket = (ws) => ws.on("framesent", (f) => sent.push({ what: `WebSocket frame to ${ws.url()}`, method: "WS", data: String(f.payload) }));
  page.on("request", onRequest);
  page.on("websocket", onSocket);
  await page.addInitScript(listenToFlow);
  await page.evaluate(listenToFlow).catch(() => {});

  const dialog = page.locator('[data-testid="report-dialog"]');
  const step = (name) => page.locator(`[data-testid="report-dialog"] [data-step="${name}"]`);
  const heard = () => page.evaluate(() => window.__reportFlowConformance ?? { sent: [], displayFailed: [] });
  let displayFailuresSeen = 0;
  const noteDisplayFailed = async (when) => {
    const { displayFailed } = await heard();
    for (const d of displayFailed.slice(displayFailuresSeen)) {
      const problems = (d?.problems ?? []).map((p) => `\n    - ${p}`).join("");
      failures.push(`(b) ${when}: the flow's own display check failed (report-display-failed), cause ${d?.cause ?? "?"}${problems}`);
    }
    displayFailuresSeen = displayFailed.length;
  };

  /** Waits for a step of the flow and the frame after it rendered. */
  const reach = async (name, when) => {
    try {
      await step(name).waitFor({ state: "attached", timeout: timeoutMs });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
      return true;
    } catch (e) {
      failures.push(`${when}: the flow's ${name} step did not appear within ${timeoutMs} ms (${firstLines(e)})`);
      return false;
    }
  };

  /** (b) The step as displayed: every approved element readable where it is. */
  const checkDisplayed = async (name) => {
    if (!displayedIn) return;
    let shown;
    try {
      shown = await page.evaluate(`(${displayedIn})(${JSON.stringify(name)})`);
    } catch (e) {
      failures.push(`(b) step ${name}: displayed.js failed in the page: ${firstLines(e)}`);
      return;
    }
    if (!shown?.lines?.length) failures.push(`(b) step ${name}: no approved element ([data-snap]) of the step is on screen`);
    for (const p of shown?.problems ?? []) failures.push(`(b) step ${name}: not readable as approved: ${p}`);
  };

  /** Presses a control as a person would; if the page intercepts it, says so and presses it programmatically to go on checking. */
  const press = async (locator, what, action = "click") => {
    try {
      await locator[action]({ timeout: 3000 });
    } catch (e) {
      // What is on top of the control, if anything: Playwright's own log
      // names it only when it got as far as a hit test.
      const cover = await locator.evaluate(coveringElement, undefined, { timeout: 3000 }).catch(() => null);
      failures.push(`(b) a person cannot ${what}: ${cover ? `covered by ${cover}; ` : ""}${firstLines(e)}`);
      await locator
        .evaluate(
          (el) => el.click(), // checks a radio (with its input and change events) or presses a button
          undefined,
          { timeout: 3000 },
        )
        .catch((e2) => failures.push(`(b) ${what}: not even a script could press it: ${firstLines(e2)}`));
    }
  };

  const reasonInput = page.locator(`[data-testid="report-dialog"] input[name="reason"][value="${reason}"]`);
  /** Opens the flow in the page and goes on to the disclosure; the texts it shows as sent, or null. */
  const openToDisclosure = async (when, checkSteps) => {
    try {
      await open(page);
    } catch (e) {
      failures.push(`${when}: options.open failed: ${firstLines(e)}`);
      return null;
    }
    if (!(await reach("reason", when))) return null;
    if (checkSteps) await checkDisplayed("reason");
    if ((await reasonInput.count()) === 0) {
      failures.push(`${when}: the reason step has no reason "${reason}" (options.reason)`);
      return null;
    }
    await press(reasonInput, `choose the reason "${reason}"`, "check");
    await press(page.locator('[data-testid="report-dialog"] [data-testid="next"]'), 'press "Continue" on the reason step');
    if (!(await reach("disclosure", when))) return null;
    if (checkSteps) await checkDisplayed("disclosure");
    await noteDisplayFailed(when);
    const texts = await page
      .locator('[data-testid="report-dialog"] [data-testid="preview"] > li[data-sent="true"] .content, [data-testid="report-dialog"] [data-testid="profile"] > dd.content')
      .allTextContents();
    return texts.map(invisible).filter(Boolean);
  };

  /** (a) Nothing of the report has left: only GETs, none carrying a shown text. */
  const checkNothingLeft = (when, from, texts) => {
    for (const r of sent.slice(from)) {
      if (r.method !== "GET" && r.method !== "WS") failures.push(`(a) ${when}: the page sent ${r.what} (only GETs may be made before "Agree and send")`);
      let data = r.data;
      try {
        data = decodeURIComponent(data);
      } catch {}
      for (const t of texts) {
        if (data.includes(t)) {
          failures.push(`(a) ${when}: ${r.what} carries text the disclosure shows as sent: ${JSON.stringify(t.slice(0, 60))}`);
          break;
        }
      }
    }
  };

  const previewedIn = (payload) => page.evaluate(`((document) => (${PREVIEWED})(${JSON.stringify(payload)}))(${DIALOG_ROOT})`);

  try {
    // First pass: open, read every step as displayed, then Cancel.
    const texts = await openToDisclosure("first opening", true);
    if (texts) {
      if (texts.length === 0) failures.push("(a) the disclosure shows no text as sent: nothing to look for in requests");
      checkNothingLeft("before agreement", 0, texts);
      const before = sent.length;
      await press(page.locator('[data-testid="report-dialog"] [data-testid="cancel"]'), 'press "Cancel"');
      try {
        await dialog.waitFor({ state: "detached", timeout: 5000 });
      } catch {
        failures.push('(a) Cancel did not close the flow (the dialog is still in the page after 5 s)');
      }
      // How long a late send after Cancel is looked for (nothing must come).
      await page.waitForTimeout(500);
      checkNothingLeft("after Cancel", before, texts);
    }

    // Second pass: open again and send; what is sent must be the preview.
    const from = sent.length;
    const sentBefore = (await heard()).sent.length;
    const again = await openToDisclosure("second opening", false);
    if (again && PREVIEWED) {
      checkNothingLeft("before agreement (second opening)", from, again);
      const shown = await previewedIn(null);
      const agree = page.locator('[data-testid="report-dialog"] [data-testid="agree"]');
      try {
        await agree.waitFor({ state: "attached", timeout: 5000 });
        const deadline = Date.now() + 5000;
        while (!(await agree.isEnabled()) && Date.now() < deadline) await page.waitForTimeout(100);
      } catch {}
      if (!(await agree.count()) || !(await agree.isEnabled())) {
        await noteDisplayFailed("second opening");
        failures.push('(c) "Agree and send" is not enabled on the disclosure, so nothing could be sent (see the display failures above)');
      } else {
        const posting = sent.length;
        await press(agree, 'press "Agree and send"');
        if (await reach("receipt", "after agreement")) await checkDisplayed("receipt");
        await noteDisplayFailed("after agreement");
        const events = (await heard()).sent.slice(sentBefore);
        if (events.length !== 1) failures.push(`(c) the page heard ${events.length} report-sent events for one agreement (expected 1)`);
        const payloads = events.map((e, i) => ({ from: `the report-sent event${events.length > 1 ? ` ${i + 1}` : ""}`, payload: e?.payload }));
        const posts = sent.slice(posting).filter((r) => r.method === "POST" && r.body);
        const reports = posts.flatMap((r) => {
          try {
            const body = JSON.parse(r.body);
            return body && typeof body === "object" && "reported" in body ? [{ from: r.what, payload: body }] : [];
          } catch {
            return [];
          }
        });
        if (reports.length > 1) failures.push(`(c) ${reports.length} reports were POSTed for one agreement: ${reports.map((r) => r.from).join(", ")}`);
        for (const { from: where, payload } of [...payloads, ...reports]) {
          const got = await previewedIn(payload ?? null);
          if (JSON.stringify(got) !== JSON.stringify(shown)) {
            const missing = shown.filter((l) => !got.includes(l));
            const extra = got.filter((l) => !shown.includes(l));
            failures.push(
              `(c) what ${where} sends differs from what the preview showed:` +
                missing.map((l) => `\n    - shown, not sent: ${l}`).join("") +
                extra.map((l) => `\n    + sent, not shown: ${l}`).join("") +
                (missing.length || extra.length ? "" : `\n    (same lines, other order)\n    shown: ${shown.join(" | ")}\n    sent:  ${got.join(" | ")}`),
            );
          }
        }
        if (payloads.length && reports.length === 1 && JSON.stringify(payloads[0].payload) !== JSON.stringify(reports[0].payload)) {
          failures.push(`(c) the POSTed report (${reports[0].from}) is not the payload the report-sent event announced`);
        }
      }
    }
  } finally {
    page.off("request", onRequest);
    page.off("websocket", onSocket);
  }
  return failures;
}
