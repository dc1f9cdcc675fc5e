// The page-side definitions, read from e2e/page/ (and "displayed" from
// app/web/js/, which the component runs too) and run unchanged in the
// page through WebDriver, so every engine uses the same "displayed".
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PAGE_SCRIPTS } from "./paths.mjs";
import displayedSource from "../page/displayed-source.cjs";

const source = (name) => readFileSync(join(PAGE_SCRIPTS, name), "utf8");
const DISPLAYED = displayedSource.displayedFunction();
const GLYPHS = source("glyphs.js");
const TIMELINE = source("timeline.js");
const PREVIEWED = source("previewed.js");

const call = (fn, arg) => `return (${fn})(${JSON.stringify(arg)});`;

/** {lines, problems} of one step, from app/web/js/displayed.js. */
export const displayedStep = (driver, step) => driver.executeScript(call(DISPLAYED, step));

/** [{text, font, missing}] for the elements `selector` matches, from e2e/page/glyphs.js. */
export const missingGlyphs = (driver, selector) => driver.executeScript(call(GLYPHS, selector));

/**
 * From e2e/page/previewed.js: the lines the open disclosure's preview shows as
 * sent (no payload), or the same lines made from a payload as sent.
 */
export const previewedLines = (driver, payload = null) => driver.executeScript(call(PREVIEWED, payload));

export const stepMarkedText = (step) => `[data-testid="report-dialog"] [data-step="${step}"] [data-snap]`;

/** URLs the page fetched from /api/reports so far (Resource Timing). */
export const reportRequestsSeen = (driver) =>
  driver.executeScript(
    `return performance.getEntriesByType('resource').map((e) => e.name).filter((n) => new URL(n).pathname.startsWith('/api/reports'));`,
  );

/** Starts recording presses, focus, steps, scrolling and errors (e2e/page/timeline.js). */
export const recordTimeline = (driver) => driver.executeScript(`(${TIMELINE})()`);

/** What the page recorded so far, oldest first; [] if it could not be read. */
export const readTimeline = (driver) => driver.executeScript("return window.__timeline ?? ['(no timeline: the page was not recording)']").catch((e) => [`(timeline unreadable: ${e.message.split("\n")[0]})`]);
