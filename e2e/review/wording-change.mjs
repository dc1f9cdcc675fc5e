// A wording change as data, for the review page legal reads (review-page.mjs):
// one entry per changed message and locale (not one hunk per snapshot file),
// with the text before and after and the changed words, the approved cases
// (platform x scenario snapshot files) where the change appears, and the
// notice versions the change adds to the register and supersedes.
//
// Base: a git revision (see resolveBase). Head: the working tree, so a
// planner's uncommitted edit is reviewed too. Fluent files are parsed with
// Mozilla's @fluent/syntax; words are split with Intl.Segmenter (word
// granularity, in the message's locale), since Japanese, Chinese and Thai put
// no spaces between words.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, serializeExpression, serializeVariantKey } from "@fluent/syntax";
import { diffWords } from "diff";

export const PLATFORMS = ["ios", "android", "desktop"];
/** The reference locale: its text labels every entry. */
export const REFERENCE_LOCALE = "en";

const git = (root, args) => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] });
const tryGit = (root, args) => {
  try {
    return git(root, args).trim();
  } catch {
    return null;
  }
};

/**
 * The revision to compare with: `WORDING_BASE`; in CI, the pull request's base
 * branch (`origin/$GITHUB_BASE_REF`); else the merge base of HEAD and `main`;
 * else HEAD~1; else HEAD (only uncommitted changes). As the pull request's
 * diff does (`base...HEAD`), a base that has moved on is replaced by its merge
 * base with HEAD, so the page shows this change alone.
 */
export function resolveBase(root, env = process.env) {
  const candidates = [];
  if (env.WORDING_BASE) candidates.push({ rev: env.WORDING_BASE, how: `WORDING_BASE=${env.WORDING_BASE}`, required: true });
  if (env.GITHUB_BASE_REF) candidates.push({ rev: `origin/${env.GITHUB_BASE_REF}`, how: `the pull request's base branch, origin/${env.GITHUB_BASE_REF}` });
  candidates.push({ rev: "main", how: "the merge base of HEAD and main", isMergeBase: true });
  candidates.push({ rev: "HEAD~1", how: "the commit before HEAD (no main branch here)" });
  candidates.push({ rev: "HEAD", how: "HEAD (no earlier commit): only uncommitted changes" });
  for (const c of candidates) {
    const sha = tryGit(root, ["rev-parse", "--verify", "--quiet", `${c.rev}^{commit}`]);
    if (!sha) {
      if (c.required) throw new Error(`WORDING_BASE=${c.rev} is not a commit in ${root}`);
      continue;
    }
    const mergeBase = tryGit(root, ["merge-base", sha, "HEAD"]) ?? sha;
    const short = mergeBase.slice(0, 12);
    const how = mergeBase === sha || c.isMergeBase ? c.how : `${c.how} (its merge base with HEAD)`;
    return { rev: mergeBase, short, how, subject: tryGit(root, ["log", "-1", "--format=%s", mergeBase]) ?? "" };
  }
  throw new Error(`no commit to compare with in ${root}`);
}

/** What HEAD is: its commit and whether locales/ or snapshots/ have uncommitted changes. */
export function describeHead(root) {
  const sha = tryGit(root, ["rev-parse", "HEAD"]) ?? "";
  const dirty = (tryGit(root, ["status", "--porcelain", "--", "locales", "snapshots"]) ?? "") !== "";
  const branch = tryGit(root, ["rev-parse", "--abbrev-ref", "HEAD"]) ?? "";
  return { sha, short: sha.slice(0, 12), branch: branch === "HEAD" ? "" : branch, dirty, subject: tryGit(root, ["log", "-1", "--format=%s", "HEAD"]) ?? "" };
}

/** Paths under locales/ and snapshots/ that differ between `base` and the working tree. */
export function changedPaths(root, base) {
  const tracked = git(root, ["diff", "--name-only", "-z", "--no-renames", base, "--", "locales", "snapshots"]).split("\0");
  const untracked = git(root, ["ls-files", "-z", "--others", "--exclude-standard", "--", "locales", "snapshots"]).split("\0");
  return [...new Set([...tracked, ...untracked].filter(Boolean))].sort();
}

