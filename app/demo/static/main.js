// Kept out of index.html so the page runs under a CSP without 'unsafe-inline'.
import init from "./pkg/report_demo.js";

init();
