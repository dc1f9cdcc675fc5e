// Reporting an account or a post, started where a person starts it: the
// Report button on the demo's profile page or in its feed. What the
// disclosure shows is exactly what is sent (an account's facts and the latest
// messages received from it, never the person's own; a post with all its
// media, in order, and its author's facts), the receiver files it verified,
// nothing leaves before "Agree and send", Cancel and Escape send nothing, and
// focus returns to the Report button the flow was opened from. The last tests
// break the page on purpose and show that these checks then fail.
import { test, expect, type Page, type Request } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { registeredNotice, SNAPSHOT_POLICY } from "./displayed";
import { chooseReasonAndContinue, expectNoReportLeft, recordRequests, shownEntries, shownTime, stepReady, visible, type ShownEntry, receivedReports } from "./flow";

// ---------------------------------------------------------------------------
// Where a report starts, and what the demo holds
// ---------------------------------------------------------------------------

/** A page of the demo with a Report button, and that button. */
interface Origin {
  what: string;
  query: string;
  page: string;
  button: string;
}

const account = (id: string): Origin => ({
  what: `account ${id}`,
  query: `chat=account/${id}`,
  page: `[data-testid="profile-page"][data-account-id="${id}"]`,
  button: `[data-testid="profile-page"][data-account-id="${id}"] button.report`,
});

const post = (id: string): Origin => ({
  what: `post ${id}`,
  query: "chat=feed",
  page: `[data-testid="feed"] li.post[data-post-id="${id}"]`,
  button: `[data-testid="feed"] li.post[data-post-id="${id}"] button.report`,
});

/** A chat as the build exports it from the fixtures (dist/examples/chats, written with the demo). */
interface ChatMessage {
  id: string;
  kind: string;
  sender: { id: string; display_name: string };
  sent_at: number;
  text?: string;
  caption?: string | null;
  media_url?: string;
}

function exportedChat(id: string): ChatMessage[] {
  const file = join(__dirname, "..", "..", "dist", "examples", "chats", `${id}.json`);
  return JSON.parse(readFileSync(file, "utf8")).messages;
}

/**
 * What a report on `accountId` must carry: its latest `limit` sent messages
 * in the chat, in chat order. Written here on its own, as the person reads
 * the rule, to check core's `received_from`; the limit is core's.
 */
function latestReceived(chat: ChatMessage[], accountId: string, limit = SNAPSHOT_POLICY.account_messages): ChatMessage[] {
  return chat.filter((m) => m.sender.id === accountId && m.kind !== "system_notice" && m.kind !== "unsent").slice(-limit);
}

async function openPage(page: Page, origin: Origin, lang = "en") {
  await page.goto(`/?lang=${lang}&platform=desktop&${origin.query}`);
  await expect(page.locator(origin.page)).toBeVisible();
}

/** Presses the Report button of `origin`; the dialog opens on the reason step. */
async function pressReport(page: Page, origin: Origin) {
  await page.locator(origin.button).click();
  await expect(page.getByTestId("report-dialog")).toBeVisible();
  await stepReady(page, "reason");
}

async function openDisclosureFrom(page: Page, origin: Origin, lang = "en") {
  await openPage(page, origin, lang);
  await pressReport(page, origin);
  await chooseReasonAndContinue(page);
}

/** Agrees; returns the body the page posted and what the receiver filed for it. */
async function agreeAndFile(page: Page, requests: Request[]) {
  await page.getByTestId("agree").click();
  await stepReady(page, "receipt");
  const posts = requests.filter((r) => r.method() === "POST");
  expect(posts, "the report is sent exactly once").toHaveLength(1);
  const posted = posts[0].postDataJSON();
  const all = await receivedReports(page.request);
  const mine = all.filter((r: any) => r.payload.report_id === posted.report_id);
  expect(mine, "the receiver filed the report once").toHaveLength(1);
  return { posted, filed: mine[0] };
}

