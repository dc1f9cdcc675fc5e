//! What the component asks of the browser: clock, time zone, random ids,
//! focus and Performance marks.

use wasm_bindgen::JsCast;

/// Minutes east of UTC for the person's own time zone.
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A random UUID (version 4), used as the report's idempotency key; none
/// if the browser cannot give secure random numbers.
pub fn new_report_id() -> Option<String> {
    let mut bytes = [0u8; 16];
    web_sys::window()?
        .crypto()
        .ok()?
        .get_random_values_with_u8_array(&mut bytes)
        .ok()?;
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = report_core::notice::hex(&bytes);
    Some(format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

/// The package renders the flow inside an open shadow root of a
/// `<report-disclosure-flow>` element; a Leptos host renders it in its page.
pub const SHADOW_HOST: &str = "report-disclosure-flow";

/// Focuses the first element `selector` finds in the page or in the flow's
/// shadow root.
pub fn focus(selector: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let in_page = document.query_selector(selector).ok().flatten();
    let found = in_page.or_else(|| {
        let hosts = document.query_selector_all(SHADOW_HOST).ok()?;
        (0..hosts.length())
            .filter_map(|i| hosts.item(i)?.dyn_into::<web_sys::Element>().ok())
            .filter_map(|h| h.shadow_root()?.query_selector(selector).ok().flatten())
            .next()
    });
    if let Some(el) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The focused element as seen from inside `el`'s tree: in a shadow root,
/// the document only knows the shadow host.
pub fn active_element(el: &web_sys::Element) -> Option<web_sys::Element> {
    match el.get_root_node().dyn_into::<web_sys::ShadowRoot>() {
        Ok(shadow) => shadow.active_element(),
        Err(_) => web_sys::window()?.document()?.active_element(),
    }
}

/// A Performance mark `report-disclosure:<name>`, read by the benchmark.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(&format!("report-disclosure:{name}"));
    }
}

/// Marks `name` once the view being built now is in the document and laid
/// out: the task runs after the current render, and reading the layout makes
/// the browser finish it first.
pub fn mark_after_layout(name: &'static str) {
    leptos::task::spawn_local(async move {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.get_bounding_client_rect();
            let _ = root.scroll_height();
        }
        mark(name);
    });
}
