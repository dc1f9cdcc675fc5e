// The page-side "displayed" definition (app/web/js/displayed.js) as a script
// expression any driver can evaluate: the file is an ES module, because the
// component imports it, while page.evaluate and WebDriver execute take a
// script. The text runs unchanged apart from its one `export` keyword.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const DISPLAYED_FILE = join(__dirname, "..", "..", "app", "web", "js", "displayed.js");
const EXPORTED = "export function displayedStep(";

/** `(() => { ...; return displayedStep; })()`: evaluates to the function. */
function displayedFunction() {
  const source = readFileSync(DISPLAYED_FILE, "utf8");
  if (source.split(EXPORTED).length !== 2) {
    throw new Error(`${DISPLAYED_FILE}: expected exactly one "${EXPORTED}"`);
  }
  return `(() => {\n${source.replace(EXPORTED, "function displayedStep(")}\nreturn displayedStep;\n})()`;
}

module.exports = { DISPLAYED_FILE, displayedFunction };
