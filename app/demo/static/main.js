// Kept out of index.html so the page runs under a CSP without 'unsafe-inline'.
import init from "./pkg/report_demo.js";

// Errors from before a test begins recording the page (e2e/page/timeline.js
// reads them): a page left blank must say why.
const early = [];
const keep = (what) => {
  early.push(what);
  document.documentElement.dataset.earlyErrors = JSON.stringify(early);
};
addEventListener("error", (e) => keep(`uncaught error: ${e.message}`));
addEventListener("unhandledrejection", (e) => keep(`unhandled rejection: ${e.reason}`));

init().catch((e) => {
  keep(`the page did not start: ${e}`);
  const alert = document.createElement("p");
  alert.setAttribute("role", "alert");
  alert.textContent = `The demo could not start: ${e}`;
  document.body.append(alert);
});
