// The component in a host that uses only the package (app/host/examples/plain:
// plain HTML + JavaScript), the way a messaging client's web app or web view
// embeds it, reporting a message (from a chat), an account (from its profile)
// or a post (from the feed). The core proofs hold there too: displayed wording
// equals the snapshot (and the receiver verifies it), nothing is downloaded
// before "Report", nothing is sent before agreement or after Cancel, the
// payload is the preview, focus stays in the dialog and returns to the host on
// close; wrong options are refused naming the field.
import { test, expect } from "@playwright/test";
import { caseName, checkCase, type Case } from "./displayed";
import { chooseReasonAndContinue, stepReady } from "./flow";
import { HOST_LOCALES, KIND_LOCALES, KIND_SCENARIOS, PLAIN_HOST as HOST, expectClosingSendsNothing, expectPackageLoadedOnReport, expectReportSentAsPreviewed, openInPlainHost, previewed } from "./hosts";

for (const locale of HOST_LOCALES) {
  for (const s of ["full-window", "group-media", ...(KIND_LOCALES.includes(locale) ? KIND_SCENARIOS : [])]) {
    const c: Case = { locale, platform: "desktop", scenario: s };
    test(`plain host: ${caseName(c)}`, async ({ page }) => {
      const failures = await checkCase(page, c, undefined, openInPlainHost);
      expect(failures, failures.join("\n\n")).toEqual([]);
    });
  }
}

test("plain host: nothing of the component is downloaded before Report; then the package and one locale", ({ page }) =>
  expectPackageLoadedOnReport(page, HOST));

test("plain host: payload equals the preview, the host hears of it, nothing left before agreement", ({ page }) =>
  expectReportSentAsPreviewed(page, HOST, { scenario: "group-media", platform: "ios", reason: "violence" }));

test("plain host, account with its chat: payload equals the preview (profile facts, the account's messages only)", ({ page }) =>
  expectReportSentAsPreviewed(page, HOST, { scenario: "account-many", platform: "android", reason: "harassment" }));

test("plain host, post with media: payload equals the preview (text, every media link, the author's facts)", ({ page }) =>
  expectReportSentAsPreviewed(page, HOST, { scenario: "post-media", platform: "desktop", reason: "scam" }));

test("the payload-equals-preview comparison fails when the preview shows other than what is sent", async ({ page }) => {
  // The post's second media link and its author's photo are altered in the
  // preview on screen (the payload is built from the report, not the page).
  // Links, not text: altered text is caught on the device itself, by the
  // display check at "Agree and send" (display-checks.spec.ts).
  const posts: any[] = [];
  page.on("request", (r) => r.method() === "POST" && posts.push(r.postDataJSON()));
  await openInPlainHost(page, { locale: "en", platform: "desktop", scenario: "post-media" });
  await chooseReasonAndContinue(page, "spam");
  await page.locator('[data-step="disclosure"]').evaluate((step) => {
    step.querySelectorAll('[data-testid="preview"] figure.media img')[1].setAttribute("src", "/media/other.svg");
    step.querySelector('[data-testid="profile"] > dd.photo img')!.setAttribute("src", "/media/not-the-photo.svg");
  });
  const shown = await previewed(page);
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");
  expect(posts, "one report sent").toHaveLength(1);
  const sent = await previewed(page, posts[0]);
  // Both sides of the difference: what was sent and not shown, what was shown and not sent.
  expect(sent.filter((l) => !shown.includes(l))).toEqual([
    "profile photo: /media/avatar-priya.svg",
    expect.stringMatching(/^post p-summit: .* media \/media\/summit\.svg \/media\/trail\.svg$/),
  ]);
  expect(shown.filter((l) => !sent.includes(l))).toEqual([
    "profile photo: /media/not-the-photo.svg",
    expect.stringMatching(/^post p-summit: .* media \/media\/summit\.svg \/media\/other\.svg$/),
  ]);
});

test("plain host: Cancel and Escape send nothing, focus stays in the dialog and returns to Report", ({ page }) =>
  expectClosingSendsNothing(page, HOST));

