// Shared steps of the report flow, as a person performs them.
import { expect, type APIRequestContext, type Page, type Request } from "@playwright/test";

/** Fluent wraps every placeable in U+2068/U+2069; people do not see them. */
export const visible = (s: string) => s.replace(/[\u2068\u2069]/g, "").trim();

/**
 * A message's or post's time as a person reads it in the preview (`en` or
 * `ja` wording), in their zone: the browser runs in Asia/Tokyo
 * (playwright.config.ts).
 */
export function shownTime(unix: number, lang: string): string {
  const d = new Date((unix + 9 * 3600) * 1000);
  const hhmm = `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
  const [y, mo, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return lang === "ja" ? `${y}年${mo}月${day}日 ${hhmm}` : `${y}-${mo}-${day} ${hhmm}`;
}

export interface ShownEntry {
  id: string;
  role: string;
  sent: boolean;
  sender: string;
  time: string;
  text: string | null;
  /** The label of the row's first media item (a message has at most one). */
  media: string | null;
  /** Every media item of the row, in the order shown (a post can have several). */
  medias: ShownMedia[];
}

export interface ShownMedia {
  label: string;
  /** The thumbnail's `src` attribute as written (the link that is sent), if there is one. */
  thumbnail: string | null;
}

export async function openChat(page: Page, query: string) {
  await page.goto(`/?${query}`);
  await expect(page.getByTestId("chat")).toBeVisible();
}

/**
 * Waits until `step` (by default, whichever is shown) is ready for the next action: rendered, and the frame
 * after its rendering has run. The component moves the focus to the step's
 * title in that frame, which scrolls the dialog; a click computed before it
 * can land where a button no longer is. One animation frame requested after
 * the step is in the document runs after the component's own.
 */
export async function stepReady(page: Page, step?: string) {
  if (step === "disclosure") {
    // The component checks the disclosure on screen once it is laid out;
    // "Agree and send" waits for that. A failed check replaces the step.
    const dialog = page.getByTestId("report-dialog");
    await expect(dialog).toHaveAttribute("data-display-check", /^(passed|failed)$/);
    const failed = dialog.locator('[data-step="not-displayed"]');
    if (await failed.count()) throw new Error(`the notice failed the display check on the device: ${await failed.getAttribute("data-cause")}`);
  }
  const shown = page.locator(`[data-testid="report-dialog"] [data-step${step ? `="${step}"` : ""}]`);
  await shown.waitFor({ state: "attached" });
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => done())));
  await expect(shown).toBeAttached();
}

export async function startReport(page: Page, messageId: string) {
  await page.locator(`[data-message-id="${messageId}"] .report`).click();
  await expect(page.getByTestId("report-dialog")).toBeVisible();
  // The reason step, or the notice that the report cannot be sent.
  await stepReady(page);
}

export async function chooseReasonAndContinue(page: Page, reasonValue = "harassment") {
  await page.locator(`input[name="reason"][value="${reasonValue}"]`).check();
  await page.getByTestId("next").click();
  await expect(page.getByTestId("headline")).toBeVisible();
  await stepReady(page, "disclosure");
}

/** Opens the chat, reports `messageId` and continues to the disclosure. */
export async function openDisclosure(page: Page, query: string, messageId: string, reasonValue?: string) {
  await openChat(page, query);
  await startReport(page, messageId);
  await chooseReasonAndContinue(page, reasonValue);
}

export async function shownEntries(page: Page): Promise<ShownEntry[]> {
  return page.locator('[data-testid="preview"] > li').evaluateAll((items) =>
    items.map((li) => {
      const text = (sel: string) => (li.querySelector(sel) as HTMLElement | null)?.innerText ?? null;
      return {
        id: li.getAttribute("data-message-id") ?? "",
        role: li.getAttribute("data-role") ?? "",
        sent: li.getAttribute("data-sent") === "true",
        sender: text(".sender") ?? "",
        time: text(".time") ?? "",
        text: text(".content"),
        media: text(".media-label"),
        medias: Array.from(li.querySelectorAll("figure.media")).map((f) => ({
          label: (f.querySelector(".media-label") as HTMLElement | null)?.innerText ?? "",
          thumbnail: f.querySelector("img")?.getAttribute("src") ?? null,
        })),
      };
    }),
  );
}

/** Every request the page makes, with the moment it was made. */
export function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => seen.push(r));
  return seen;
}

/** Fails if any request could carry a report: anything but a GET of a page asset. */
export function expectNoReportLeft(requests: Request[], contentSamples: string[]) {
  for (const r of requests) {
    const url = new URL(r.url());
    const body = r.postData() ?? "";
    expect(r.method(), `${r.method()} ${url.pathname}`).toBe("GET");
    expect(url.pathname, "no report endpoint is contacted").not.toContain("/api/reports");
    for (const sample of contentSamples) {
      expect(decodeURIComponent(url.href + body)).not.toContain(sample);
    }
  }
}

/** The first report POST fails with HTTP 500; later ones reach the server. */
export async function failFirstSend(page: Page) {
  let failNext = true;
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() === "POST" && failNext) {
      failNext = false;
      return route.fulfill({ status: 500, body: "{}" });
    }
    return route.continue();
  });
}

/**
 * Every report the demo receiver stored, in filing order: `GET /api/reports`
 * a page at a time (the receiver runs with --demo, so reading needs no token).
 */
export async function receivedReports(request: APIRequestContext): Promise<any[]> {
  const all: any[] = [];
  let url = "/api/reports?limit=1000";
  for (;;) {
    const response = await request.get(url);
    expect(response.status(), `GET ${url}`).toBe(200);
    const page = await response.json();
    all.push(...page.reports);
    if (!page.next_after) return all;
    url = `/api/reports?limit=1000&after=${page.next_after}`;
  }
}
