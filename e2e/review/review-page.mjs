// review.html: the wording change as legal reads it. A static page: no script,
// no request outside its own folder (the screenshots sit beside it), every
// text escaped (it all comes from files of the change under review).
//   renderPage({ change, matrix, screens, generated }) -> HTML
// change: wordingChange() (wording-change.mjs); matrix: engineVerdict();
// screens: takeScreens() (screens.mjs) or { note } when none were taken.
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";

export const escape = (s) =>
  String(s ?? "").replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]);

const ENGINE_NAMES = { chromium: "Chromium", webkit: "WebKit", firefox: "Firefox" };

/**
 * One line on whether every engine showed the approved text, from the
 * review's matrix (e2e/engine-results/matrix.json). `notBefore`: a matrix
 * written before this time is an earlier run's, and said so.
 */
export function engineVerdict(file, { notBefore } = {}) {
  if (!file || !existsSync(file)) {
    return { ok: null, text: `The engine matrix is missing (no ${basename(file ?? "matrix.json")} beside this page): this page does not tell whether Chromium, WebKit and Firefox showed the approved text. Run \`bash .ci/suite review\` after the browser parts.` };
  }
  let m;
  try {
    m = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    return { ok: false, text: `The engine matrix (${basename(file)}) cannot be read (${e.message}): nothing tells whether the engines showed the approved text.` };
  }
  const rows = Array.isArray(m.rows) ? m.rows : [];
  if (notBefore && !(new Date(m.generated) >= notBefore)) {
    return { ok: null, text: `The engine matrix is from an earlier run (written ${m.generated ?? "at an unknown time"}), not from this review: it does not tell whether the engines showed this change's approved text.` };
  }
  if (!rows.length) return { ok: false, text: "The engine matrix has no rows: no engine was checked." };
  const engines = [...new Set(rows.map((r) => r.engine))].map((e) => ENGINE_NAMES[e] ?? e);
  const absent = Object.keys(ENGINE_NAMES).filter((e) => !rows.some((r) => r.engine === e));
  if (absent.length) {
    return { ok: false, text: `NOT every engine was checked: the matrix (written ${m.generated}) has no rows of ${absent.map((e) => ENGINE_NAMES[e]).join(" or ")}, so it does not say whether ${absent.length === 1 ? "that engine" : "those engines"} showed the approved text.` };
  }
  const failed = rows.filter((r) => !r.ok);
  const cases = rows.filter((r) => r.check === "wording").length;
  if (!failed.length) {
    return { ok: true, text: `Every engine showed the approved text: all ${rows.length} checks passed (${cases} displayed-wording cases) in ${engines.join(", ")} (matrix written ${m.generated}).` };
  }
  // A part that did not run (locale "-") says why; a case names itself.
  const parts = [...new Set(failed.filter((r) => r.locale === "-").map((r) => `${r.engine}: ${String(r.failures?.[0] ?? "failed").split("\n")[0]}`))];
  const failedCases = failed.filter((r) => r.locale !== "-").map((r) => `${r.engine} ${r.locale} ${r.platform} ${r.scenario} (${r.check})`);
  const named = [...parts.slice(0, 3), ...failedCases.slice(0, Math.max(0, 5 - Math.min(3, parts.length)))];
  const more = failed.length > named.length ? "; and others" : "";
  return { ok: false, text: `NOT every engine showed the approved text: ${failed.length} of ${rows.length} checks failed, for example ${named.join("; ")}${more}. See matrix.html.` };
}

const STEP_NAMES = { reason: "reason step", disclosure: "disclosure step", receipt: "receipt step" };
const stepName = (s) => STEP_NAMES[s] ?? (s ? `${s} step` : "page");
const partName = (p) => (p.name === "value" ? "Text" : `Attribute ${p.name}`);
export const entryAnchor = (e) => `entry-${e.locale}-${e.id}`.replace(/[^A-Za-z0-9_-]/g, "_");

/** The before text with removed words in <del>, or the after text with added words in <ins>. */
export function markedText(diff, side) {
  return diff
    .map((c) => {
      if (side === "before" && c.added) return "";
      if (side === "after" && c.removed) return "";
      if (c.removed) return `<del>${escape(c.value)}</del>`;
      if (c.added) return `<ins>${escape(c.value)}</ins>`;
      return escape(c.value);
    })
    .join("");
}

