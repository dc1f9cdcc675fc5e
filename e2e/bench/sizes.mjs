// Transfer size of what a browser downloads to run the report flow: the wasm,
// its JS, and the one locale file the page fetches (the largest one counts,
// so the total holds for every locale).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const FILES = ["pkg/report_web_bg.wasm", "pkg/report_web.js", "main.js"];

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
  const rows = FILES.map((file) => measure(dist, file));
  // Builds from before locale files were fetched compile them all in.
  const locales = join(dist, "locales");
  if (existsSync(locales)) {
    const files = readdirSync(locales).map((l) => measure(dist, `locales/${l}/report.ftl`));
    const largest = files.reduce((a, b) => (b.brotli > a.brotli ? b : a));
    rows.push({ ...largest, file: `largest locale file (${largest.file})` });
  }
  const total = rows.reduce(
    (t, r) => ({ file: "total", raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return [...rows, total];
}
