// Can a host bundle the package itself (not only import it at run time)?
// Builds one tiny app that imports mountReportFlow from the package, as a host
// installs it from dist/package (`npm install <path to dist/package>`: a
// symlink in node_modules/report-flow), and does what README asks of a host
// that bundles it: copy the package's HOST_COPIES into one folder of its site
// (report-flow/) and pass that folder as `assetsUrl`. Two bundlers:
//   vite      Vite's production build (rollup), base "./"; the copies go in
//             the app's public/report-flow/, which Vite copies into the output
//   esbuild   esbuild --bundle --format=esm --splitting; the copies are put
//             into the output's report-flow/ by the host's build script
// into target/bundlers/out/<name>/ (index.html + the bundle), and writes
// target/bundlers/out/manifest.json: for each build, its files, which of the
// package's assets it holds and any data: URL in its scripts.
// e2e/tests/bundlers.spec.ts serves each build and opens the flow in
// Chromium. Bounded: each build is a few seconds.
//   node e2e/bundlers/check.mjs     (from anywhere; needs a build in dist/)
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const E2E = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = join(E2E, "..");
const PACKAGE = join(ROOT, "dist", "package");
const WORK = join(ROOT, "target", "bundlers");
const APP = join(WORK, "app");
const OUT = join(WORK, "out");

/** What a host that bundles the package copies into one folder of its site (README, "Embedding"). */
export const HOST_COPIES = ["report_flow_bg.wasm", "locales"];
/** That folder, relative to the page, as the app passes it in `assetsUrl`. */
export const ASSETS_FOLDER = "report-flow/";

if (!existsSync(join(PACKAGE, "index.js"))) throw new Error(`no package in ${PACKAGE}: run bash .ci/build-web first`);
rmSync(WORK, { recursive: true, force: true });
mkdirSync(join(APP, "node_modules"), { recursive: true });
// What `npm install ../../dist/package` makes: a link to the package folder.
symlinkSync(PACKAGE, join(APP, "node_modules", "report-flow"), "dir");

const MAIN = `// A host that bundles the report flow package into its own code.
import { mountReportFlow } from "report-flow";

const query = new URLSearchParams(location.search);
const status = document.getElementById("status");
const container = document.getElementById("report-flow");
container.addEventListener("report-closed", () => { status.textContent = "closed"; });
document.getElementById("report").addEventListener("click", async () => {
  try {
    const conversation = await (await fetch("/examples/chats/one-to-one.json")).json();
    await mountReportFlow(container, {
      kind: "message", conversation, chosenMessageId: "o20",
      languages: [query.get("lang") ?? "en"], platform: "desktop", endpoint: "/api/reports",
      hostAppVersion: "Chatline demo 1.0",
      // The folder this site copied the package's wasm, CSS and locales/ into.
      assetsUrl: "./${ASSETS_FOLDER}",
    });
    status.textContent = "mounted";
  } catch (e) {
    status.textContent = "error: " + e.message;
  }
});
`;
const HTML = (script) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A bundled host of the report flow</title>${script}</head>
<body><button type="button" id="report">Report</button><p id="status" role="status"></p><div id="report-flow"></div></body>
</html>
`;
writeFileSync(join(APP, "main.js"), MAIN);
writeFileSync(join(APP, "index.html"), HTML('<script type="module" src="./main.js"></script>'));

const copyAssets = (into) => {
  for (const f of HOST_COPIES) cpSync(join(PACKAGE, f), join(into, f), { recursive: true, dereference: true });
};

/** Every file under `dir`, relative to it. */
const filesOf = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();

const manifest = {};
const timed = async (name, build) => {
  const started = Date.now();
  const outDir = join(OUT, name);
  const warnings = [];
  try {
    await build(outDir, warnings);
    const files = filesOf(outDir);
    const scripts = files.filter((f) => f.endsWith(".js"));
    manifest[name] = {
      ok: true,
      ms: Date.now() - started,
      files,
      warnings,
      holds: {
        wasm: files.filter((f) => f.endsWith(".wasm")),
        css: files.filter((f) => /report-flow.*\.css$/.test(f)),
        locales: files.filter((f) => f.endsWith("report.ftl")),
      },
      // A bundler that inlines the package's files as data: URLs (Vite did,
      // before index.js read its URLs through a variable) shows up here.
      dataUrls: scripts.flatMap((f) => (readFileSync(join(outDir, f), "utf8").match(/data:[a-z]+\/[a-z+-]+;base64,.{0,40}/g) ?? []).map((m) => `${f}: ${m}`)),
    };
  } catch (e) {
    manifest[name] = { ok: false, ms: Date.now() - started, error: String(e.message ?? e).split("\n").slice(0, 5).join("\n"), warnings };
  }
  console.log(`bundlers: ${name} ${manifest[name].ok ? "built" : "FAILED"} in ${manifest[name].ms} ms`);
};

// Vite: the production build a host runs (`vite build`), relative base so the
// output can be served from any folder. The copies go in public/, which
// Vite copies into the output as they are.
await timed("vite", async (outDir, warnings) => {
  const { build } = await import("vite");
  const publicDir = join(WORK, "vite-public");
  copyAssets(join(publicDir, ASSETS_FOLDER));
  await build({
    root: APP,
    base: "./",
    publicDir,
    configFile: false,
    logLevel: "silent",
    customLogger: {
      info() {},
      warn: (m) => warnings.push(m),
      warnOnce: (m) => warnings.push(m),
      error: (m) => warnings.push(m),
      clearScreen() {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
    build: { outDir, emptyOutDir: true, minify: true },
  });
});

// esbuild: the bundle, and the copies the host's build script puts next to it.
await timed("esbuild", async (outDir, warnings) => {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    entryPoints: [join(APP, "main.js")],
    bundle: true,
    format: "esm",
    splitting: true,
    minify: true,
    outdir: outDir,
    logLevel: "silent",
    absWorkingDir: APP,
  });
  for (const w of result.warnings) warnings.push(w.text);
  writeFileSync(join(outDir, "index.html"), HTML('<script type="module" src="./main.js"></script>'));
  copyAssets(join(outDir, ASSETS_FOLDER));
});

writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 2));
if (Object.values(manifest).some((m) => !m.ok)) {
  for (const [name, m] of Object.entries(manifest)) if (!m.ok) console.error(`bundlers: ${name}: ${m.error}`);
  process.exit(1);
}
