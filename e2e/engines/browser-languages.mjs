// How each engine is told the person's language. The page negotiates from
// navigator.languages when the URL has no `lang`, so these must be the real
// browser settings, not a URL parameter.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./paths.mjs";

// Pseudo-locales (en-XA, ar-XB: regions XA..XZ are private use) are never
// chosen by negotiation (app/core/src/wording.rs PSEUDO_LOCALES); the only
// way to show them is `lang=` in the URL. Their browser is set to the base
// language, as a tester's would be.
export const isPseudo = (locale) => /-X[A-Z]$/.test(locale);

const REGION = { en: "US", ja: "JP", ko: "KR", zh: "CN", ar: "EG" };

/** The language tag the browser is set to for a snapshot locale: `ja` -> `ja-JP`. */
export function browserTag(locale) {
  const [language, region] = locale.split("-");
  if (region && !isPseudo(locale)) return locale;
  return `${language}-${REGION[language] ?? language.toUpperCase()}`;
}

/** Firefox: the pref behind navigator.languages and Accept-Language. */
export const firefoxAcceptLanguages = (locale) => `${browserTag(locale)},${locale.split("-")[0]}`;

// WebKitGTK takes its languages from setlocale() in the browser process, which
// falls back to "C" (and so en-US) unless the glibc locale exists. Debian's
// base image ships only C.UTF-8, so the runner compiles the locales it needs
// into a cache dir and points LOCPATH at it: no system change needed.
const LOCALE_CACHE = join(ROOT, "target", "engine-locales");

export function webkitLocaleEnv(locale) {
  const source = browserTag(locale).replace("-", "_");
  const glibc = `${source}.UTF-8`;
  const dir = join(LOCALE_CACHE, glibc);
  if (!existsSync(join(dir, "LC_CTYPE"))) {
    mkdirSync(LOCALE_CACHE, { recursive: true });
    try {
      execFileSync("localedef", ["-i", source, "-f", "UTF-8", dir], { stdio: "pipe" });
    } catch (e) {
      // localedef warns with exit code 1 but still writes a usable locale.
      if (!existsSync(join(dir, "LC_CTYPE"))) throw new Error(`localedef ${source}: ${e.stderr || e.message}`);
    }
  }
  return { LOCPATH: LOCALE_CACHE, LANG: glibc, LC_ALL: glibc, LANGUAGE: source };
}
