// Records what happens on the page, so a wait that gives up can say why:
// where each press landed, where the focus went, which step is shown, the
// dialog's scroll position, uncaught errors (a wasm trap is one) and whether
// the page was hidden. Installed once per page load by the engine runner
// (e2e/engines/flow.mjs); read back with `window.__timeline`.
() => {
  if (window.__timeline) return;
  const entries = [];
  window.__timeline = entries;
  const t0 = performance.now();
  const describe = (el) => {
    if (!el || !el.tagName) return String(el);
    const id = el.dataset?.testid ?? el.id;
    return id ? `${el.tagName.toLowerCase()}[${id}]` : el.tagName.toLowerCase();
  };
  const log = (what) => {
    entries.push(`${Math.round(performance.now() - t0)} ms ${what}`);
    if (entries.length > 200) entries.shift();
  };
  for (const type of ["pointerdown", "pointerup", "click"]) {
    document.addEventListener(type, (e) => log(`${type} at ${Math.round(e.clientX)},${Math.round(e.clientY)} on ${describe(e.target)}`), true);
  }
  document.addEventListener("focusin", (e) => log(`focus ${describe(e.target)}`), true);
  document.addEventListener("visibilitychange", () => log(`page ${document.visibilityState}`));
  window.addEventListener("error", (e) => log(`uncaught error: ${e.message}`));
  window.addEventListener("unhandledrejection", (e) => log(`unhandled rejection: ${e.reason}`));
  const shown = () => {
    // The package renders the dialog inside the open shadow root of <report-disclosure-flow>.
    const dialog = (document.querySelector('[data-testid="report-dialog"]') ?? [...document.querySelectorAll("report-disclosure-flow")].map((h) => h.shadowRoot?.querySelector('[data-testid="report-dialog"]')).find(Boolean) ?? null);
    const step = dialog?.querySelector("[data-step]")?.getAttribute("data-step");
    return dialog ? `dialog shows step ${step ?? "(none)"}` : "no dialog";
  };
  let last = shown();
  // Changes inside a shadow root are not seen from the page: each flow's
  // shadow root is watched as it appears.
  const watched = new Set();
  const changed = () => {
    const now = shown();
    if (now !== last) log((last = now));
    for (const h of document.querySelectorAll("report-disclosure-flow")) {
      if (h.shadowRoot && !watched.has(h.shadowRoot)) {
        watched.add(h.shadowRoot);
        observer.observe(h.shadowRoot, { childList: true, subtree: true });
      }
    }
  };
  const observer = new MutationObserver(changed);
  observer.observe(document.body, { childList: true, subtree: true });
  document.addEventListener("scroll", (e) => {
    if (e.target?.classList?.contains("backdrop")) log(`dialog scrolled to ${Math.round(e.target.scrollTop)}`);
  }, true);
  log(`recording; page ${document.visibilityState}, ${innerWidth}x${innerHeight}; ${last}`);
  // What the demo page caught before this recording began (app/demo/static/main.js):
  // a page that stayed blank says why.
  for (const early of JSON.parse(document.documentElement.dataset.earlyErrors ?? "[]")) log(`before recording: ${early}`);
}