const readBase = (root, base, path) => {
  try {
    return git(root, ["show", `${base}:${path}`]);
  } catch {
    return null;
  }
};
/** Many files of `base` at once (one git process, not one per file): path -> text or null. */
export function readBaseMany(root, base, paths) {
  const out = new Map(paths.map((p) => [p, null]));
  if (!paths.length) return out;
  const buf = execFileSync("git", ["cat-file", "--batch"], { cwd: root, input: paths.map((p) => `${base}:${p}`).join("\n") + "\n", maxBuffer: 256 << 20 });
  let at = 0;
  for (const p of paths) {
    const eol = buf.indexOf(10, at);
    const header = buf.subarray(at, eol).toString("utf8");
    at = eol + 1;
    const m = header.match(/^[0-9a-f]+ (\w+) (\d+)$/);
    if (!m) continue; // "<rev>:<path> missing"
    const size = Number(m[2]);
    if (m[1] === "blob") out.set(p, buf.subarray(at, at + size).toString("utf8"));
    at += size + 1;
  }
  return out;
}
const readHead = (root, path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), "utf8") : null);

// ---- Fluent ------------------------------------------------------------------

/** A pattern as its Fluent source, placeables and variants included, without indentation. */
export function patternText(pattern) {
  if (!pattern) return null;
  return pattern.elements.map((el) => (el.type === "TextElement" ? el.value : placeableText(el))).join("");
}

function placeableText(placeable) {
  const e = placeable.expression;
  if (e.type === "SelectExpression") {
    const variants = e.variants.map((v) => `${v.default ? " *" : "  "}[${serializeVariantKey(v.key)}] ${patternText(v.value).replace(/\n/g, "\n     ")}`);
    return `{ ${serializeExpression(e.selector)} ->\n${variants.join("\n")}\n}`;
  }
  if (e.type === "Placeable") return `{ ${placeableText(e)} }`;
  return `{ ${serializeExpression(e)} }`;
}

/** The literal text runs of a pattern (every variant's), one per line and between placeables. */
export function fragments(pattern) {
  const out = [];
  const walk = (p) => {
    for (const el of p?.elements ?? []) {
      if (el.type === "TextElement") out.push(...el.value.split("\n"));
      else walkExpression(el.expression);
    }
  };
  const walkExpression = (e) => {
    if (e.type === "SelectExpression") for (const v of e.variants) walk(v.value);
    else if (e.type === "Placeable") walkExpression(e.expression);
  };
  walk(pattern);
  // Two characters at least: "2 characters" is a word in Japanese, one is noise.
  return [...new Set(out.map((s) => s.trim()).filter((s) => [...s].length >= 2))];
}

/**
 * The messages and terms of Fluent sources: id -> { id, parts: Map(name -> { text, fragments }) }
 * where the parts are the value ("value") and each attribute (".name").
 * Syntax errors become `errors` (Fluent keeps loading the rest of a file).
 */
export function fluentMessages(sources) {
  const messages = new Map();
  const errors = [];
  for (const { path, text } of sources) {
    if (text == null) continue;
    for (const entry of parse(text, { withSpans: true }).body) {
      if (entry.type === "Junk") {
        const line = text.slice(0, entry.span?.start ?? 0).split("\n").length;
        errors.push(`${path}:${line}: ${entry.annotations.map((a) => a.message).join("; ") || "syntax error"}`);
        continue;
      }
      if (entry.type !== "Message" && entry.type !== "Term") continue;
      const id = (entry.type === "Term" ? "-" : "") + entry.id.name;
      const parts = new Map();
      if (entry.value) parts.set("value", { text: patternText(entry.value), fragments: fragments(entry.value) });
      for (const a of entry.attributes) parts.set(`.${a.id.name}`, { text: patternText(a.value), fragments: fragments(a.value) });
      messages.set(id, { id, path, parts });
    }
  }
  return { messages, errors };
}

/** Words as a person reads them in `locale`: Intl.Segmenter's word boundaries. */
export const wordSegmenter = (locale) => {
  try {
    return new Intl.Segmenter(locale, { granularity: "word" });
  } catch {
    return new Intl.Segmenter("und", { granularity: "word" });
  }
};

/** [{ value, added, removed }] from `before` to `after`, word by word in `locale`. */
export function wordDiff(locale, before, after) {
  return diffWords(before ?? "", after ?? "", { intlSegmenter: wordSegmenter(locale) }).map((c) => ({ value: c.value, added: !!c.added, removed: !!c.removed }));
}

