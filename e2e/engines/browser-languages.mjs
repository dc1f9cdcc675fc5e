// How each engine is told the person's language. The page negotiates from
// navigator.languages when the URL has no `lang`, so these must be the real
// browser settings, not a URL parameter.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.mjs";

/** A full tag for a snapshot locale dir: `ja` -> `ja-JP`, `pt-BR` stays. */
const REGION = { en: "US", ja: "JP", ko: "KR", zh: "CN" };
export function regionalTag(locale) {
  if (locale.includes("-")) return locale;
  const region = REGION[locale] ?? locale.toUpperCase();
  return `${locale}-${region}`;
}

/** Firefox: the pref behind navigator.languages and Accept-Language. */
export const firefoxAcceptLanguages = (locale) => `${regionalTag(locale)},${locale.split("-")[0]}`;

// WebKitGTK takes its languages from setlocale() in the browser process, which
// falls back to "C" (and so en-US) unless the glibc locale exists. Debian's
// base image ships only C.UTF-8, so the runner compiles the locales it needs
// into a cache dir and points LOCPATH at it: no system change needed.
const LOCALE_CACHE = join(ROOT, "target", "engine-locales");

export function webkitLocaleEnv(locale) {
  const glibc = `${regionalTag(locale).replace("-", "_")}.UTF-8`;
  const dir = join(LOCALE_CACHE, glibc);
  if (!existsSync(join(dir, "LC_CTYPE"))) {
    mkdirSync(LOCALE_CACHE, { recursive: true });
    const [source] = glibc.split(".");
    try {
      execFileSync("localedef", ["-i", source, "-f", "UTF-8", dir], { stdio: "pipe" });
    } catch (e) {
      // localedef warns with exit code 1 but still writes a usable locale.
      if (!existsSync(join(dir, "LC_CTYPE"))) throw new Error(`localedef ${source}: ${e.stderr || e.message}`);
    }
  }
  return { LOCPATH: LOCALE_CACHE, LANG: glibc, LC_ALL: glibc, LANGUAGE: locale.replace("-", "_") };
}
