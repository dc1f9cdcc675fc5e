// The host API of the report flow. Importing this module downloads nothing
// else: the wasm is fetched and compiled on the first mountReportFlow call,
// and only the wording of the person's language is fetched. The build
// bundles into this one file the first step (first-step.js, with its
// approved wording, first-step.json) and the dialog's styles, so that the
// reason list is on screen one request after "Report", before the wasm.
import { firstStepFor, showFirstStep } from "./first-step.js";
// As text: JSON.parse reads it faster than a script engine parses the same
// object written as code.
import firstStepsText from "./first-step.json";
import styles from "./report-flow.css";

let ready = null;
let firstSteps = null;

// Where the package's files are (report_flow_bg.wasm, locales/): the folder
// of this module, unless the host says otherwise (options.assetsUrl). A
// bundler that moves this module's code into its own chunk moves
// import.meta.url with it; and Vite rewrites every
// `new URL("<literal>", import.meta.url)`: it turned "./" into a data: URL of
// this very file (the locales were then fetched from "data:...locales/").
// Read through a variable, bundlers leave the URLs alone.
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

let sheet = null;

/**
 * The flow's own element in the host's page, with an open shadow root that
 * holds the dialog and its styles: host CSS cannot restyle the notice (only
 * inherited properties cross, and the dialog resets them), and the dialog's
 * CSS cannot restyle the host. The styles are a constructed sheet, shared by
 * every flow: no request, and no inline <style> a strict CSP would refuse.
 */
function shadowHost(element) {
  const host = document.createElement("report-disclosure-flow");
  // It needs no box of its own: the dialog is drawn in the top layer.
  host.style.setProperty("display", "contents", "important");
  const shadow = host.attachShadow({ mode: "open" });
  if (sheet === null) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  shadow.adoptedStyleSheets = [sheet];
  const root = document.createElement("div");
  shadow.append(root);
  element.append(host);
  return { host, root };
}

/** Where the focus is, seen from the page: the element a closed flow gives it back to. */
function focused() {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** What the wasm's close does, for a flow that closed on its first step: the host hears `report-closed`. */
function closedOnFirstStep(element, host, opener) {
  queueMicrotask(() => {
    if (opener?.isConnected) opener.focus();
    else {
      if (!element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
      element.focus();
    }
    host.dispatchEvent(new CustomEvent("report-closed", { bubbles: true }));
    host.remove();
  });
}

function load() {
  if (ready === null) performance.mark("report-flow:load-start"); // read by e2e/bench/coldpath.mjs
  ready ??= (() => {
    // The wasm, its glue and the glue's one import (displayed.js) are
    // requested together: in sequence each would wait for the one before, a
    // round trip each on a slow network.
    const url = asset("report_flow_bg.wasm");
    const wasm = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`report flow: cannot load ${url} (HTTP ${response.status})`);
      return response;
    });
    return Promise.all([import("./report_flow.js"), import("./displayed.js")])
      .then(async ([glue]) => {
        await glue.default({ module_or_path: wasm });
        performance.mark("report-flow:load-end");
        return glue;
      })
      .catch((e) => {
        // The next Report press tries again.
        ready = null;
        throw e;
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
 * screen and the options are checked; rejects with an Error naming the
 * option that is wrong.
 */
export async function mountReportFlow(element, options) {
  if (!(element instanceof HTMLElement)) throw new TypeError("mountReportFlow: element must be an HTMLElement");
  const { submit, assetsUrl, ...data } = options ?? {};
  if (submit !== undefined && typeof submit !== "function") throw new TypeError("mountReportFlow: options.submit must be a function");
  useAssets("mountReportFlow", assetsUrl);
  if ([...element.children].some((c) => c.localName === "report-disclosure-flow")) {
    throw new Error("mountReportFlow: a report flow is already open in this element; close it first");
  }
  const opener = focused();
  const { host, root } = shadowHost(element);
  firstSteps ??= JSON.parse(firstStepsText);
  const step = firstStepFor(data, firstSteps);
  let closed = false;
  const first = step === null ? null : showFirstStep(root, step, () => {
    closed = true;
    closedOnFirstStep(element, host, opener);
  });
  // Once the first step's frame is painted (the frame after it has begun):
  // fetching and compiling the wasm must not delay it. A hidden page paints
  // nothing: there it starts at once.
  const painted = first === null || document.hidden ? Promise.resolve() : new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // The wording file of a certain locale is requested with the wasm, not
  // after it: one round trip less before the disclosure. A failure here is
  // left to the wasm, which fetches it again and names the file.
  const wording =
    step === null
      ? null
      : painted
          .then(() => fetch(asset(`locales/${step.locale}/report.ftl`)))
          .then((r) => (r.ok ? r.text() : null))
          .then((text) => text && [step.locale, text])
          .catch(() => null);
  let glue;
  let prepared;
  try {
    await painted;
    glue = await load();
    prepared = await glue.prepare(data, submit, asset("./"), await wording);
  } catch (e) {
    first?.remove();
    host.remove();
    throw e;
  }
  if (closed) return { close() {} };
  if (first === null || prepared.locale !== step.locale) {
    first?.remove();
    const id = glue.show(prepared, host, root, opener, undefined);
    return { close: () => glue.unmount(id) };
  }
  // The wasm takes over at "Next", with what the person chose.
  let id = null;
  first.whenNext(() => {
    try {
      id = glue.show(prepared, host, root, opener, first.values());
    } catch (e) {
      // Nothing was sent; the person is not left on a step that cannot go on.
      console.error(e);
      closed = true;
      closedOnFirstStep(element, host, opener);
    }
    first.remove();
  });
  return {
    close() {
      if (id !== null) glue.unmount(id);
      else if (!closed) {
        closed = true;
        first.remove();
        closedOnFirstStep(element, host, opener);
      }
    },
  };
}