/**
 * The changed messages of one locale between two sets of Fluent sources:
 * [{ locale, id, status, parts: [{ name, before, after, diff, newFragments, oldFragments, allAfter }] }].
 */
export function messageChanges(locale, baseSources, headSources) {
  const base = fluentMessages(baseSources);
  const head = fluentMessages(headSources);
  const ids = [...new Set([...base.messages.keys(), ...head.messages.keys()])];
  const entries = [];
  for (const id of ids) {
    const b = base.messages.get(id);
    const h = head.messages.get(id);
    const names = [...new Set([...(b?.parts.keys() ?? []), ...(h?.parts.keys() ?? [])])];
    const parts = [];
    for (const name of names) {
      const bp = b?.parts.get(name);
      const hp = h?.parts.get(name);
      if (bp?.text === hp?.text) continue;
      const before = bp?.text ?? null;
      const after = hp?.text ?? null;
      const bf = bp?.fragments ?? [];
      const af = hp?.fragments ?? [];
      parts.push({
        name,
        before,
        after,
        diff: wordDiff(locale, before, after),
        newFragments: af.filter((f) => !bf.includes(f)),
        oldFragments: bf.filter((f) => !af.includes(f)),
        allAfter: af,
        allBefore: bf,
      });
    }
    if (!parts.length) continue;
    entries.push({ locale, id, status: !b ? "added" : !h ? "removed" : "changed", path: (h ?? b).path, parts });
  }
  return { entries, errors: [...base.errors.map((e) => `base: ${e}`), ...head.errors] };
}

// ---- Snapshots -----------------------------------------------------------------

/** A snapshot's lines with their step (`== step ==` sections after insta's header). */
export function snapshotLines(text) {
  if (text == null) return [];
  const body = text.split(/^---$/m).slice(2).join("---");
  const lines = [];
  let step = "";
  for (const line of body.split("\n")) {
    const header = line.match(/^== (.+) ==$/);
    if (header) step = header[1];
    else if (line) lines.push({ step, line, plain: line.replace(/[\u2068\u2069]/g, "") });
  }
  return lines;
}

/** Lines of `a` that `b` does not have (as many times as `a` has them more often). */
function linesNotIn(a, b) {
  const count = new Map();
  for (const l of b) count.set(`${l.step}\n${l.line}`, (count.get(`${l.step}\n${l.line}`) ?? 0) + 1);
  return a.filter((l) => {
    const k = `${l.step}\n${l.line}`;
    const n = count.get(k) ?? 0;
    if (n > 0) {
      count.set(k, n - 1);
      return false;
    }
    return true;
  });
}

const SNAPSHOT_FILE = /^snapshots\/([^/]+)\/(ios|android|desktop)-(.+)\.snap$/;
export const REGISTER = "snapshots/approved-notices.snap";

const SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;
const WORDISH = /[\p{L}\p{N}\p{M}]/u;
/**
 * Whether a snapshot line shows `fragment`: as a whole word where its script
 * puts spaces between words ("Chat" is not in "Chatline"), anywhere in
 * scripts that do not (Japanese, Chinese, Thai).
 */
export function shows(line, fragment) {
  const chars = [...fragment];
  const edgeStart = SPACED.test(chars[0]);
  const edgeEnd = SPACED.test(chars[chars.length - 1]);
  for (let at = line.indexOf(fragment); at !== -1; at = line.indexOf(fragment, at + 1)) {
    const before = line.slice(0, at);
    const after = line.slice(at + fragment.length);
    const prev = [...before].pop();
    const next = [...after][0];
    if ((!edgeStart || !prev || !WORDISH.test(prev)) && (!edgeEnd || !next || !WORDISH.test(next))) return true;
  }
  return false;
}

/** A snapshot line's text after its kind ("heading: Why" -> "Why"). */
const content = (l) => l.plain.slice(l.plain.indexOf(": ") + 2).trim();
/** A short text without placeables is a whole element on screen (a heading, a button). */
const isWhole = (text, frags) => text != null && !/[{}\n]/.test(text) && frags.length === 1 && [...frags[0]].length <= 40;

