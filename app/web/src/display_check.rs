//! The display check on the person's device: before "Agree and send" can be
//! pressed, the page confirms that the disclosure is on screen as it was
//! formatted: every line readable (rendered, visible, in the viewport when
//! scrolled to, not clipped, truncated or covered) and its text equal to the
//! formatted text. The rules are the ones the browser tests use
//! (`js/displayed.js`), so what CI proves is what every device checks.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/js/displayed.js")]
extern "C" {
    #[wasm_bindgen(js_name = displayedStep)]
    fn displayed_step(step: &str, dialog: &web_sys::Element, options: &JsValue) -> JsValue;
}

/// Why the notice could not be confirmed, for the host and its developers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotDisplayed {
    /// The first problem, in one line.
    pub cause: String,
    /// Every problem found.
    pub problems: Vec<String>,
}

/// Checks the disclosure step in `dialog` against the lines it must show
/// (`snapshot::disclosure_lines` of the formatted screen). Returns how many
/// lines were confirmed.
pub fn check_disclosure(
    dialog: &web_sys::Element,
    expected: &[String],
) -> Result<u32, NotDisplayed> {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"restoreScroll".into(), &JsValue::TRUE);
    let result = displayed_step("disclosure", dialog, &options);
    let strings = |key: &str| -> Vec<String> {
        js_sys::Reflect::get(&result, &key.into())
            .map(|v| {
                js_sys::Array::from(&v)
                    .iter()
                    .filter_map(|s| s.as_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    let shown = strings("lines");
    let mut problems = strings("problems");
    let keeps_bidi_controls = js_sys::Reflect::get(&result, &"keepsBidiControls".into())
        .map(|v| v.as_bool() != Some(false))
        .unwrap_or(true);
    // Where the engine's innerText drops them (Firefox), they are left out of
    // the formatted side too: they draw nothing, so the person sees the same.
    let comparable: Vec<String> = if keeps_bidi_controls {
        expected.to_vec()
    } else {
        expected
            .iter()
            .map(|l| l.chars().filter(|c| !is_bidi_control(*c)).collect())
            .collect()
    };
    let expected = comparable.as_slice();
    if shown != expected {
        let at = shown
            .iter()
            .zip(expected)
            .position(|(s, e)| s != e)
            .unwrap_or(shown.len().min(expected.len()));
        problems.push(format!(
            "the page shows other text than the formatted notice from line {}: expected \"{}\", shown \"{}\"",
            at + 1,
            expected.get(at).map(String::as_str).unwrap_or("(nothing)"),
            shown.get(at).map(String::as_str).unwrap_or("(nothing)"),
        ));
    }
    match problems.first() {
        None => Ok(u32::try_from(shown.len()).unwrap_or(u32::MAX)),
        Some(first) => Err(NotDisplayed {
            cause: first
                .split('\n')
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(": "),
            problems,
        }),
    }
}

/// The bidi controls Firefox's innerText leaves out.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
    )
}