function textBlock(entry, part, side) {
  const text = part[side];
  const heading = side === "before" ? "Before (approved so far)" : "After (proposed)";
  const body = text == null ? `<p class="none">(${side === "before" ? "no such text before: added" : "removed"})</p>` : `<p class="text" lang="${escape(entry.locale)}">${markedText(part.diff, side)}</p>`;
  return `<div class="side ${side}" data-side="${side}"><h5>${heading}</h5>${body}</div>`;
}

function casesList(entry) {
  if (!entry.cases.length) {
    return `<p>It appears in no approved snapshot. The snapshots hold the reason, disclosure and receipt steps of every scenario; this text shows elsewhere (the demo's chat page, an error or refusal step), or only its placeables changed.</p>`;
  }
  const note = entry.refreshed
    ? ""
    : `<p class="warning"><strong>The approved snapshots of ${escape(entry.locale)} were not refreshed with this change</strong> (\`bash .ci/refresh-snapshots\`): these cases still show the old text and the tests fail until they are.</p>`;
  const groups = ["ios", "android", "desktop"]
    .map((platform) => {
      const cs = entry.cases.filter((c) => c.platform === platform);
      if (!cs.length) return "";
      const items = cs.map((c) => `<li data-case="${escape(c.file)}"><code>${escape(c.file)}</code> <span class="step">(${escape(c.steps.map(stepName).join(", "))}${c.status === "changed" || c.status === "not refreshed" ? "" : `; ${escape(c.status)}`})</span></li>`).join("");
      return `<li>${escape(platform)}: ${cs.length} ${cs.length === 1 ? "case" : "cases"}<ul>${items}</ul></li>`;
    })
    .join("");
  return `${note}<ul class="cases">${groups}</ul>`;
}

function shot(entry, s, side) {
  const img = s[side];
  const label = `${entry.locale}, ${s.platform}, scenario ${s.scenario}, ${side}: ${stepName(s.step)} showing ${entry.id}`;
  if (!img?.file) return `<figure><p class="missing">No ${side} screenshot: ${escape(img?.error ?? "not taken")}</p><figcaption>${escape(label)}</figcaption></figure>`;
  const found = img.found ? "" : ` <strong>(the ${side === "before" ? "old" : "new"} text was not found on this screen: the top of the step is shown)</strong>`;
  return `<figure><a href="${escape(img.file)}"><img src="${escape(img.file)}" alt="${escape(label)}" width="${img.width}" height="${img.height}"></a><figcaption>${escape(side === "before" ? "Before" : "After")}: ${escape(s.platform)}${found}</figcaption></figure>`;
}

function screensOf(entry, screens) {
  if (screens.note) return `<p>${escape(screens.note)}</p>`;
  const mine = screens.byEntry?.get(entry.key) ?? [];
  const skipped = screens.skipped?.get(entry.key);
  const parts = [];
  if (skipped) parts.push(`<p class="capped">${escape(skipped)}</p>`);
  const scenarios = [...new Set(mine.map((s) => s.scenario))];
  for (const scenario of scenarios) {
    const rows = mine.filter((s) => s.scenario === scenario);
    parts.push(`<h5>Scenario ${escape(scenario)}, ${escape(stepName(rows[0].step))}</h5>`);
    parts.push(rows.map((s) => `<div class="pair" data-platform="${escape(s.platform)}" data-scenario="${escape(s.scenario)}">${shot(entry, s, "before")}${shot(entry, s, "after")}</div>`).join(""));
  }
  if (!mine.length && !skipped) parts.push("<p>No screenshot: the change appears in no approved case.</p>");
  return parts.join("\n");
}

function entryHtml(entry, screens) {
  const anchor = entryAnchor(entry);
  const label = entry.label ? ` <span class="label">— “${escape(entry.label)}”</span>` : "";
  const status = entry.status === "changed" ? "" : `<p><strong>Message ${escape(entry.status)}.</strong></p>`;
  const parts = entry.parts
    .map((p) => `<h4>${escape(partName(p))}</h4><div class="texts">${textBlock(entry, p, "before")}${textBlock(entry, p, "after")}</div>`)
    .join("\n");
  return `<article id="${anchor}" class="entry" data-entry="${escape(entry.key)}" aria-labelledby="${anchor}-h">
<h3 id="${anchor}-h"><span class="key">${escape(entry.locale)}: ${escape(entry.id)}</span>${label}</h3>
<p class="where">In <code>${escape(entry.path)}</code>.</p>
${status}${parts}
<h4>Where it appears (${entry.cases.length} ${entry.cases.length === 1 ? "case" : "cases"})</h4>
${casesList(entry)}
<h4>The screens before and after</h4>
${screensOf(entry, screens)}
</article>`;
}