/**
 * Where a part of a message shows in the changed lines of one snapshot file:
 * the steps, or null. `strict`: a short text without placeables must be a
 * line's whole text ("Profile" is the heading "Profile", not part of "Profile
 * photo: ..."). The project's messages reference no other message; a term
 * is matched loosely.
 */
function stepsShowing(part, added, removed, strict) {
  const matcher = (text, frags) => (strict && isWhole(text, frags) ? (l, f) => content(l) === f : (l, f) => shows(l.plain, f));
  const hit = (lines, frags, text) => {
    const m = matcher(text, frags);
    return lines.filter((l) => frags.some((f) => m(l, f))).map((l) => l.step);
  };
  let steps = [...hit(added, part.newFragments, part.after), ...hit(removed, part.oldFragments, part.before)];
  // Only placeables changed: any of the message's text on a changed line.
  if (!part.newFragments.length && !part.oldFragments.length) steps = [...hit(added, part.allAfter, null), ...hit(removed, part.allBefore, null)];
  return steps.length ? [...new Set(steps)] : null;
}

// ---- The register of approved notices ------------------------------------------

const COLUMNS = ["locale", "platform", "notice_version", "wording", "policy", "approved", "after", "superseded"];

/** The register's rows (current and superseded), as notice::Register::parse reads them. */
export function registerRows(text) {
  if (text == null) return [];
  return text
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((w) => w.length >= 3 && PLATFORMS.includes(w[1]) && w[2].startsWith("notice-"))
    .map((w) => Object.fromEntries(COLUMNS.map((c, i) => [c, w[i] ?? "-"])));
}

/** The notices a change adds and supersedes, and any row it edited or removed (never allowed). */
export function noticeChanges(baseText, headText) {
  const base = new Map(registerRows(baseText).map((r) => [r.notice_version, r]));
  const head = registerRows(headText);
  const headVersions = new Set(head.map((r) => r.notice_version));
  const added = head.filter((r) => !base.has(r.notice_version));
  const superseded = head.filter((r) => r.superseded !== "-" && base.has(r.notice_version) && base.get(r.notice_version).superseded === "-");
  const edited = head.filter((r) => {
    const b = base.get(r.notice_version);
    return b && COLUMNS.some((c) => c !== "superseded" && b[c] !== r[c]);
  });
  const removed = [...base.values()].filter((r) => !headVersions.has(r.notice_version));
  return { added, superseded, edited, removed };
}

// ---- The whole change ------------------------------------------------------------

