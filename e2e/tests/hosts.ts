// What the example-host tests share (hosts.spec.ts: the plain HTML + JS host;
// react-host.spec.ts: the React host bundled by esbuild). Both hosts use only
// the component package, from ../../package/, and take ?chat=&lang=&platform=.
import { type Page, type Request } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Case } from "./displayed";

export const PLAIN_HOST = "/examples/plain/";
export const REACT_HOST = "/examples/react/";

/** The locales the hosts are checked in: scripts, directions and pseudo-locales of every kind. */
export const HOST_LOCALES = ["en", "ja", "zh-TW", "th", "id", "ko", "en-XA", "ar-XB"];

const scenarios: Array<{ id: string; conversation_id: string; chosen_message_id: string }> = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "dist", "examples", "chats", "scenarios.json"), "utf8"),
);
export const scenario = (id: string) => {
  const s = scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`dist/examples/chats/scenarios.json has no scenario ${id}`);
  return s;
};

/** The Report button of a message in a host's chat. */
export const reportButton = (page: Page, messageId: string) => page.locator(`[data-message-id="${messageId}"] button.report`);

/** Opens a host on the case's chat and presses "Report" on its message, as a person would. */
const openInHost = (host: string) => async (page: Page, c: Case) => {
  const s = scenario(c.scenario);
  await page.goto(`${host}?chat=${s.conversation_id}&lang=${c.locale}&platform=${c.platform}`);
  await reportButton(page, s.chosen_message_id).click();
};
export const openInPlainHost = openInHost(PLAIN_HOST);
export const openInReactHost = openInHost(REACT_HOST);

/** The paths of the package's files among `requests`, in request order. */
export const componentFiles = (requests: Request[]) =>
  requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith("/package/"));

/** What opening the flow downloads: the package and the wording of one locale. */
export const packageFilesWith = (locale: string) =>
  ["/package/index.js", `/package/locales/${locale}/report.ftl`, "/package/report-flow.css", "/package/report_flow.js", "/package/report_flow_bg.wasm"].sort();

/** Whether the focus is inside the report dialog. */
export const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid="report-dialog"]'));