/** The receipt names the receiver's reference, and the demo lists the report as verified. */
async function expectFiledVerified(page: Page, posted: any, filed: any) {
  expect(filed.payload, "the receiver stored what the page sent").toEqual(posted);
  expect(filed.verified, `unverified: ${filed.unverified_reason}`).toBe(true);
  expect(visible(await page.getByTestId("reference").innerText())).toContain(filed.reference);
  await expect(page.locator(`[data-testid="received-report"][data-reference="${filed.reference}"]`)).toHaveAttribute("data-verified", "true");
}

// ---------------------------------------------------------------------------
// What the disclosure shows
// ---------------------------------------------------------------------------

/** One fact of a `dl.profile`: its label, then the value shown or the photo whose link is sent. */
interface ShownFact {
  label: string;
  value: string | null;
  photo: string | null;
}

/** One section of the preview: its heading and what follows it. */
interface ShownSection {
  heading: string;
  body: "entries" | "profile" | "empty";
  facts: ShownFact[];
  empty: string | null;
}

async function shownSections(page: Page): Promise<ShownSection[]> {
  const all = await page.locator('[data-step="disclosure"] h3[data-snap="heading"]').evaluateAll((headings) =>
    headings.map((h): ShownSection | null => {
      const next = h.nextElementSibling as HTMLElement | null;
      const heading = (h as HTMLElement).innerText;
      if (next?.matches('ol.preview[data-testid="preview"]')) return { heading, body: "entries", facts: [], empty: null };
      if (next?.matches('p[data-testid="preview-empty"]')) return { heading, body: "empty", facts: [], empty: next.innerText };
      if (!next?.matches('dl.profile[data-testid="profile"]')) return null;
      const facts: ShownFact[] = [];
      for (const el of Array.from(next.children) as HTMLElement[]) {
        if (el.tagName === "DT") facts.push({ label: el.innerText, value: null, photo: null });
        else if (el.tagName === "DD" && facts.length) {
          const fact = facts[facts.length - 1];
          if (el.classList.contains("photo")) fact.photo = el.querySelector("img")?.getAttribute("src") ?? "";
          else fact.value = el.innerText;
        }
      }
      return { heading, body: "profile", facts, empty: null };
    }),
  );
  return all.filter((s): s is ShownSection => s !== null);
}

const profileSection = (sections: ShownSection[]) => {
  const found = sections.filter((s) => s.body === "profile");
  expect(found, "one section of profile facts").toHaveLength(1);
  return found[0];
};

// ---------------------------------------------------------------------------
// Shown against sent: each returns the differences, empty when they agree
// ---------------------------------------------------------------------------

/** The facts shown (name, then status message and photo if the account has them) against a sent profile. */
function profileDifferences(facts: ShownFact[], sent: any): string[] {
  const problems: string[] = [];
  for (const f of facts) {
    if ((f.value === null) === (f.photo === null)) problems.push(`the fact "${f.label}" shows ${f.value === null ? "no value" : "both a value and a photo"}`);
  }
  const name = facts[0]?.value ?? null;
  const status = facts.slice(1).find((f) => f.value !== null)?.value ?? null;
  const photo = facts.find((f) => f.photo !== null)?.photo ?? null;
  const expected = 1 + (sent.status_message != null ? 1 : 0) + (sent.photo_url != null ? 1 : 0);
  if (facts.length !== expected) problems.push(`${facts.length} facts shown, ${expected} sent`);
  if (name !== sent.display_name) problems.push(`name shown ${JSON.stringify(name)}, sent ${JSON.stringify(sent.display_name)}`);
  if (status !== (sent.status_message ?? null)) problems.push(`status message shown ${JSON.stringify(status)}, sent ${JSON.stringify(sent.status_message ?? null)}`);
  if (photo !== (sent.photo_url ?? null)) problems.push(`photo link shown ${JSON.stringify(photo)}, sent ${JSON.stringify(sent.photo_url ?? null)}`);
  return problems;
}

