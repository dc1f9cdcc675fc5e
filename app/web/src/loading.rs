//! What the page fetches from its own origin at run time (the wording of the
//! locale it shows, a planner's draft, what the demo server received), and the
//! status check every request of the component gets.

use report_core::wording::{file_locale, locale_path};
use report_core::{Wording, WordingError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The response to a request, once it arrived with a success status: a
/// network failure or an HTTP error status is an error naming `url`, so an
/// error page is never taken for wording or for a confirmation.
pub async fn ok_response(request: js_sys::Promise, url: &str) -> Result<web_sys::Response, String> {
    let describe = |e: wasm_bindgen::JsValue| format!("{url}: {e:?}");
    let response: web_sys::Response = JsFuture::from(request)
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    Ok(response)
}

/// The body of a same-origin GET.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = ok_response(window.fetch_with_str(url), url).await?;
    let describe = |e: wasm_bindgen::JsValue| format!("{url}: {e:?}");
    let text = JsFuture::from(response.text().map_err(describe)?)
        .await
        .map_err(describe)?;
    Ok(text.as_string().unwrap_or_default())
}

/// A shipped or pseudo-locale's wording: compiled in where the build has it
/// (`embedded_source`), fetched from the page's `locales/` otherwise.
pub async fn shipped_wording(locale: &'static str) -> Result<Wording, String> {
    wording_from("", locale).await
}

/// A shipped or pseudo-locale's wording from its file's text, fetched by the
/// page (errors name the file).
pub fn wording_from_text(locale: &str, text: String) -> Result<Wording, String> {
    Wording::from_locale_text(locale, &locale_path(file_locale(locale)), text)
        .map_err(|e| e.to_string())
}

/// The same, fetched from the `locales/` folder under `base` (a URL ending
/// in `/`, or "" for the page's own).
pub async fn wording_from(base: &str, locale: &'static str) -> Result<Wording, String> {
    match Wording::shipped(locale) {
        Err(WordingError::NotEmbedded { .. }) => {
            let path = locale_path(file_locale(locale));
            let text = fetch_text(&format!("{base}{path}")).await?;
            wording_from_text(locale, text)
        }
        loaded => loaded.map_err(|e| e.to_string()),
    }
}
