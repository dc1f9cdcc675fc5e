// The host API of the report flow. Importing this module downloads nothing
// else: the wasm is fetched and compiled on the first mountReportFlow call,
// and only the wording of the person's language is fetched.
let ready = null;

// Where the package's files are (report_flow_bg.wasm, report-flow.css,
// locales/): the folder of this module, unless the host says otherwise
// (options.assetsUrl). A bundler that moves this module's code into its own
// chunk moves import.meta.url with it; and Vite rewrites every
// `new URL("<literal>", import.meta.url)`: it turned "./" into a data: URL of
// this very file (the locales were then fetched from "data:...locales/"), and
// report-flow.css into a data: URL a strict CSP refuses. Read through a
// variable, bundlers leave the URLs alone.
const moduleUrl = import.meta.url;
let assetsBase = null;
const asset = (path) => new URL(path, assetsBase ?? new URL("./", moduleUrl)).href;

/** Sets where the package's files are, before the first load; `caller` names the function in errors. */
function useAssets(caller, assetsUrl) {
  if (assetsUrl === undefined) return;
  if (typeof assetsUrl !== "string" || !assetsUrl.endsWith("/")) throw new TypeError(`${caller}: options.assetsUrl must be the URL of a folder, ending in /`);
  const base = new URL(assetsUrl, document.baseURI).href;
  if (ready !== null && base !== asset("./")) throw new TypeError(`${caller}: options.assetsUrl differs from the one the flow was loaded from (${asset("./")})`);
  assetsBase = base;
}

/**
 * The flow's own element in the host's page, with an open shadow root that
 * holds the dialog and its styles: host CSS cannot restyle the notice (only
 * inherited properties cross, and the dialog resets them), and the dialog's
 * CSS cannot restyle the host. `loaded` settles with the styles.
 */
function shadowHost(element) {
  const host = document.createElement("report-disclosure-flow");
  // It needs no box of its own: the dialog is drawn in the top layer.
  host.style.setProperty("display", "contents", "important");
  const shadow = host.attachShadow({ mode: "open" });
  const styles = asset("report-flow.css");
  const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: styles });
  const root = document.createElement("div");
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`report flow: cannot load ${styles}`));
  });
  shadow.append(link, root);
  element.append(host);
  return { host, root, loaded };
}

function load() {
  if (ready === null) performance.mark("report-flow:load-start"); // read by e2e/bench/coldpath.mjs
  ready ??= (() => {
    // The wasm, its glue and the glue's one import (displayed.js) are
    // requested together: in sequence each would wait for the one before, a
    // round trip each on a slow network.
    const wasm = fetch(asset("report_flow_bg.wasm"));
    return Promise.all([import("./report_flow.js"), import("./displayed.js")]).then(async ([glue]) => {
      await glue.default({ module_or_path: wasm });
      performance.mark("report-flow:load-end");
      return glue;
    });
  })();
  return ready;
}

/** Starts loading the component ahead of time (for example on hover of "Report"). */
export function preloadReportFlow({ assetsUrl } = {}) {
  try {
    useAssets("preloadReportFlow", assetsUrl);
  } catch (e) {
    return Promise.reject(e);
  }
  return load().then(() => undefined);
}

/**
 * Shows the report flow in `element`. Resolves once the first step is on
 * screen; rejects with an Error naming the option that is wrong.
 */
export async function mountReportFlow(element, options) {
  if (!(element instanceof HTMLElement)) throw new TypeError("mountReportFlow: element must be an HTMLElement");
  const { submit, assetsUrl, ...data } = options ?? {};
  if (submit !== undefined && typeof submit !== "function") throw new TypeError("mountReportFlow: options.submit must be a function");
  useAssets("mountReportFlow", assetsUrl);
  if ([...element.children].some((c) => c.localName === "report-disclosure-flow")) {
    throw new Error("mountReportFlow: a report flow is already open in this element; close it first");
  }
  // Its styles load while the component does.
  const { host, root, loaded } = shadowHost(element);
  try {
    const [glue] = await Promise.all([load(), loaded]);
    const id = await glue.mount(host, root, data, submit, asset("./"));
    return { close: () => glue.unmount(id) };
  } catch (e) {
    host.remove();
    throw e;
  }
}