/** The link a sent content carries for the review team, shown as the row's thumbnail. */
const contentLink = (c: any): string | null => (c.kind === "image" || c.kind === "video" || c.kind === "sticker" ? c.media_url : null);
const contentText = (c: any): string | null => (c.kind === "text" ? c.text : (c.caption ?? null));

/** The rows shown against the messages of an account report, row by row. */
function receivedDifferences(shown: ShownEntry[], sent: any[], accountName: string, lang: string): string[] {
  const problems: string[] = [];
  const shownIds = shown.map((e) => e.id);
  const sentIds = sent.map((m) => m.id);
  if (JSON.stringify(shownIds) !== JSON.stringify(sentIds)) problems.push(`messages shown ${shownIds.join(",")}, sent ${sentIds.join(",")}`);
  sent.forEach((m, i) => {
    const e = shown.find((s) => s.id === m.id);
    if (!e) return problems.push(`${m.id} is sent but not shown`);
    const at = `${m.id}:`;
    if (e.role !== "received" || !e.sent) problems.push(`${at} shown as ${e.role}, sent ${e.sent}`);
    if (e.sender !== accountName) problems.push(`${at} sender shown ${JSON.stringify(e.sender)}`);
    if (visible(e.time) !== shownTime(m.sent_at, lang)) problems.push(`${at} time shown ${visible(e.time)}, sent ${shownTime(m.sent_at, lang)}`);
    if (e.text !== contentText(m.content)) problems.push(`${at} text shown ${JSON.stringify(e.text)}, sent ${JSON.stringify(contentText(m.content))}`);
    const links = e.medias.map((x) => x.thumbnail).filter((t) => t !== null);
    const link = contentLink(m.content);
    if (JSON.stringify(links) !== JSON.stringify(link ? [link] : [])) problems.push(`${at} thumbnail shown ${links.join(",")}, link sent ${link}`);
    if (e.medias.length !== (m.content.kind === "text" ? 0 : 1)) problems.push(`${at} ${e.medias.length} media shown for a ${m.content.kind}`);
    if (i > 0 && shownIds.indexOf(m.id) < shownIds.indexOf(sent[i - 1].id)) problems.push(`${at} shown out of order`);
  });
  return problems;
}

/** The post row shown against a sent post: id, author, time, text, and every media item in order. */
function postDifferences(row: ShownEntry, sent: any, lang: string): string[] {
  const problems: string[] = [];
  if (row.id !== sent.id) problems.push(`post shown ${row.id}, sent ${sent.id}`);
  if (row.role !== "post" || !row.sent) problems.push(`the post row is shown as ${row.role}, sent ${row.sent}`);
  if (row.sender !== sent.author.display_name) problems.push(`author shown ${JSON.stringify(row.sender)}, sent ${JSON.stringify(sent.author.display_name)}`);
  if (visible(row.time) !== shownTime(sent.posted_at, lang)) problems.push(`time shown ${visible(row.time)}, sent ${shownTime(sent.posted_at, lang)}`);
  if (row.text !== (sent.text ?? null)) problems.push(`text shown ${JSON.stringify(row.text)}, sent ${JSON.stringify(sent.text ?? null)}`);
  const shownLinks = row.medias.map((m) => m.thumbnail);
  const sentLinks = sent.media.map((m: any) => m.media_url);
  if (JSON.stringify(shownLinks) !== JSON.stringify(sentLinks)) problems.push(`media shown ${JSON.stringify(shownLinks)}, sent ${JSON.stringify(sentLinks)}`);
  return problems;
}

/** What an English media label says for a sent post media item. */
function englishMediaLabel(m: any): RegExp {
  const mb = (m.size_bytes / (1024 * 1024)).toFixed(1).replace(".", "\\.");
  const duration = m.kind === "video" ? `, ${Math.floor(m.duration_seconds / 60)}:${String(m.duration_seconds % 60).padStart(2, "0")}` : "";
  const kind = m.kind === "video" ? "Video" : "Photo";
  return new RegExp(`^${kind}${duration} \\(${mb} MB\\): a link to it is sent, which the review team can open\\.$`);
}

