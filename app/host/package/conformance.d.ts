// Types of the report flow's host conformance check (conformance.mjs), a
// Playwright helper for a host's own tests. Node only; never loaded in a page.
import type { Page } from "@playwright/test";

export interface CheckReportFlowOptions {
  /**
   * Opens the report flow in your page as a person would: navigate to a chat
   * (or profile, or post) and press your "Report" action. Called twice: the
   * first flow is cancelled, the second one sends a report.
   */
  open: (page: Page) => Promise<void>;
  /** The reason chosen on the first step (an `input[name=reason]` value). Default "spam". */
  reason?: string;
  /** How long each step of the flow may take to appear (default 15000 ms). */
  timeoutMs?: number;
}

/**
 * Checks the report flow in your page, with your CSS, layout, scripts and
 * network: (a) nothing of the report leaves before "Agree and send" (only
 * GETs, no request or WebSocket frame carrying a text the disclosure shows)
 * nor after Cancel; (b) every approved element of every step is readable on
 * screen as the package's displayed.js defines it (not hidden, covered,
 * clipped, off screen or transparent), the flow's own display check did not
 * fail (`report-display-failed`) and nothing intercepts its controls; (c) the
 * report sent (the `report-sent` payload and a POSTed body, if any) is
 * exactly what the preview showed. Sends ONE report through the page's
 * endpoint or submit function: run it against a test receiver.
 *
 * Resolves with the failures, one readable message each, prefixed (a), (b)
 * or (c); an empty list when the page conforms. Installs an init script on
 * `page` that listens for the flow's events.
 */
export function checkReportFlow(page: Page, options: CheckReportFlowOptions): Promise<string[]>;