const ROW_COLUMNS = ["locale", "platform", "notice_version", "wording", "approved", "superseded"];
function noticeTable(caption, rows) {
  if (!rows.length) return "";
  const head = ROW_COLUMNS.map((c) => `<th scope="col">${escape(c)}</th>`).join("");
  const body = rows.map((r) => `<tr>${ROW_COLUMNS.map((c) => `<td>${escape(r[c])}</td>`).join("")}</tr>`).join("\n");
  return `<table><caption>${escape(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function noticesHtml(n) {
  if (!n.added.length && !n.superseded.length && !n.edited.length && !n.removed.length) {
    return `<p>The register of approved notices (<code>snapshots/approved-notices.snap</code>) is unchanged: no notice version is added or superseded.${""}</p>`;
  }
  const wrong = [...n.edited, ...n.removed];
  return [
    noticeTable(`Added: ${n.added.length} notice ${n.added.length === 1 ? "version" : "versions"} (what reports will name from now on)`, n.added),
    noticeTable(`Superseded: ${n.superseded.length} notice ${n.superseded.length === 1 ? "version" : "versions"} (still verified, as superseded)`, n.superseded),
    wrong.length ? `<p class="warning"><strong>Rows edited or removed: ${wrong.length}.</strong> The register only grows; the tests refuse this change.</p>${noticeTable("Edited or removed rows (as they were)", wrong)}` : "",
  ].join("\n");
}

const CSS = `
body{font-family:system-ui,sans-serif;line-height:1.45;margin:0 auto;max-width:78rem;padding:0 1rem 3rem;color:#111;background:#fff}
h1{font-size:1.6rem}h2{border-bottom:2px solid #ccc;margin-top:2rem}h3{font-size:1.25rem;margin-bottom:.2rem}
.verdict{font-size:1.1rem;padding:.6rem .8rem;border:2px solid #555;border-radius:4px}
.verdict[data-ok="true"]{border-color:#1a6b1a;background:#eef8ee}.verdict[data-ok="false"]{border-color:#a00;background:#fdeeee}.verdict[data-ok="none"]{border-color:#8a6d00;background:#fff8e0}
.entry{border:1px solid #bbb;border-radius:6px;padding:.5rem 1rem 1rem;margin:1.5rem 0}
.label{font-weight:normal;color:#333}
.texts{display:flex;flex-wrap:wrap;gap:1rem}.side{flex:1 1 20rem;border:1px solid #ddd;border-radius:4px;padding:0 .8rem}
.text{white-space:pre-wrap;font-size:1.15rem}
del{text-decoration:line-through;text-decoration-thickness:2px;background:#ffd7d7;color:#000}
ins{text-decoration:underline;text-decoration-thickness:2px;background:#d3f5d3;color:#000}
del::before,del::after,ins::before,ins::after{position:absolute;clip-path:inset(100%);clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden;white-space:nowrap}
del::before{content:" [removed: "}del::after{content:" ] "}ins::before{content:" [added: "}ins::after{content:" ] "}
.cases ul{columns:18rem;margin:.2rem 0 .6rem}.cases li{break-inside:avoid}
.pair{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start;margin:.5rem 0 1rem}
figure{margin:0;flex:1 1 18rem;max-width:38rem}figure img{max-width:100%;height:auto;border:1px solid #999}
.warning,.capped{border-left:4px solid #8a6d00;padding-left:.6rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}td,th{border:1px solid #bbb;padding:2px 6px;text-align:left;white-space:nowrap}
code{font-size:.95em}a{color:#0645ad}a:focus-visible{outline:3px solid #0645ad;outline-offset:2px}
`;

export function renderPage({ change, matrix, screens = { note: "Screenshots were not taken." }, generated = new Date() }) {
  const { base, head, entries } = change;
  const headName = `${head.branch ? `${head.branch} at ` : ""}${head.short}${head.dirty ? " with uncommitted changes to locales/ or snapshots/" : ""}`;
  const locales = [...new Set(entries.map((e) => e.locale))];
  const summary = entries.length
    ? `${entries.length} ${entries.length === 1 ? "message" : "messages"} changed in ${locales.length} ${locales.length === 1 ? "locale" : "locales"} (${locales.join(", ")}).`
    : "No wording changed in this change.";
  const nav = entries.length
    ? `<nav aria-label="Changed messages"><ul>${entries.map((e) => `<li><a href="#${entryAnchor(e)}">${escape(e.locale)}: ${escape(e.id)}</a>${e.label ? ` — “${escape(e.label)}”` : ""} (${e.cases.length} ${e.cases.length === 1 ? "case" : "cases"})</li>`).join("")}</ul></nav>`
    : "";
  const changes = entries.length
    ? entries.map((e) => entryHtml(e, screens)).join("\n")
    : `<p class="no-change" data-testid="no-change"><strong>No wording changed in this change.</strong> No message of <code>locales/</code> differs from the base${change.localesChanged.length ? ` (${escape(change.localesChanged.join(", "))}: only comments or layout of the files changed)` : ""}.</p>`;
  const errors = change.errors.length ? `<section aria-labelledby="errors-h"><h2 id="errors-h">Fluent syntax errors</h2><ul>${change.errors.map((e) => `<li><code>${escape(e)}</code></li>`).join("")}</ul><p>A message with a syntax error is not loaded: the flow refuses to show a notice without it.</p></section>` : "";
  const others = change.otherSnapshots.length
    ? `<section aria-labelledby="other-h"><h2 id="other-h">Other snapshot changes</h2><p>Snapshot files that changed without one of the messages above showing in their changed lines:</p><ul>${change.otherSnapshots
        .map((o) => `<li>${escape(o.locale)}: ${o.files.length} ${o.files.length === 1 ? "file" : "files"}${o.hasWording ? "" : " (no wording file of its own: its text is derived from another locale's, for example a pseudo-locale of en)"}<ul>${o.files.map((f) => `<li><code>${escape(f)}</code></li>`).join("")}</ul></li>`)
        .join("")}</ul></section>`
    : "";
  const otherPaths = change.otherPaths.length ? `<p>Other files changed under locales/ or snapshots/: ${change.otherPaths.map((p) => `<code>${escape(p)}</code>`).join(", ")}.</p>` : "";
  const verdictOk = matrix.ok === true ? "true" : matrix.ok === false ? "false" : "none";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'">
<title>Wording review: ${escape(headName)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>Wording review</h1>
<p class="verdict" data-testid="engine-verdict" data-ok="${verdictOk}">${escape(matrix.text)}</p>
<p>${escape(summary)} Compared: <strong>${escape(headName)}</strong>${head.subject ? ` (“${escape(head.subject)}”)` : ""} against <strong>${escape(base.short)}</strong>${base.subject ? ` (“${escape(base.subject)}”)` : ""}, ${escape(base.how)}.</p>
${nav}
</header>
<main>
<section aria-labelledby="changes-h">
<h2 id="changes-h">Wording changes by message and locale</h2>
${changes}
</section>
${errors}
<section aria-labelledby="notices-h">
<h2 id="notices-h">Notice versions</h2>
${noticesHtml(change.notices)}
</section>
${others}
<section aria-labelledby="how-h">
<h2 id="how-h">How this page was made</h2>
<ul>
<li>Each entry is one message (its id, and the English reference text as its name) in one locale, compared between the base and the working tree; the words are split as a reader of that language splits them (Intl.Segmenter, word granularity: Japanese, Chinese and Thai put no spaces between words). Removed words are struck through and marked as deleted, added words underlined and marked as inserted.</li>
<li>The text is the Fluent source: <code>{ $name }</code> is a value filled in on the device, and <code>{ $name -&gt; [one] … *[other] … }</code> chooses a variant.</li>
<li>The cases are the approved snapshot files (<code>snapshots/&lt;locale&gt;/&lt;platform&gt;-&lt;scenario&gt;.snap</code>, the exact text a person reads) whose changed lines carry the changed text.</li>
<li>A wording-only change renders the same code with other text: both screenshots of a pair come from the same build of the demo page${screens.build ? ` (build ${escape(screens.build)})` : ""}, one with the base's wording file and one with the working tree's, each loaded as a planner's draft (<code>?ftl=</code>); the screen is scrolled to the changed text. ${screens.capNote ? escape(screens.capNote) : ""}</li>
<li>The verdict on top comes from the engine matrix (<code>matrix.html</code> beside this page): the approved snapshots of the head displayed in Chromium, WebKit and Firefox.</li>
${otherPaths ? `<li>${otherPaths}</li>` : ""}
</ul>
<p>Written ${escape(generated.toISOString())}.</p>
</section>
</main>
</body>
</html>
`;
}