/** Every image inside `scope` is on screen and has loaded (a broken link would show nothing). */
async function expectImagesShown(page: Page, scope: string, count: number) {
  const images = page.locator(`${scope} img`);
  await expect(images).toHaveCount(count);
  for (const img of await images.all()) {
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), { message: `${await img.getAttribute("src")} loads` }).toBe(true);
  }
}

/** The profiles of the demo's fixtures that these tests send, as the payload carries them. */
const PROFILES = {
  daniel: { id: "u-daniel", display_name: "Daniel Park", status_message: "Back in Seoul for the winter", photo_url: "/media/avatar-daniel.svg" },
  priya: { id: "u-priya", display_name: "Priya Nair", status_message: "Trail runner, weekend hiker", photo_url: "/media/avatar-priya.svg" },
  quickDeals: { id: "u-quickdeals", display_name: "Quick Deals 24/7", status_message: null, photo_url: null },
};

/** The profile sent (an account's, a post author's) is `expected`, and the facts shown are exactly it. */
function expectProfileSent(facts: ShownFact[], sent: any, expected: (typeof PROFILES)[keyof typeof PROFILES]) {
  expect(sent).toEqual(expected);
  expect(profileDifferences(facts, sent)).toEqual([]);
}

const ENGLISH_FACTS = {
  name: "Name",
  status: "Status message",
  photo: "Profile photo: a link to it is sent, which the review team can open.",
};

// ---------------------------------------------------------------------------
// An account
// ---------------------------------------------------------------------------

for (const lang of ["en", "ja"]) {
  test(`${lang}: reporting Daniel's account from his profile shows and sends his 10 latest messages, none of Mika's, and his facts; the receiver verifies it`, async ({ page }) => {
    const chat = exportedChat("one-to-one");
    const expected = latestReceived(chat, "u-daniel");
    const fromDaniel = chat.filter((m) => m.sender.id === "u-daniel");
    const mikas = chat.filter((m) => m.sender.id === "u-mika");
    // The chat exercises the rule: more than 10 from Daniel, and Mika's messages between them.
    expect(fromDaniel.length).toBeGreaterThan(10);
    expect(mikas.some((m) => m.sent_at > expected[0].sent_at)).toBe(true);
    expect(expected.map((m) => m.id)).toEqual(["o21", "o23", "o25", "o27", "o29", "o31", "o33", "o35", "o37", "o39"]);

    const requests = recordRequests(page);
    const daniel = account("u-daniel");
    await openDisclosureFrom(page, daniel, lang);

    const sections = await shownSections(page);
    expect(sections.map((s) => s.body), "the account's facts, then its messages").toEqual(["profile", "entries"]);
    const facts = profileSection(sections).facts;
    if (lang === "en") {
      expect(facts.map((f) => f.label)).toEqual([ENGLISH_FACTS.name, ENGLISH_FACTS.status, ENGLISH_FACTS.photo]);
      expect(visible(await page.getByTestId("headline").innerText())).toContain("the 10 most recent messages you received from it");
    } else {
      expect(visible(await page.getByTestId("headline").innerText())).toContain("最新の10件");
    }
    expect(facts.map((f) => f.value)).toEqual(["Daniel Park", "Back in Seoul for the winter", null]);
    expect(facts[2].photo).toBe("/media/avatar-daniel.svg");
    await expectImagesShown(page, '[data-testid="profile"]', 1);

    const shown = await shownEntries(page);
    expect(shown.map((e) => e.id), "the 10 latest from Daniel, in chat order").toEqual(expected.map((m) => m.id));
    expect(shown.map((e) => e.text)).toEqual(expected.map((m) => m.text));
    expect(shown.map((e) => visible(e.time))).toEqual(expected.map((m) => shownTime(m.sent_at, lang)));
    expect(new Set(shown.map((e) => e.sender))).toEqual(new Set(["Daniel Park"]));
    expect(shown.filter((e) => mikas.some((m) => m.id === e.id)), "none of Mika's messages").toEqual([]);

    // All of it is on screen and nothing has left the page yet.
    const samples = [...shown.flatMap((e) => (e.text ? [e.text] : [])), "Back in Seoul for the winter"];
    expectNoReportLeft(requests, samples);

    const { posted, filed } = await agreeAndFile(page, requests);
    expect(Object.keys(posted.reported), "an account report").toEqual(["account"]);
    const sent = posted.reported.account;
    expectProfileSent(facts, sent.profile, PROFILES.daniel);
    expect(sent.messages).toHaveLength(shown.length);
    expect(receivedDifferences(shown, sent.messages, "Daniel Park", lang)).toEqual([]);
    // Mika's words are nowhere in what was sent (in this fixture even o20, the abusive one, is hers).
    const body = JSON.stringify(posted);
    for (const m of mikas) {
      if (m.text && !fromDaniel.some((d) => d.text === m.text)) expect(body).not.toContain(m.text);
      expect(sent.messages.map((s: any) => s.id)).not.toContain(m.id);
    }
    expect(posted.locale).toBe(lang);
    expect(posted.platform).toBe("desktop");
    expect(posted.notice_version).toBe(registeredNotice(lang, "desktop"));
    await expectFiledVerified(page, posted, filed);
  });
}

