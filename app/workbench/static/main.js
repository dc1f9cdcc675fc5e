// Kept out of the HTML so both pages run under a CSP without 'unsafe-inline'.
import init from "./pkg/report_workbench.js";

init();
