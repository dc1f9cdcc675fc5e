// Proof of notice across a wording release. `bash .ci/suite build` makes one
// the way a planner does (.ci/wording-release: a Japanese heading edited, the
// snapshots refreshed), in dist/releases/: the register before (v1) and after
// (v2), and the v2 package with a host page loading it, beside today's build.
// One receiver, never rebuilt nor restarted, learns the release from its
// register folder, and verifies each report against its own notice's wording.
import { test, expect, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chooseReasonAndContinue, stepReady } from "./flow";
import { registeredNotice } from "./displayed";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const RELEASES = join(DIST, "releases");
const SERVER = join(ROOT, "target", "release", "report-server");
const REGISTER_FILE = "approved-notices.snap";

/** The old host page loads today's package (v1); the new one the v2 package. */
const V1_HOST = "/examples/plain/";
const V2_HOST = "/releases/v2/examples/plain/";
const CHAT = "chat=one-to-one&lang=ja&platform=ios";
const MESSAGE = "o20";

interface Receiver {
  base: string;
  register: string;
}

const receivers: ChildProcess[] = [];
test.afterAll(() => receivers.forEach((child) => child.kill()));

/**
 * A receiver of its own, reading its register from a folder that starts as
 * `register` (a copy), with reading open (--demo, loopback).
 */