// Ken sends a photo, a video, a file and a sticker among his last 10; Lena
// sent 4 messages and took one back: 3 are sent, and not the one she unsent.
for (const [id, chatId, name] of [
  ["u-ken", "ken", "Ken Mori"],
  ["u-lena", "lena", "Lena Vogel"],
] as const) {
  test(`en: reporting ${name}'s account sends exactly the latest messages shown, each with its media link`, async ({ page }) => {
    const chat = exportedChat(chatId);
    const expected = latestReceived(chat, id);
    const withdrawn = chat.filter((m) => m.sender.id === id && m.kind === "unsent").map((m) => m.id);
    const requests = recordRequests(page);
    await openDisclosureFrom(page, account(id));
    const shown = await shownEntries(page);
    const facts = profileSection(await shownSections(page)).facts;
    expect(shown.map((e) => e.id)).toEqual(expected.map((m) => m.id));
    expect(visible(await page.getByTestId("headline").innerText())).toContain(`the ${expected.length} most recent messages you received from it`);
    const { posted, filed } = await agreeAndFile(page, requests);
    const sent = posted.reported.account;
    expect(receivedDifferences(shown, sent.messages, name, "en")).toEqual([]);
    expect(sent.messages.map((m: any) => m.content.kind)).toEqual(expected.map((m) => m.kind));
    for (const unsent of withdrawn) {
      expect(shown.map((e) => e.id), `${unsent} was taken back`).not.toContain(unsent);
      expect(sent.messages.map((m: any) => m.id), `${unsent} was taken back`).not.toContain(unsent);
    }
    expect(profileDifferences(facts, sent.profile)).toEqual([]);
    await expectFiledVerified(page, posted, filed);
  });
}

