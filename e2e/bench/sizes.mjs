// Transfer size of what a host downloads to run the report flow: the
// package's wasm, its JS (index.js holds the styles) and the one locale file
// it fetches (the largest one counts, so the total holds for every locale).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const PACKAGE = ["package/report_flow_bg.wasm", "package/report_flow.js", "package/displayed.js", "package/index.js"];
// Builds from before the component package: the demo bundle.
const DEMO_BUNDLE = ["pkg/report_web_bg.wasm", "pkg/report_web.js", "main.js"];

function measure(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export function measureSizes(dist) {
  const packaged = existsSync(join(dist, "package"));
  const rows = (packaged ? PACKAGE : DEMO_BUNDLE).map((file) => measure(dist, file));
  // Builds from before locale files were fetched compile them all in.
  const locales = join(dist, packaged ? "package/locales" : "locales");
  if (existsSync(locales)) {
    const files = readdirSync(locales).map((l) => measure(dist, `${packaged ? "package/" : ""}locales/${l}/report.ftl`));
    const largest = files.reduce((a, b) => (b.brotli > a.brotli ? b : a));
    rows.push({ ...largest, file: `largest locale file (${largest.file})` });
  }
  const total = rows.reduce(
    (t, r) => ({ file: "total", raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return [...rows, total];
}