test("package: wrong options are refused with the field named", async ({ page }) => {
  await page.goto(`${HOST}?chat=one-to-one&lang=en`);
  await expect(page.getByTestId("chat")).toBeVisible();
  const errors = await page.evaluate(async () => {
    const { mountReportFlow } = await import("/package/index.js");
    const conversation = await (await fetch("/examples/chats/one-message.json")).json();
    const post = (await (await fetch("/examples/chats/feed.json")).json()).find((p: any) => p.media.length);
    const base = { kind: "message", conversation, chosenMessageId: "s01", platform: "ios", endpoint: "/api/reports" };
    const { kind, ...withoutKind } = base;
    const postBase = { kind: "post", post, platform: "ios", endpoint: "/api/reports" };
    const attempts = [
      { ...base, platform: "symbian" },
      { ...base, colour: "red" },
      { ...base, conversation: { ...conversation, messages: [{ ...conversation.messages[0], kind: "poll" }] } },
      { ...base, conversation: { ...conversation, messages: [{ ...conversation.messages[0], sent_at: "noon" }] } },
      { ...base, endpoint: undefined },
      withoutKind,
      { ...postBase, conversation },
      { ...postBase, post: { ...post, media: [post.media[0], { ...post.media[1], kind: "gif" }] } },
      // The kind is named first, before the fields a kind needs.
      { ...postBase, post: { ...post, media: [{ kind: "gif" }] } },
      { ...postBase, post: { ...post, author: { id: "u-x" } } },
    ];
    const out: string[] = [];
    for (const options of attempts) {
      const el = document.createElement("div");
      document.body.append(el);
      out.push(await mountReportFlow(el, options).then(() => "mounted", (e: Error) => e.message));
    }
    return out;
  });
  expect(errors).toEqual([
    expect.stringContaining("options.platform: expected"),
    expect.stringContaining("options.colour: not an option"),
    expect.stringContaining("options.conversation.messages[0].kind: unknown kind \"poll\""),
    expect.stringContaining("options.conversation.messages[0].sent_at: expected a whole number"),
    expect.stringContaining("endpoint: give an endpoint or a submit function"),
    expect.stringContaining("options.kind: expected \"message\", \"account\" or \"post\""),
    expect.stringContaining("options.conversation: not used when kind is \"post\""),
    expect.stringContaining("options.post.media[1].kind: unknown kind \"gif\" (known: image, video)"),
    expect.stringContaining("options.post.media[0].kind: unknown kind \"gif\" (known: image, video)"),
    expect.stringContaining("options.post.author.display_name: expected a string"),
  ]);
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
});

test("package: a submit callback that never settles does not freeze the dialog", async ({ page }) => {
  await page.goto(`${HOST}?chat=one-to-one&lang=en`);
  await expect(page.getByTestId("chat")).toBeVisible();
  await page.evaluate(async () => {
    const { mountReportFlow } = await import("/package/index.js");
    const conversation = await (await fetch("/examples/chats/one-message.json")).json();
    const el = document.createElement("div");
    document.body.append(el);
    (window as any).submitted = 0;
    await mountReportFlow(el, {
      kind: "message",
      conversation,
      chosenMessageId: "s01",
      platform: "desktop",
      sendTimeoutMs: 1000,
      submit: () => {
        (window as any).submitted++;
        return new Promise(() => {});
      },
    });
  });
  await chooseReasonAndContinue(page, "spam");
  await page.getByTestId("agree").click();
  await expect(page.getByTestId("send-failed")).toBeVisible();
  // A real button, a thumb's size: the package styles it (a 44 px target), not the browser default.
  const retry = await page.getByTestId("retry").boundingBox();
  expect(retry!.height).toBeGreaterThanOrEqual(44);
  await page.getByTestId("retry").click();
  await expect(page.getByTestId("send-failed")).toBeVisible();
  expect(await page.evaluate(() => (window as any).submitted)).toBe(2);
});

test("package: a second mount on an element with an open flow is refused, and one dialog stays", async ({ page }) => {
  await page.goto(`${HOST}?chat=one-to-one&lang=en`);
  await expect(page.getByTestId("chat")).toBeVisible();
  const second = await page.evaluate(async () => {
    const { mountReportFlow } = await import("/package/index.js");
    const conversation = await (await fetch("/examples/chats/one-message.json")).json();
    const el = document.createElement("div");
    document.body.append(el);
    const options = { kind: "message", conversation, chosenMessageId: "s01", platform: "desktop", endpoint: "/api/reports" };
    await mountReportFlow(el, options);
    return mountReportFlow(el, options).then(() => "mounted", (e: Error) => e.message);
  });
  expect(second).toContain("a report flow is already open in this element");
  await expect(page.getByTestId("report-dialog")).toHaveCount(1);
  await expect(page.locator('[data-step="reason"]')).toBeVisible();
});

test("package: when the Report trigger left the page meanwhile, focus returns to the host's element, not the page body", async ({ page }) => {
  await page.goto(`${HOST}?chat=one-to-one&lang=en`);
  await expect(page.getByTestId("chat")).toBeVisible();
  await page.evaluate(async () => {
    const { mountReportFlow } = await import("/package/index.js");
    const conversation = await (await fetch("/examples/chats/one-message.json")).json();
    // A menu item that opens the flow, then closes with its menu.
    const menu = Object.assign(document.createElement("button"), { textContent: "Report", id: "menu-item" });
    const el = Object.assign(document.createElement("section"), { id: "flow-holder" });
    document.body.append(menu, el);
    menu.focus();
    await mountReportFlow(el, { kind: "message", conversation, chosenMessageId: "s01", platform: "desktop", endpoint: "/api/reports" });
    menu.remove();
  });
  await stepReady(page, "reason");
  await page.getByTestId("cancel").click();
  await expect(page.getByTestId("report-dialog")).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("flow-holder");
});