test("en: reporting an account that sent the person nothing says so, shows only its name, and sends no messages and no facts it lacks", async ({ page }) => {
  const requests = recordRequests(page);
  await openDisclosureFrom(page, account("u-quickdeals"));

  const sections = await shownSections(page);
  expect(sections.map((s) => s.body)).toEqual(["profile", "empty"]);
  expect(sections[1].empty).toBe("You have received no messages from this account, so none are sent.");
  expect(visible(await page.getByTestId("headline").innerText())).toContain("No messages are sent with it: you have received none from this account.");
  const dialog = page.getByTestId("report-dialog");
  await expect(dialog.locator('[data-testid="preview"]')).toHaveCount(0);
  const facts = profileSection(sections).facts;
  expect(facts, "no status message and no photo: only the name").toEqual([{ label: ENGLISH_FACTS.name, value: "Quick Deals 24/7", photo: null }]);
  await expect(dialog.locator('[data-testid="profile"] img')).toHaveCount(0);
  expectNoReportLeft(requests, ["Quick Deals 24/7"]);

  const { posted, filed } = await agreeAndFile(page, requests);
  expect(Object.keys(posted.reported)).toEqual(["account"]);
  expect(posted.reported.account.messages).toEqual([]);
  expectProfileSent(facts, posted.reported.account.profile, PROFILES.quickDeals);
  await expectFiledVerified(page, posted, filed);
});

// ---------------------------------------------------------------------------
// A post
// ---------------------------------------------------------------------------

for (const lang of ["en", "ja"]) {
  test(`${lang}: reporting Priya's post from the feed shows and sends it with both its media, in order, and her facts; the receiver verifies it`, async ({ page }) => {
    const requests = recordRequests(page);
    const summit = post("p-summit");
    await openPage(page, summit, lang);
    // What the feed itself shows of the post, to compare with the preview.
    const inFeed = await page.locator(`${summit.page} .media img`).evaluateAll((imgs) => imgs.map((i) => i.getAttribute("src")));
    expect(inFeed).toHaveLength(2);
    await pressReport(page, summit);
    await chooseReasonAndContinue(page);

    const sections = await shownSections(page);
    expect(sections.map((s) => s.body), "the post, then its author's facts").toEqual(["entries", "profile"]);
    const shown = await shownEntries(page);
    expect(shown, "one row: the post").toHaveLength(1);
    const row = shown[0];
    expect(row.id).toBe("p-summit");
    expect(row.medias.map((m) => m.thumbnail), "both media, in the order the feed shows them").toEqual(inFeed);
    await expectImagesShown(page, '[data-testid="preview"] li[data-message-id="p-summit"]', 2);
    const facts = profileSection(sections).facts;
    expect(facts.map((f) => f.value)).toEqual(["Priya Nair", "Trail runner, weekend hiker", null]);
    expect(facts[2].photo).toBe("/media/avatar-priya.svg");
    const headline = visible(await page.getByTestId("headline").innerText());
    expect(headline).toContain(lang === "en" ? "this post with its 2 photos and videos" : "写真・動画2件");
    expectNoReportLeft(requests, [row.text!, "Trail runner, weekend hiker"]);

    const { posted, filed } = await agreeAndFile(page, requests);
    expect(Object.keys(posted.reported), "a post report").toEqual(["post"]);
    const sent = posted.reported.post;
    expect(sent.media.map((m: any) => m.kind)).toEqual(["image", "video"]);
    expect(sent.media.map((m: any) => m.media_url)).toEqual(["/media/summit.svg", "/media/trail.svg"]);
    expect(postDifferences(row, sent, lang)).toEqual([]);
    if (lang === "en") {
      row.medias.forEach((m, i) => expect(visible(m.label)).toMatch(englishMediaLabel(sent.media[i])));
      expect(facts.map((f) => f.label)).toEqual([ENGLISH_FACTS.name, ENGLISH_FACTS.status, ENGLISH_FACTS.photo]);
    }
    expectProfileSent(facts, sent.author, PROFILES.priya);
    expect(posted.notice_version).toBe(registeredNotice(lang, "desktop"));
    await expectFiledVerified(page, posted, filed);
  });
}

