// Runs inside the page, in any engine (Playwright evaluate, WebDriver execute).
// Returns, for one step of the report dialog, the lines a person reads
// (`<data-snap kind>: <text>`, the same form as snapshots/) and every reason
// an element is not really readable. Kept engine-neutral on purpose: one
// definition of "displayed" for Chromium, WebKit and Firefox.
(function displayedStep(step) {
  // Must match report_core::snapshot::normalize.
  const normalize = (s) =>
    s.replace(/[\u2068\u2069]/g, "").split(/[ \t\n\r\f]+/).filter(Boolean).join(" ");

  const section = document.querySelector(`[data-testid="report-dialog"] [data-step="${step}"]`);
  if (!section) return { lines: [], problems: [`step "${step}" is not on screen`] };

  const vw = window.innerWidth || document.documentElement.clientWidth;
  const vh = window.innerHeight || document.documentElement.clientHeight;

  function problemsOf(el) {
    const found = [];
    const own = getComputedStyle(el);
    if (el.getClientRects().length === 0) return ["not rendered (display: none or removed from layout)"];
    if (own.visibility !== "visible") found.push(`hidden (visibility: ${own.visibility})`);
    if (parseFloat(own.fontSize) < 8) found.push(`text too small to read (font-size ${own.fontSize})`);
    const color = own.color.match(/[\d.]+/g);
    if (color && color.length === 4 && parseFloat(color[3]) < 0.1) found.push("text colour is transparent");
    for (let a = el; a && a !== document.documentElement; a = a.parentElement) {
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
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
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
    // Covered: the element itself must be what is on top, line by line.
    for (const line of el.getClientRects()) {
      const x = Math.min(Math.max(line.left + line.width / 2, 0), vw - 1);
      const y = line.top + line.height / 2;
      if (y < 0 || y >= vh || line.width < 1) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit)) {
        found.push(`covered by <${hit.tagName.toLowerCase()}${hit.className ? ` class="${hit.className}"` : ""}> at ${Math.round(x)},${Math.round(y)}`);
        break;
      }
    }
    return found;
  }

  const marked = [...section.querySelectorAll("[data-snap]")];
  const lines = [];
  const problems = [];
  for (const el of marked) {
    const line = `${el.getAttribute("data-snap")}: ${normalize(el.innerText)}`;
    lines.push(line);
    for (const p of problemsOf(el)) problems.push(`${line}\n      ${p}`);
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

  return { lines, problems };
})
