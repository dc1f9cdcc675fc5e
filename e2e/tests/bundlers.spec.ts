// A host that bundles the package into its own code (not only imports it at
// run time): e2e/bundlers/check.mjs builds a tiny app importing
// mountReportFlow from the package (installed from dist/package) with Vite and
// with esbuild, each with the copies README names (report_flow_bg.wasm and
// locales/ in one folder, report-flow/) and that folder
// passed as `assetsUrl`. Here each build is served from /bundlers/<name>/ and
// must open the flow on its reason step in Japanese, with the Japanese
// wording fetched from that folder. One build served without the folder
// proves the copies are what makes it work (and that the error names them).
import { test, expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";

const OUT = join(__dirname, "..", "..", "target", "bundlers", "out");
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".ftl": "text/plain; charset=utf-8",
  ".json": "application/json",
};
// The title of the reason step in locales/ja/report.ftl (report-title).
const JA_TITLE = "メッセージを通報";

test.describe.configure({ mode: "serial" });

type Build = { ok: boolean; ms: number; files?: string[]; warnings: string[]; error?: string; dataUrls?: string[]; holds?: Record<string, string[]> };
let manifest: Record<string, Build>;
test.beforeAll(async () => {
  test.setTimeout(120_000);
  const started = Date.now();
  execFileSync("node", [join(__dirname, "..", "bundlers", "check.mjs")], { stdio: "inherit", timeout: 100_000 });
  console.log(`bundlers: check.mjs took ${Date.now() - started} ms`);
  manifest = JSON.parse(readFileSync(join(OUT, "manifest.json"), "utf8"));
});

/** Serves target/bundlers/out/<build>/ at /bundlers/<build>/ (the receiver serves the rest: fixtures, /api). */
async function serve(page: Page, build: string, { without }: { without?: string } = {}) {
  const missing: string[] = [];
  await page.route("**/bundlers/**", async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname).replace(/^\/bundlers\//, "");
    const file = normalize(join(OUT, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(OUT) || !existsSync(file) || (without && path.startsWith(`${build}/${without}`))) {
      missing.push(`/bundlers/${path}`);
      return route.fulfill({ status: 404, body: "not found" });
    }
    await route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? "application/octet-stream", body: readFileSync(file) });
  });
  return missing;
}

/** Opens a build, presses Report, and returns what happened. */
async function openFlow(page: Page, build: string, lang: string, served: { without?: string } = {}) {
  const missing = await serve(page, build, served);
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`/bundlers/${build}/?lang=${lang}`);
  await page.locator("#report").click();
  await expect(page.locator("#status")).not.toHaveText("", { timeout: 20_000 });
  return { status: await page.locator("#status").innerText(), missing, requested };
}

for (const build of ["vite", "esbuild"]) {
  test(`bundlers: a host bundling the package with ${build} (the copies in report-flow/, assetsUrl) opens the flow in Japanese, wording fetched from there`, async ({ page }) => {
    const m = manifest[build];
    expect(m?.ok, `the ${build} build failed: ${m?.error}`).toBe(true);
    console.log(`${build}: built in ${m.ms} ms; files: ${m.files?.join(", ")}; warnings: ${m.warnings.join(" | ") || "none"}`);
    expect(m.dataUrls, "the bundle inlines files as data: URLs (a strict CSP refuses them; the locale folder cannot be one)").toEqual([]);
    const { status, missing, requested } = await openFlow(page, build, "ja");
    expect({ status, missing }).toEqual({ status: "mounted", missing: [] });
    const reason = page.locator('[data-testid="report-dialog"] [data-step="reason"]');
    await expect(reason).toBeVisible();
    await expect(reason.locator('[data-snap="title"]')).toHaveText(JA_TITLE);
    await expect(reason.locator('input[name="reason"]').first()).toBeAttached();
    const own = (p: string) => p.startsWith(`/bundlers/${build}/report-flow/`);
    expect(requested.filter((p) => p.endsWith("/report.ftl")), "the wording fetched: one locale, ja, from the copied folder").toEqual([`/bundlers/${build}/report-flow/locales/ja/report.ftl`]);
    expect(requested.filter((p) => /report[-_]flow.*\.(wasm|css)$/.test(p)).filter((p) => !own(p)), "the wasm comes from the copied folder").toEqual([]);
    expect(requested.filter(own).map((p) => p.split("/").pop()).sort()).toEqual(["report.ftl", "report_flow_bg.wasm"]);
  });
}

test("bundlers: the same Vite build served without its report-flow/ folder fails to open the flow, naming the missing file (the copies are what makes it work)", async ({ page }) => {
  expect(manifest.vite?.ok, `the vite build failed: ${manifest.vite?.error}`).toBe(true);
  const { status, missing } = await openFlow(page, "vite", "ja", { without: "report-flow/" });
  console.log(`vite without report-flow/: status "${status}"; 404: ${missing.join(", ")}`);
  expect(status).toMatch(/^error: .*\/bundlers\/vite\/report-flow\/report_flow_bg\.wasm/);
  expect(missing.length, "the bundle asked for the copied files").toBeGreaterThan(0);
  await expect(page.locator("report-disclosure-flow")).toHaveCount(0);
});
