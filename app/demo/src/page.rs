//! What the demo page reads from and writes to the browser: its address
//! (settings), the browser's languages, the document's language, and a
//! submit function a page embedding the demo may define.

use wasm_bindgen::JsCast;

pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get(name).filter(|v| !v.is_empty())
}

/// Writes the current settings into the address bar so a scenario can be shared.
pub fn replace_query(pairs: &[(&str, &str)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return;
    };
    for (name, value) in pairs {
        params.set(name, value);
    }
    let url = format!("?{}", String::from(params.to_string()));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

pub fn navigator_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return vec![];
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

pub fn set_document_language(locale: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", locale);
        let _ = root.set_attribute("dir", report_core::wording::direction(locale));
    }
}

/// The host page's submit function, if it set one on `window` under `name`.
pub fn host_function(name: &str) -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &wasm_bindgen::JsValue::from_str(name))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}
