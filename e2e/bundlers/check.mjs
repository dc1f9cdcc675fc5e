// Can a host bundle the package itself (not only import it at run time)?
// Builds one tiny app that imports mountReportFlow from the package, as a host
// installs it from dist/package (`npm install <path to dist/package>`: a
// symlink in node_modules/report-flow), with two bundlers:
//   vite      Vite's production build (rollup), base "./"
//   vite-proposed  the same against the package with index.js.proposed.diff
//             applied, the assets copied into report-flow/ and assetsUrl given
//   esbuild   esbuild --bundle --format=esm --splitting, as built; and
//             esbuild-copied: the same output plus the files README says a
//             host must copy next to the bundle (see HOST_COPIES below)
// into target/bundlers/out/<name>/ (index.html + the bundle), and writes
// target/bundlers/out/manifest.json: for each build, its files and which of the
// package's assets it holds. e2e/tests/bundlers.spec.ts serves each build and
// opens the flow in Chromium. Bounded: each build is a few seconds.
//   node e2e/bundlers/check.mjs     (from anywhere; needs a build in dist/)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const E2E = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROOT = join(E2E, "..");
const PACKAGE = join(ROOT, "dist", "package");
const WORK = join(ROOT, "target", "bundlers");
const APP = join(WORK, "app");
const OUT = join(WORK, "out");

/** What a host that bundles the package with esbuild copies next to the chunk that holds index.js. */
export const HOST_COPIES = ["report_flow_bg.wasm", "report-flow.css", "locales"];

if (!existsSync(join(PACKAGE, "index.js"))) throw new Error(`no package in ${PACKAGE}: run bash .ci/build-web first`);
rmSync(WORK, { recursive: true, force: true });
mkdirSync(join(APP, "node_modules"), { recursive: true });
// What `npm install ../../dist/package` makes: a link to the package folder.
symlinkSync(PACKAGE, join(APP, "node_modules", "report-flow"), "dir");

// The same app against the package with the proposed index.js change
// (index.js.proposed.diff: assets resolved through a variable, so bundlers
// leave them alone, and an assetsUrl option), to show that it fixes Vite.
const PROPOSED_DIFF = join(E2E, "bundlers", "index.js.proposed.diff");
const PROPOSED_PACKAGE = join(WORK, "package-proposed");
const PROPOSED_APP = join(WORK, "app-proposed");
let proposedError = null;
cpSync(PACKAGE, PROPOSED_PACKAGE, { recursive: true });
try {
  execFileSync("patch", ["-p4", "--forward", "--quiet", "-d", PROPOSED_PACKAGE, "-i", PROPOSED_DIFF], { stdio: "pipe" });
} catch (e) {
  proposedError = `the proposed diff does not apply to dist/package/index.js: ${String(e.stdout ?? "")}${String(e.stderr ?? e.message)}`;
}
mkdirSync(join(PROPOSED_APP, "node_modules"), { recursive: true });
symlinkSync(PROPOSED_PACKAGE, join(PROPOSED_APP, "node_modules", "report-flow"), "dir");

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
      // Only with ?assets= (the proposed option; today's index.js has none).
      ...(query.get("assets") ? { assetsUrl: query.get("assets") } : {}),
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
for (const app of [APP, PROPOSED_APP]) {
  writeFileSync(join(app, "main.js"), MAIN);
  writeFileSync(join(app, "index.html"), HTML('<script type="module" src="./main.js"></script>'));
}

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
    manifest[name] = {
      ok: true,
      ms: Date.now() - started,
      files,
      warnings,
      holds: {
        wasm: files.some((f) => f.endsWith(".wasm")),
        css: files.some((f) => /report-flow.*\.css$/.test(f)),
        locales: files.filter((f) => f.endsWith("report.ftl")).map((f) => relative(outDir, join(outDir, f))),
      },
    };
  } catch (e) {
    manifest[name] = { ok: false, ms: Date.now() - started, error: String(e.message ?? e).split("\n").slice(0, 5).join("\n"), warnings };
  }
  console.log(`bundlers: ${name} ${manifest[name].ok ? "built" : "FAILED"} in ${manifest[name].ms} ms`);
};

// Vite: the production build a host runs (`vite build`), relative base so the
// output can be served from any folder.
const viteInto = (root) => async (outDir, warnings) => {
  const { build } = await import("vite");
  await build({
    root,
    base: "./",
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
};
await timed("vite", viteInto(APP));
// With the proposed index.js: the host copies the package's assets into one
// folder of its site (here report-flow/) and passes assetsUrl: "./report-flow/".
await timed("vite-proposed", async (outDir, warnings) => {
  if (proposedError) throw new Error(proposedError);
  await viteInto(PROPOSED_APP)(outDir, warnings);
  for (const f of HOST_COPIES) cpSync(join(PACKAGE, f), join(outDir, "report-flow", f), { recursive: true });
});

// esbuild: the bundle as esbuild writes it, and the same with the copies.
const esbuildInto = async (outDir, warnings) => {
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
};
await timed("esbuild", esbuildInto);
await timed("esbuild-copied", async (outDir, warnings) => {
  await esbuildInto(outDir, warnings);
  // index.js's code is now in main.js (or a chunk next to it): its
  // import.meta.url is the bundle's, so the assets it resolves from it
  // must sit next to the bundle.
  for (const f of HOST_COPIES) cpSync(join(PACKAGE, f), join(outDir, f), { recursive: true });
});

writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, 2));
if (Object.values(manifest).some((m) => !m.ok)) {
  for (const [name, m] of Object.entries(manifest)) if (!m.ok) console.error(`bundlers: ${name}: ${m.error}`);
  process.exit(1);
}
