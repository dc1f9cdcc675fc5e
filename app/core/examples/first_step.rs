//! Writes the reason step of every shipped locale, report kind and platform,
//! formatted by the same `ScreenContext::reason_screen` the component renders
//! and the snapshots record, as JSON for the package's `index.js`: it shows
//! this step at once while the wasm loads (the disclosure step always comes
//! from the wasm).
//!   cargo run -p report-core --example first_step -- <file.json>
use report_core::limits::MAX_COMMENT_CHARS;
use report_core::wording::{shipped_locales, PSEUDO_LOCALES, REFERENCE_LOCALE};
use report_core::{Platform, ReportKind, ScreenContext, Wording};
use serde_json::{json, Value};

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: first_step <file.json>");
    // The same screen is often shared by every platform (and by kinds): each
    // distinct one is written once and named by its index.
    let mut screens: Vec<Value> = Vec::new();
    let mut index = serde_json::Map::new();
    for locale in shipped_locales() {
        let wording = Wording::shipped(locale).expect("shipped wording builds");
        for kind in ReportKind::ALL {
            for platform in Platform::ALL {
                let ctx = ScreenContext {
                    wording: &wording,
                    platform,
                    // The reason step shows no time.
                    utc_offset_minutes: 0,
                };
                let s = ctx
                    .reason_screen(kind)
                    .unwrap_or_else(|e| panic!("{locale} {}: {e}", kind.id()));
                let screen = json!([
                    s.title,
                    s.intro,
                    s.reasons
                        .iter()
                        .map(|(r, label)| json!([r.id(), label]))
                        .collect::<Vec<_>>(),
                    s.comment_label,
                    s.comment_hint,
                    s.next,
                    s.cancel,
                ]);
                let at = screens
                    .iter()
                    .position(|v| *v == screen)
                    .unwrap_or_else(|| {
                        screens.push(screen);
                        screens.len() - 1
                    });
                index.insert(
                    format!("{locale}/{}/{}", kind.id(), platform.id()),
                    json!(at),
                );
            }
        }
    }
    let value = json!({
        "locales": shipped_locales().collect::<Vec<_>>(),
        "reference": REFERENCE_LOCALE,
        "pseudo": PSEUDO_LOCALES,
        "commentMaxChars": MAX_COMMENT_CHARS,
        "index": index,
        "screens": screens,
    });
    std::fs::write(&out, value.to_string()).expect("the first step file can be written");
}
