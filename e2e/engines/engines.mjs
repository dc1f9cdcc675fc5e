// The two non-Chromium engines, each with the platform it stands for and a
// way to open one browser session set to a locale's language.
import { Builder, Capabilities } from "selenium-webdriver";
import { homedir } from "node:os";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { firefoxAcceptLanguages, webkitLocaleEnv } from "./browser-languages.mjs";
import { startDriver, startXvfb } from "./services.mjs";
import { stop } from "./processes.mjs";
import { SNAPSHOT_TIME_ZONE } from "./snapshots.mjs";

const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const GECKODRIVER = process.env.GECKODRIVER ?? [join(homedir(), ".cargo/bin/geckodriver"), "/usr/local/bin/geckodriver"].find(existsSync) ?? "geckodriver";

// The snapshots' times are in SNAPSHOT_TIME_ZONE, as in the Chromium suite
// (playwright.config.ts timezoneId). These browsers take the zone from TZ.
const TIME_ZONE = { TZ: SNAPSHOT_TIME_ZONE };

const connect = (url, caps) => new Builder().usingServer(url).withCapabilities(new Capabilities(caps)).build();

/** Sizes the window; returns the driver and the CSS viewport it really got
 * (MiniBrowser stays wider than a phone), for the matrix to show. */
async function sized(driver, { width, height }) {
  await driver.manage().window().setRect({ width, height });
  const viewport = await driver.executeScript("return `${innerWidth}x${innerHeight}`");
  return { driver, viewport };
}

export const ENGINES = {
  // WebKitGTK stands for Safari, so it runs the ios cases. Its language comes
  // from the process environment, so each locale gets its own WebKitWebDriver
  // (and MiniBrowser) started with that locale.
  webkit: {
    platform: "ios",
    // Phone width; MiniBrowser's window does not go below about 447 CSS px.
    window: { width: 390, height: 844 },
    async setUp() {
      const xvfb = await startXvfb();
      return { xvfb };
    },
    async openSession(shared, locale) {
      const driver = await startDriver("WebKitWebDriver", "WebKitWebDriver", (p) => [`--port=${p}`, "--host=127.0.0.1"], {
        env: { DISPLAY: shared.xvfb.display, ...TIME_ZONE, ...webkitLocaleEnv(locale) },
        logName: `webkitwebdriver-${locale}`,
      });
      const session = await connect(driver.url, {
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
      });
      return { ...(await sized(session, this.window)), close: async () => (await session.quit().catch(() => {}), await stop(driver.proc)) };
    },
    async tearDown(shared) {
      await stop(shared.xvfb.proc);
    },
  },
  // Firefox ESR stands for desktop browsers other than Chromium.
  firefox: {
    platform: "desktop",
    window: { width: 1280, height: 800 },
    async setUp() {
      const driver = await startDriver("geckodriver", GECKODRIVER, (p) => ["--port", String(p), "--host", "127.0.0.1"], { env: TIME_ZONE, logName: "geckodriver" });
      return { driver };
    },
    async openSession(shared, locale) {
      const session = await connect(shared.driver.url, {
        browserName: "firefox",
        "moz:firefoxOptions": {
          binary: FIREFOX,
          args: ["-headless"],
          prefs: { "intl.accept_languages": firefoxAcceptLanguages(locale) },
        },
      });
      return { ...(await sized(session, this.window)), close: () => session.quit().catch(() => {}) };
    },
    async tearDown(shared) {
      await stop(shared.driver.proc);
    },
  },
};