async function startReceiver(register: string): Promise<Receiver> {
  const scratch = join(ROOT, "target", "e2e-data");
  mkdirSync(scratch, { recursive: true });
  const dir = mkdtempSync(join(scratch, "release-"));
  const registerDir = join(dir, "register");
  cpSync(register, registerDir, { recursive: true });
  const child = spawn(SERVER, ["--port", "0", "--dir", DIST, "--data", join(dir, "data"), "--register", registerDir, "--demo"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  receivers.push(child);
  let log = "";
  const base = await new Promise<string>((resolve, reject) => {
    const look = (chunk: Buffer) => {
      log += chunk.toString();
      const m = log.match(/report-disclosure demo: (http:\/\/\S+?)\/\n/);
      if (m) resolve(m[1]);
    };
    child.stdout.on("data", look);
    child.stderr.on("data", look);
    child.once("exit", (code) => reject(new Error(`report-server exited (${code}) before listening:\n${log}`)));
  });
  test.info().annotations.push({ type: "receiver", description: base });
  return { base, register: registerDir };
}

/**
 * Deploys a release's register to a running receiver as an operator does:
 * the notices first, the register file last (replaced at once).
 */
function deploy(receiver: Receiver, release: string) {
  cpSync(join(release, "notices"), join(receiver.register, "notices"), { recursive: true });
  const next = join(receiver.register, `${REGISTER_FILE}.next`);
  writeFileSync(next, readFileSync(join(release, REGISTER_FILE)));
  renameSync(next, join(receiver.register, REGISTER_FILE));
}

interface Filed {
  /** The dialog's text on the disclosure step, as the person read it. */
  shown: string;
  posted: any;
  receipt: any;
  /** The stored consent record's verdict: verified, verified_superseded or an unverified reason. */
  result: string;
}

/** Reports the message from `host` on `receiver` as a person does, and returns what was filed. */
async function fileReport(page: Page, receiver: Receiver, host: string): Promise<Filed> {
  await page.goto(`${receiver.base}${host}?${CHAT}`);
  await page.locator(`[data-message-id="${MESSAGE}"] button.report`).click();
  await stepReady(page, "reason");
  await chooseReasonAndContinue(page, "spam");
  const shown = await page.getByTestId("report-dialog").innerText();
  const answered = page.waitForResponse((r) => r.url().endsWith("/api/reports") && r.request().method() === "POST");
  await page.getByTestId("agree").click();
  const response = await answered;
  expect(response.status(), "the report is filed").toBe(201);
  await stepReady(page, "receipt");
  const receipt = await response.json();
  const posted = response.request().postDataJSON();
  const record = await page.request.get(`${receiver.base}/api/reports/${receipt.reference}/consent-record`);
  expect(record.status()).toBe(200);
  const result = (await record.json()).notice_verification.result;
  return { shown, posted, receipt, result };
}

const v1Register = join(RELEASES, "v1", "register");
const v2Register = join(RELEASES, "v2", "register");

/**
 * Waits until the receiver verifies against the register deployed: its audit
 * gives the notice of a report filed before as `status`.
 */
async function releaseLoaded(page: Page, receiver: Receiver, notice: string, status: string) {
  await expect
    .poll(async () => {
      const audit = await (await page.request.get(`${receiver.base}/api/audit`)).json();
      return audit.rows.find((r: any) => r.notice_version === notice)?.notice_status;
    }, { message: "the receiver loads the released register" })
    .toBe(status);
}

/** v1 reports filed after the release are verified, as superseded, against v1's own wording. */
async function expectOldNoticeStillVerifies(page: Page, receiver: Receiver, v1Notice: string) {
  const old = await fileReport(page, receiver, V1_HOST);
  expect(old.posted.notice_version).toBe(v1Notice);
  expect(old.result, `a report of the superseded notice: ${JSON.stringify(old.receipt)}`).toBe("verified_superseded");
  expect(old.receipt).toMatchObject({ verified: true, notice_status: "superseded", days_since_superseded: 0 });
}

test("a wording release reaches one receiver: old and new notices verify, a draft and altered text do not", async ({ page }) => {
  const v1Notice = registeredNotice("ja", "ios", v1Register);
  const v2Notice = registeredNotice("ja", "ios", v2Register);
  expect(v2Notice, "the release changed the Japanese notice").not.toBe(v1Notice);
  const receiver = await startReceiver(v1Register);

  // Before the release reaches the receiver, v1 is current.
  const before = await fileReport(page, receiver, V1_HOST);
  expect(before.posted.notice_version).toBe(v1Notice);
  expect(before.result).toBe("verified");
  expect(before.shown, "the old host shows v1's wording").toContain("送信する目的");

  deploy(receiver, v2Register);
  await releaseLoaded(page, receiver, v1Notice, "superseded");

  await expectOldNoticeStillVerifies(page, receiver, v1Notice);

  const v2 = await fileReport(page, receiver, V2_HOST);
  expect(v2.posted.notice_version).toBe(v2Notice);
  expect(v2.result).toBe("verified");
  expect(v2.receipt).toMatchObject({ verified: true, notice_status: "current" });
  expect(v2.shown, "the new host shows v2's wording").toContain("送信の目的");

  // A planner's draft nobody approved, served in place of v1's wording.
  const v1Wording = readFileSync(join(DIST, "package", "locales", "ja", "report.ftl"), "utf8");
  const draft = v1Wording.replace(/^why-heading = .*$/m, "why-heading = 送信する目的（下書き）");
  expect(draft).not.toBe(v1Wording);
  await page.route("**/package/locales/ja/report.ftl", (route) =>
    route.fulfill({ status: 200, contentType: "text/plain; charset=utf-8", body: draft }),
  );
  const drafted = await fileReport(page, receiver, V1_HOST);
  expect(drafted.result).toBe("unknown_notice_version");
  expect(drafted.receipt).toMatchObject({ verified: false, notice_status: "unknown" });
  await page.unrouteAll({ behavior: "wait" });

  // A v1 report whose message text was altered after the person read it.
  await page.route("**/api/reports", async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const body = route.request().postDataJSON();
    const chosen = body.reported.message.messages.find((m: any) => m.role === "chosen");
    expect(typeof chosen.content.text, "the chosen message is text").toBe("string");
    chosen.content.text += " (altered)";
    await route.continue({ postData: JSON.stringify(body) });
  });
  const altered = await fileReport(page, receiver, V1_HOST);
  expect(altered.posted.notice_version).toBe(v1Notice);
  expect(altered.result).toBe("disclosure_differs_from_approved");
});

// The check above must fail when a receiver forgets old notices: here its
// release drops the register's superseded rows, and the v1 report that
// verified as superseded is now unknown.
test("self-test: a receiver that forgets superseded notices fails the release check", async ({ page }) => {
  const v1Notice = registeredNotice("ja", "ios", v1Register);
  const receiver = await startReceiver(v1Register);
  const forgetful = mkdtempSync(join(ROOT, "target", "e2e-data", "forgetful-"));
  cpSync(join(v2Register, "notices"), join(forgetful, "notices"), { recursive: true });
  const text = readFileSync(join(v2Register, REGISTER_FILE), "utf8");
  const cut = text.indexOf("Superseded notices");
  expect(cut, "the v2 register has superseded rows").toBeGreaterThan(0);
  expect(text.slice(cut)).toContain(v1Notice);
  writeFileSync(join(forgetful, REGISTER_FILE), text.slice(0, cut));

  expect((await fileReport(page, receiver, V1_HOST)).result).toBe("verified");
  deploy(receiver, forgetful);
  await releaseLoaded(page, receiver, v1Notice, "unknown");
  await expect(expectOldNoticeStillVerifies(page, receiver, v1Notice)).rejects.toThrow(/unknown_notice_version/);
});