test("en: reporting a post without media from the feed shows and sends its text alone, with its author's name only", async ({ page }) => {
  const requests = recordRequests(page);
  await openDisclosureFrom(page, post("p-giveaway"));

  const shown = await shownEntries(page);
  expect(shown).toHaveLength(1);
  expect(shown[0].id).toBe("p-giveaway");
  expect(shown[0].medias).toEqual([]);
  await expect(page.locator('[data-testid="preview"] figure')).toHaveCount(0);
  expect(visible(await page.getByTestId("headline").innerText())).toContain("this post and information about its author will be sent");
  const facts = profileSection(await shownSections(page)).facts;
  expect(facts).toEqual([{ label: ENGLISH_FACTS.name, value: "Quick Deals 24/7", photo: null }]);
  expectNoReportLeft(requests, [shown[0].text!]);

  const { posted, filed } = await agreeAndFile(page, requests);
  const sent = posted.reported.post;
  expect(sent.media).toEqual([]);
  expect(sent.text).toBe("Free phones for the first 100 people! Send your card number and its code to claim yours.");
  expect(postDifferences(shown[0], sent, "en")).toEqual([]);
  expectProfileSent(facts, sent.author, PROFILES.quickDeals);
  await expectFiledVerified(page, posted, filed);
});

// ---------------------------------------------------------------------------
// Nothing before agreement; Cancel and Escape send nothing; focus returns
// ---------------------------------------------------------------------------

for (const origin of [account("u-daniel"), post("p-summit")]) {
  test(`${origin.what}: nothing leaves before "Agree and send", Cancel and Escape send nothing, and focus returns to its Report button`, async ({ page }) => {
    const requests = recordRequests(page);
    const cancelled = `cancelled report on ${origin.what}`;
    const button = page.locator(origin.button);
    const dialog = page.getByTestId("report-dialog");
    await openPage(page, origin);

    // Cancel at the reason step, with details written.
    await pressReport(page, origin);
    await page.locator("#report-comment").fill(cancelled);
    await page.getByTestId("cancel").click();
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();

    // Cancel at the disclosure, with everything that would be sent on screen.
    await pressReport(page, origin);
    await page.locator("#report-comment").fill(cancelled);
    await chooseReasonAndContinue(page, "scam");
    const shown = await shownEntries(page);
    const facts = profileSection(await shownSections(page)).facts;
    const samples = [cancelled, ...shown.flatMap((e) => (e.text ? [e.text] : [])), ...facts.flatMap((f) => (f.value ? [f.value] : []))];
    expect(samples.length).toBeGreaterThan(2);
    await page.getByTestId("cancel").click();
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();

    // Escape at the disclosure.
    await page.keyboard.press("Enter");
    await stepReady(page, "reason");
    await chooseReasonAndContinue(page, "scam");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
    expectNoReportLeft(requests, samples);

    // Agreeing sends one report, made after the click, and it is this one.
    const agreed = `agreed report on ${origin.what}`;
    await pressReport(page, origin);
    await page.locator("#report-comment").fill(agreed);
    await chooseReasonAndContinue(page, "scam");
    expectNoReportLeft(requests, [...samples, agreed]);
    const beforeAgree = requests.length;
    const { posted, filed } = await agreeAndFile(page, requests);
    expect(requests.findIndex((r) => r.method() === "POST")).toBeGreaterThanOrEqual(beforeAgree);
    expect(posted.comment).toBe(agreed);
    expect(filed.verified, `unverified: ${filed.unverified_reason}`).toBe(true);
    await page.getByTestId("close").click();
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();

    // The receiver has the agreed report (agreeAndFile found it, once) and none of the cancelled ones.
    const all = await receivedReports(page.request);
    expect(all.filter((r: any) => r.payload.comment === cancelled)).toEqual([]);
  });
}

// ---------------------------------------------------------------------------
// The checks above can fail: each breaks the page on purpose
// ---------------------------------------------------------------------------

