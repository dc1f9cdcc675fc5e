// The host API of the report flow. Importing this module downloads nothing
// else: the wasm is fetched and compiled on the first mountReportFlow call,
// and only the wording of the person's language is fetched.
let ready = null;

/** The dialog's styles, added once, with the component (not before it is needed). */
function addStyles() {
  const href = new URL("./report-flow.css", import.meta.url).href;
  if ([...document.styleSheets].some((s) => s.href === href)) return Promise.resolve();
  const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`report flow: cannot load ${href}`));
  });
  document.head.append(link);
  return loaded;
}

function load() {
  if (ready === null) performance.mark("report-flow:load-start"); // read by e2e/bench/coldpath.mjs
  ready ??= (() => {
    // The wasm, its glue and the styles are requested together: in sequence
    // each would wait for the one before, a round trip each on a slow network.
    const wasm = fetch(new URL("./report_flow_bg.wasm", import.meta.url));
    return Promise.all([import("./report_flow.js"), addStyles()]).then(async ([glue]) => {
      await glue.default({ module_or_path: wasm });
      performance.mark("report-flow:load-end");
      return glue;
    });
  })();
  return ready;
}

/** Starts loading the component ahead of time (for example on hover of "Report"). */
export function preloadReportFlow() {
  return load().then(() => undefined);
}

/**
 * Shows the report flow in `element`. Resolves once the first step is on
 * screen; rejects with an Error naming the option that is wrong.
 */
export async function mountReportFlow(element, options) {
  if (!(element instanceof HTMLElement)) throw new TypeError("mountReportFlow: element must be an HTMLElement");
  const { submit, ...data } = options ?? {};
  if (submit !== undefined && typeof submit !== "function") throw new TypeError("mountReportFlow: options.submit must be a function");
  const glue = await load();
  const id = await glue.mount(element, data, submit, new URL("./", import.meta.url).href);
  return { close: () => glue.unmount(id) };
}