const PREFERRED = ["one-message", "full-window", "account-three", "post-text"];
/** Scenarios in the order screenshots take them: one of each kind first. */
export function scenarioOrder(a, b) {
  const rank = (s) => (PREFERRED.includes(s) ? PREFERRED.indexOf(s) : PREFERRED.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** The English reference text of a message, short: its human label on the page. */
function referenceLabel(reference, id) {
  const part = reference.messages.get(id)?.parts.get("value");
  if (!part) return null;
  const flat = part.text.replace(/\s+/g, " ").trim();
  return [...flat].length > 90 ? `${[...flat].slice(0, 89).join("")}…` : flat;
}

/**
 * The grouped wording change of the repository at `root`: base revision
 * against the working tree.
 */
export function wordingChange(root, { env = process.env } = {}) {
  const base = resolveBase(root, env);
  const head = describeHead(root);
  const paths = changedPaths(root, base.rev);
  const ftlLocales = [...new Set(paths.map((p) => p.match(/^locales\/([^/]+)\/.+\.ftl$/)?.[1]).filter(Boolean))].sort();
  const localeFiles = (locale, read) => {
    const inHead = existsSync(join(root, "locales", locale)) ? readdirSync(join(root, "locales", locale)).filter((f) => f.endsWith(".ftl")) : [];
    const inBase = (tryGit(root, ["ls-tree", "--name-only", `${base.rev}:locales/${locale}`]) ?? "").split("\n").filter((f) => f.endsWith(".ftl"));
    return [...new Set([...inHead, ...inBase])].sort().map((f) => ({ path: `locales/${locale}/${f}`, text: read(`locales/${locale}/${f}`) }));
  };
  const baseSources = (l) => localeFiles(l, (p) => readBase(root, base.rev, p));
  const headSources = (l) => localeFiles(l, (p) => readHead(root, p));

  const reference = fluentMessages(headSources(REFERENCE_LOCALE));
  const entries = [];
  const errors = [];
  for (const locale of ftlLocales) {
    const change = messageChanges(locale, baseSources(locale), headSources(locale));
    errors.push(...change.errors);
    for (const e of change.entries) entries.push({ ...e, key: `${locale}:${e.id}`, label: referenceLabel(reference, e.id), cases: [], refreshed: true });
  }

  // The approved cases each entry shows in: the snapshot files whose changed
  // lines carry its changed text.
  const snapshotFiles = paths.filter((p) => SNAPSHOT_FILE.test(p));
  const baseSnapshots = readBaseMany(root, base.rev, snapshotFiles);
  const claimed = new Set();
  const byLocale = new Map();
  for (const file of snapshotFiles) {
    const [, locale, platform, scenario] = file.match(SNAPSHOT_FILE);
    const before = snapshotLines(baseSnapshots.get(file));
    const after = snapshotLines(readHead(root, file));
    const added = linesNotIn(after, before);
    const removed = linesNotIn(before, after);
    if (!byLocale.has(locale)) byLocale.set(locale, []);
    byLocale.get(locale).push(file);
    for (const entry of entries.filter((e) => e.locale === locale)) {
      // A term ("-brand") is used inside other messages' text: never a whole line.
      const steps = [...new Set(entry.parts.flatMap((p) => stepsShowing(p, added, removed, !entry.id.startsWith("-")) ?? []))];
      if (!steps.length) continue;
      entry.cases.push({ platform, scenario, file, steps, status: !before.length ? "new case" : !after.length ? "case removed" : "changed" });
      claimed.add(file);
    }
  }
  // A planner who has not refreshed the snapshots yet: the approved cases
  // that still show the old text.
  for (const entry of entries.filter((e) => !byLocale.has(e.locale))) {
    entry.refreshed = false;
    const dir = join(root, "snapshots", entry.locale);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const file = `snapshots/${entry.locale}/${f}`;
      const m = file.match(SNAPSHOT_FILE);
      if (!m) continue;
      const lines = snapshotLines(readHead(root, file));
      const steps = [
        ...new Set(
          entry.parts.flatMap((p) => {
            const frags = p.oldFragments.length ? p.oldFragments : p.allBefore;
            return lines.filter((l) => frags.some((fr) => shows(l.plain, fr))).map((l) => l.step);
          }),
        ),
      ];
      if (steps.length) entry.cases.push({ platform: m[2], scenario: m[3], file, steps, status: "not refreshed" });
    }
  }
  const platformRank = (p) => PLATFORMS.indexOf(p);
  for (const e of entries) e.cases.sort((a, b) => platformRank(a.platform) - platformRank(b.platform) || scenarioOrder(a.scenario, b.scenario));

  const otherSnapshots = [...byLocale.entries()]
    .map(([locale, files]) => ({ locale, files: files.filter((f) => !claimed.has(f)), hasWording: existsSync(join(root, "locales", locale)) }))
    .filter((o) => o.files.length);
  const notices = noticeChanges(readBase(root, base.rev, REGISTER), readHead(root, REGISTER));
  const otherPaths = paths.filter((p) => !SNAPSHOT_FILE.test(p) && p !== REGISTER && !/^locales\/[^/]+\/.+\.ftl$/.test(p));
  return {
    base,
    head,
    entries,
    errors,
    notices,
    otherSnapshots,
    otherPaths,
    localesChanged: ftlLocales,
    wordingChanged: entries.length > 0,
  };
}

/** The base's and the head's wording file of a locale (what the screenshots render). */
export function wordingSources(root, baseRev, locale) {
  const files = (existsSync(join(root, "locales", locale)) ? readdirSync(join(root, "locales", locale)) : []).filter((f) => f.endsWith(".ftl")).sort();
  const baseFiles = (tryGit(root, ["ls-tree", "--name-only", `${baseRev}:locales/${locale}`]) ?? "").split("\n").filter((f) => f.endsWith(".ftl")).sort();
  const join_ = (list, read) => list.map((f) => read(`locales/${locale}/${f}`) ?? "").join("\n");
  return { before: baseFiles.length ? join_(baseFiles, (p) => readBase(root, baseRev, p)) : null, after: files.length ? join_(files, (p) => readHead(root, p)) : null };
}