test.describe("the checks fail on a page broken on purpose", () => {
  test("a profile fact dropped from the account report on its way out: the comparison names it and the receiver does not verify it", async ({ page }) => {
    await page.route("**/api/reports", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const body = route.request().postDataJSON();
      body.reported.account.profile.status_message = null;
      await route.continue({ postData: JSON.stringify(body) });
    });
    const requests = recordRequests(page);
    await openDisclosureFrom(page, account("u-daniel"));
    const facts = profileSection(await shownSections(page)).facts;
    const { posted, filed } = await agreeAndFile(page, requests);
    // What left the page (the request as routed) and what the receiver stored both lack the fact.
    expect(filed.payload).toEqual(posted);
    expect(profileDifferences(facts, posted.reported.account.profile)).toEqual([
      "3 facts shown, 2 sent",
      'status message shown "Back in Seoul for the winter", sent null',
    ]);
    expect(filed.verified).toBe(false);
    expect(filed.unverified_reason).toBe("disclosure_differs_from_approved");
  });

  test("a message row taken out of the account preview list (still on screen): the comparison names the message sent but not shown", async ({ page }) => {
    const requests = recordRequests(page);
    await openDisclosureFrom(page, account("u-daniel"));
    // The row stays on screen, in its place, but no longer in the preview
    // list: the device's display check (text and order on screen) passes,
    // while the page's preview lacks the row as a row.
    await page.locator('[data-testid="preview"] li[data-message-id="o33"]').evaluate((li) => {
      const list = li.parentElement!;
      const outside = Object.assign(document.createElement("ol"), { className: list.className });
      const rest = Object.assign(document.createElement("ol"), { className: list.className });
      rest.setAttribute("data-testid", "preview");
      while (li.nextSibling) rest.append(li.nextSibling);
      outside.append(li);
      list.after(outside, rest);
    });
    const shown = await shownEntries(page);
    const { posted } = await agreeAndFile(page, requests);
    const problems = receivedDifferences(shown, posted.reported.account.messages, "Daniel Park", "en");
    expect(problems).toContain("o33 is sent but not shown");
    expect(problems.join("\n")).toMatch(/^messages shown o21,.*o31,o35.*, sent o21,.*o31,o33,o35/m);
  });

  for (const [breakage, alter, expected] of [
    ["the video dropped", (media: any[]) => media.slice(0, 1), 'media shown ["/media/summit.svg","/media/trail.svg"], sent ["/media/summit.svg"]'],
    ["the two media swapped", (media: any[]) => [media[1], media[0]], 'media shown ["/media/summit.svg","/media/trail.svg"], sent ["/media/trail.svg","/media/summit.svg"]'],
  ] as const) {
    test(`a post's media altered on its way out (${breakage}): the comparison names it and the receiver does not verify it`, async ({ page }) => {
      await page.route("**/api/reports", async (route) => {
        if (route.request().method() !== "POST") return route.continue();
        const body = route.request().postDataJSON();
        body.reported.post.media = alter(body.reported.post.media);
        await route.continue({ postData: JSON.stringify(body) });
      });
      const requests = recordRequests(page);
      await openDisclosureFrom(page, post("p-summit"));
      const [row] = await shownEntries(page);
      const { posted, filed } = await agreeAndFile(page, requests);
      expect(filed.payload).toEqual(posted);
      expect(postDifferences(row, posted.reported.post, "en")).toEqual([expected]);
      expect(filed.verified).toBe(false);
    });
  }

  test("a profile fact leaked before agreement, in a GET's address: the nothing-leaves check fails and names it", async ({ page }) => {
    const requests = recordRequests(page);
    await openDisclosureFrom(page, account("u-daniel"));
    expectNoReportLeft(requests, ["Back in Seoul for the winter"]);
    await Promise.all([
      page.waitForRequest((r) => r.url().includes("/pixel.gif")),
      page.evaluate(() => {
        new Image().src = `/pixel.gif?s=${encodeURIComponent("Back in Seoul for the winter")}`;
      }),
    ]);
    expect(() => expectNoReportLeft(requests, ["Back in Seoul for the winter"])).toThrow(/Back in Seoul for the winter/);
  });
});
