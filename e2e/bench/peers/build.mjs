// Builds the peers (README.md beside this file) into `out`: out/react/ and
// out/preact/, each a host page with its dialog chunk, the shared host.css,
// and the plain host's chat. The dialogs' wording is the approved files'
// reason-step messages, serialized from locales/ by @fluent/syntax.
import { build } from "esbuild";
import { parse, serialize, Resource, Message } from "@fluent/syntax";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
// The reason step of a message report (report_core::screens::reason_screen).
export const REASONS = ["spam", "harassment", "hate", "violence", "sexual", "scam", "other"];
const MESSAGES = ["report-title", "reason-intro", ...REASONS.map((r) => `reason-${r}`), "comment-label", "comment-hint", "button-next", "button-cancel"];

function wordingModule(root) {
  const wording = {};
  for (const locale of readdirSync(join(root, "locales")).sort()) {
    const resource = parse(readFileSync(join(root, "locales", locale, "report.ftl"), "utf8"), {});
    const picked = resource.body.filter((e) => e instanceof Message && MESSAGES.includes(e.id.name));
    const missing = MESSAGES.filter((id) => !picked.some((e) => e.id.name === id));
    if (missing.length) throw new Error(`peers: locales/${locale}/report.ftl lacks ${missing.join(", ")}`);
    wording[locale] = serialize(new Resource(picked), {});
  }
  return `export const REASONS = ${JSON.stringify(REASONS)};\nexport const WORDING = ${JSON.stringify(wording)};\n`;
}

export async function buildPeers(root, out) {
  rmSync(out, { recursive: true, force: true });
  const src = join(out, "src");
  mkdirSync(src, { recursive: true });
  cpSync(HERE, src, { recursive: true });
  writeFileSync(join(src, "wording.js"), wordingModule(root));
  const chat = readFileSync(join(root, "dist/examples/chats/one-to-one.json"));
  for (const [name, jsx] of [
    ["react", { jsx: "automatic", alias: { hooks: "react" } }],
    ["preact", { jsx: "automatic", jsxImportSource: "preact", alias: { hooks: "preact/hooks" } }],
  ]) {
    await build({
      entryPoints: { host: join(src, name, "host.jsx") },
      outdir: join(out, name),
      bundle: true,
      splitting: true,
      format: "esm",
      minify: true,
      ...jsx,
      define: { "process.env.NODE_ENV": '"production"' },
      nodePaths: [join(root, "e2e/node_modules")],
      logLevel: "warning",
    });
    cpSync(join(src, "index.html"), join(out, name, "index.html"));
    writeFileSync(join(out, name, "chat.json"), chat);
  }
  cpSync(join(src, "host.css"), join(out, "host.css"));
  writeFileSync(join(out, "index.html"), '<!doctype html><title>Peers</title><a href="react/">React</a> <a href="preact/">Preact</a>\n');
  rmSync(src, { recursive: true });
  return out;
}
