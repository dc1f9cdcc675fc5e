// Issue 6: abusive content renders as inert text, in full, in its own
// direction; what is sent equals what is shown.
import { test, expect } from "@playwright/test";
import { openChat, shownEntries, startReport, openDisclosure, stepReady, visible } from "./flow";
import { displayedStep } from "./displayed";

test("markup, script and javascript: links are shown as text, never run, and sent exactly as shown", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  let posted: any = null;
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() === "POST") posted = route.request().postDataJSON();
    await route.continue();
  });
  await openDisclosure(page, "lang=en&chat=hostile&platform=android", "h05", "scam");

  const dialog = page.getByTestId("report-dialog");
  await expect(dialog.locator("script, img[src='x'], b, a")).toHaveCount(0);
  const h01 = dialog.locator('[data-message-id="h01"] .content');
  await expect(h01).toHaveText(`<img src=x onerror="window.__pwned='img'"><script>window.__pwned='script'</script><b>not bold</b>`);
  await expect(dialog.locator('[data-message-id="h01"] .sender')).toHaveText("<script>window.__pwned = 'sender'</script>Eve");

  const shown = (await shownEntries(page)).filter((e) => e.sent);
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");

  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(posted.reported.message.messages.map((m: any) => m.id)).toEqual(shown.map((e) => e.id));
  expect(posted.reported.message.messages.filter((m: any) => m.content.kind === "text").map((m: any) => m.content.text)).toEqual(
    shown.filter((e) => e.text !== null).map((e) => e.text),
  );
  expect(posted.reported.message.messages.map((m: any) => m.sender.display_name)).toEqual(shown.map((e) => e.sender));
});

test("a 10,000-character message and a 260-character file name are shown in full, not clipped", async ({ page }) => {
  await openDisclosure(page, "lang=ja&chat=hostile&platform=android", "h05");
  const dialog = page.getByTestId("report-dialog");
  const long = dialog.locator('[data-message-id="h06"] .content');
  expect((await long.innerText()).length).toBe(10_000);
  const file = dialog.locator('[data-message-id="h07"] .media-label');
  await expect(file).toContainText(`invoice_${"0".repeat(240)}.pdf.exe`);
  const { problems } = await displayedStep(page, "disclosure");
  expect(problems).toEqual([]);
});

test("direction overrides in user content do not reorder the wording around them", async ({ page }) => {
  await openDisclosure(page, "lang=en&chat=hostile&platform=desktop", "h05");
  // Ann's name ends in an unterminated RIGHT-TO-LEFT OVERRIDE. Isolated in
  // <bdi>, it cannot pull the time that follows it to the left.
  const dialog = page.getByTestId("report-dialog");
  const meta = dialog.locator('[data-message-id="h03"] .meta');
  const sender = await meta.locator(".sender").boundingBox();
  const time = await meta.locator(".time").boundingBox();
  expect(time!.x).toBeGreaterThanOrEqual(sender!.x + sender!.width - 1);
  expect(visible(await meta.locator(".time").innerText())).toBe("2026-11-22 09:32");
  expect(await meta.locator(".sender").evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe("isolate");
  // The message text, with its own override, is isolated too (dir=auto).
  expect(await dialog.locator('[data-message-id="h03"] .content').getAttribute("dir")).toBe("auto");
  const headline = await page.getByTestId("headline").innerText();
  expect(visible(headline)).toContain("9 messages from this chat");
});

test("a chat with duplicate message ids cannot be reported: a clear notice, nothing to send", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.url()));
  await openChat(page, "lang=ja&chat=duplicate-ids");
  await startReport(page, "d01");
  await expect(page.getByTestId("flow-error")).toHaveText(
    "通知の内容を正しく表示できないため、現在この通報は送信できません。何も送信されていません。",
  );
  await expect(page.getByTestId("agree")).toHaveCount(0);
  expect(posts).toEqual([]);
});
