// The one definition of "displayed" for the report dialog, used in three
// places: the component runs it on the person's device before "Agree and
// send" can be pressed (app/web/src/display_check.rs), the Chromium tests and
// the WebKit/Firefox matrix run it through Playwright and WebDriver, and the
// package ships it to hosts for their own conformance checks. Engine-neutral
// on purpose, and free of imports, so every caller runs the same text.
//
// Returns, for one step of the dialog, the lines a person reads
// (`<data-snap kind>: <text>`, the same form as snapshots/) and every reason
// an element is not really readable.
export function displayedStep(step, dialog, options) {
  // Must match report_core::snapshot::normalize.
  const normalize = (s) =>
    s.replace(/[\u2068\u2069]/g, "").split(/[ \t\n\r\f]+/).filter(Boolean).join(" ");

  // The package renders inside an open shadow root; the demo does not.
  const findDialog = () => {
    const selector = '[data-testid="report-dialog"]';
    const direct = document.querySelector(selector);
    if (direct) return direct;
    for (const host of document.querySelectorAll("report-disclosure-flow")) {
      const inside = host.shadowRoot && host.shadowRoot.querySelector(selector);
      if (inside) return inside;
    }
    return null;
  };
  const root = dialog || findDialog();
  const section = root && root.querySelector(`[data-step="${step}"]`);
  if (!section) return { lines: [], problems: [`step "${step}" is not on screen`] };

  const vw = window.innerWidth || document.documentElement.clientWidth;
  const vh = window.innerHeight || document.documentElement.clientHeight;
  // Across a shadow boundary, the parent is the shadow host.
  const up = (a) => a.parentElement || (a.getRootNode() instanceof ShadowRoot ? a.getRootNode().host : null);
  // A modal dialog is drawn in the top layer: its ancestors' opacity and
  // overflow do not reach it, so the walk up stops there.
  const isTopLayer = (a) => {
    try {
      return a.matches(":modal");
    } catch {
      return false;
    }
  };
  const ancestors = (el) => {
    const out = [];
    for (let a = el; a && a !== document.documentElement; a = up(a)) {
      out.push(a);
      if (isTopLayer(a)) break;
    }
    return out;
  };

  // An open popover is drawn in the top layer too; while a modal dialog is
  // open the page behind it is inert, so hit-testing passes through a
  // popover that paints over the dialog. Any open popover of the page over a
  // line counts as covering it (one opened before the dialog lies under it,
  // but cannot be told apart: fail closed).
  let popovers = [];
  try {
    popovers = [...document.querySelectorAll(":popover-open")];
  } catch {
    // An engine without popovers has none open.
  }
  const popoverAt = (el, x, y) =>
    popovers.find((p) => {
      for (let a = el; a; a = up(a)) if (a === p) return false;
      const b = p.getBoundingClientRect();
      const cs = getComputedStyle(p);
      return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom && cs.visibility === "visible" && parseFloat(cs.opacity) > 0;
    });

  function problemsOf(el) {
    const found = [];
    const own = getComputedStyle(el);
    if (el.getClientRects().length === 0) return ["not rendered (display: none or removed from layout)"];
    if (own.visibility !== "visible") found.push(`hidden (visibility: ${own.visibility})`);
    if (parseFloat(own.fontSize) < 8) found.push(`text too small to read (font-size ${own.fontSize})`);
    const color = own.color.match(/[\d.]+/g);
    if (color && color.length === 4 && parseFloat(color[3]) < 0.1) found.push("text colour is transparent");
    for (const a of ancestors(el)) {
      const cs = getComputedStyle(a);
      if (parseFloat(cs.opacity) < 0.1) found.push(`transparent (opacity ${cs.opacity} on <${a.tagName.toLowerCase()}>)`);
      if (cs.contentVisibility === "hidden") found.push("hidden (content-visibility: hidden)");
    }

    el.scrollIntoView({ block: "nearest", inline: "nearest" });
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) found.push(`zero size (${r.width}x${r.height})`);
    if (r.left < -1 || r.right > vw + 1) found.push(`outside the viewport horizontally (${Math.round(r.left)}..${Math.round(r.right)} of ${vw})`);
    if (r.top < -1 || (r.bottom > vh + 1 && r.height <= vh)) found.push(`outside the viewport vertically (${Math.round(r.top)}..${Math.round(r.bottom)} of ${vh})`);

    // Ellipsis, line clamping or overflow cut the element's own text.
    if (own.display !== "inline") {
      if (el.scrollWidth > el.clientWidth + 1 && own.overflowX !== "visible") found.push(`truncated: text is wider than its box (${el.scrollWidth} > ${el.clientWidth})`);
      if (el.scrollHeight > el.clientHeight + 1 && own.overflowY !== "visible") found.push(`truncated: text is taller than its box (${el.scrollHeight} > ${el.clientHeight})`);
      if (own.webkitLineClamp && own.webkitLineClamp !== "none") found.push(`line-clamped (${own.webkitLineClamp})`);
    }
    // An ancestor that cuts its overflow (hidden, clip) must hold the whole
    // element without being scrolled: people cannot scroll such a box, even
    // though scrollIntoView can.
    for (const a of ancestors(el).slice(1)) {
      if (a === document.body) break;
      const cs = getComputedStyle(a);
      const cuts = (o) => o === "hidden" || o === "clip";
      if (!cuts(cs.overflowX) && !cuts(cs.overflowY)) continue;
      const c = a.getBoundingClientRect();
      const top = r.top - c.top - a.clientTop + a.scrollTop;
      const left = r.left - c.left - a.clientLeft + a.scrollLeft;
      const outY = cuts(cs.overflowY) && (top < -1 || top + r.height > a.clientHeight + 1);
      const outX = cuts(cs.overflowX) && (left < -1 || left + r.width > a.clientWidth + 1);
      if (outX || outY) {
        found.push(`clipped by <${a.tagName.toLowerCase()} class="${a.className}"> (overflow ${cs.overflowX}/${cs.overflowY})`);
      }
    }
    // Covered: the element itself must be what is on top, line by line. Asked
    // of its own tree, so a hit inside the shadow root is not hidden behind
    // the shadow host.
    const tree = typeof el.getRootNode().elementFromPoint === "function" ? el.getRootNode() : document;
    for (const line of el.getClientRects()) {
      const x = Math.min(Math.max(line.left + line.width / 2, 0), vw - 1);
      const y = line.top + line.height / 2;
      if (y < 0 || y >= vh || line.width < 1) continue;
      const hit = tree.elementFromPoint(x, y);
      const over = popoverAt(el, x, y);
      const cover = hit && hit !== el && !el.contains(hit) ? hit : over;
      if (cover) {
        found.push(`covered by <${cover.tagName.toLowerCase()}${cover.className ? ` class="${cover.className}"` : ""}> at ${Math.round(x)},${Math.round(y)}`);
        break;
      }
    }
    return found;
  }

  // On the device the check must not move what the person is reading:
  // every box it scrolls is put back (all within one task, so nothing is
  // painted in between).
  const scrolled = [];
  if (options && options.restoreScroll) {
    scrolled.push([document.scrollingElement || document.documentElement, null]);
    for (let a = section; a; a = up(a)) scrolled.push([a, null]);
    for (const s of scrolled) s[1] = [s[0].scrollLeft, s[0].scrollTop];
  }

  // Firefox's innerText leaves out bidi control characters (U+200E/F,
  // U+202A-E, U+061C), which draw nothing; Chromium and WebKit keep them. A
  // caller comparing these lines with formatted text removes them from both
  // sides when this is false.
  const probe = document.createElement("span");
  probe.textContent = "\u202Ex\u202C";
  section.append(probe);
  const keepsBidiControls = probe.innerText.length === 3;
  probe.remove();

  const marked = [...section.querySelectorAll("[data-snap]")];
  const lines = [];
  const problems = [];
  for (const el of marked) {
    const line = `${el.getAttribute("data-snap")}: ${normalize(el.innerText)}`;
    lines.push(line);
    for (const p of problemsOf(el)) problems.push(`${line}\n      ${p}`);
  }
  for (const [box, [left, top]] of scrolled) {
    box.scrollLeft = left;
    box.scrollTop = top;
  }

  // Visible text outside marked elements is wording nobody approved.
  let rest = normalize(section.innerText);
  for (const el of marked) {
    const t = normalize(el.innerText);
    const at = t ? rest.indexOf(t) : -1;
    if (at < 0) continue;
    const before = rest.slice(0, at).trim();
    if (before) problems.push(`text on screen that is not approved wording: "${before}"`);
    rest = rest.slice(at + t.length);
  }
  if (rest.trim()) problems.push(`text on screen that is not approved wording: "${rest.trim()}"`);

  return { lines, problems, keepsBidiControls };
}
