// Writes review.html, the page legal reads for a wording change: on top
// whether every engine showed the approved text (the engine matrix), then the
// change by message and locale with the changed words marked, the cases where
// it shows, screenshots before and after per platform, and the notice versions
// it adds and supersedes.
//   node e2e/review/index.mjs [--out e2e/engine-results/review.html] [--no-screens]
//        [--root DIR] [--matrix FILE] [--matrix-after ISO-TIME] [--max-scenarios N]
// Base: WORDING_BASE, else origin/$GITHUB_BASE_REF, else the merge base of HEAD
// and main, else HEAD~1 (wording-change.mjs resolveBase); head: the working
// tree of --root (default: this repository). Screenshots need a build:
// REVIEW_DIST (default <root>/dist) and REPORT_SERVER (default
// <root>/target/release/report-server). `bash .ci/suite review` runs it after
// the matrix. Exits 0 whenever the page was written, also for no change.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ROOT, RESULTS } from "../engines/paths.mjs";
import { engineVerdict, renderPage } from "./review-page.mjs";
import { takeScreens } from "./screens.mjs";
import { wordingChange } from "./wording-change.mjs";

const { values: args } = parseArgs({
  options: {
    out: { type: "string", default: join(RESULTS, "review.html") },
    "no-screens": { type: "boolean", default: false },
    root: { type: "string", default: ROOT },
    matrix: { type: "string" },
    "matrix-after": { type: "string" },
    "max-scenarios": { type: "string", default: "3" },
  },
});

const started = Date.now();
const root = resolve(args.root);
const out = resolve(args.out);
const outDir = dirname(out);
mkdirSync(outDir, { recursive: true });

const change = wordingChange(root);
const matrix = engineVerdict(args.matrix ? resolve(args.matrix) : join(outDir, "matrix.json"), {
  notBefore: args["matrix-after"] ? new Date(args["matrix-after"]) : undefined,
});
let screens;
if (!change.entries.length) screens = { note: "No wording changed: nothing to picture." };
else if (args["no-screens"]) screens = { note: "Screenshots were not taken (--no-screens)." };
else {
  try {
    screens = await takeScreens(change, {
      root,
      dist: resolve(process.env.REVIEW_DIST ?? join(root, "dist")),
      server: resolve(process.env.REPORT_SERVER ?? join(root, "target", "release", "report-server")),
      outDir,
      perLocale: Number(args["max-scenarios"]),
      log: (line) => console.log(line),
    });
  } catch (e) {
    // The page is still written, and says why it has no pictures.
    console.error(`review: screenshots failed: ${e.stack ?? e}`);
    screens = { note: `Screenshots could not be taken: ${String(e.message).split("\n")[0]}` };
  }
}
writeFileSync(out, renderPage({ change, matrix, screens }));
const shots = [...(screens.byEntry?.values() ?? [])].flat().flatMap((r) => [r.before?.file, r.after?.file]).filter(Boolean).length;
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `review: wrote ${out} (${(statSync(out).size / 1024).toFixed(0)} KB): ${change.entries.length ? `${change.entries.length} changed messages in ${[...new Set(change.entries.map((e) => e.locale))].join(", ")}` : "no wording changed"}, ` +
    `${shots} screenshots, base ${change.base.short} (${change.base.how}); ${seconds} s`,
);
console.log(`review: ${matrix.text}`);
