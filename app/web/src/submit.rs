//! Where a consented report goes.

use crate::loading::ok_response;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// The host app decides where reports go; the component only posts there.
#[derive(Clone, Debug)]
pub enum SubmitTarget {
    /// POST the payload as JSON, with the report id as `Idempotency-Key`.
    /// The server answers `{"reference": "..."}` once it has filed the report.
    Url(String),
    /// A host function `(payloadJson, reportId) => Promise<reference>`, for apps
    /// that send through their own native bridge. It must treat `reportId` as an
    /// idempotency key, and reject when the report was not filed.
    Callback(js_sys::Function),
}

impl SubmitTarget {
    /// Sends once; returns the server's report reference. A request that takes
    /// longer than `timeout_ms` counts as failed: the person can retry, and the
    /// idempotency key keeps a late first attempt from filing a second report.
    pub async fn send(
        &self,
        report_id: &str,
        json: &str,
        timeout_ms: u32,
    ) -> Result<String, String> {
        match self {
            SubmitTarget::Url(url) => post_json(url, report_id, json, timeout_ms).await,
            SubmitTarget::Callback(f) => call_host(f, report_id, json, timeout_ms).await,
        }
    }
}

async fn post_json(
    url: &str,
    report_id: &str,
    json: &str,
    timeout_ms: u32,
) -> Result<String, String> {
    let describe = |e: JsValue| format!("{e:?}");
    let window = web_sys::window().ok_or("no window")?;
    let headers = web_sys::Headers::new().map_err(describe)?;
    headers
        .set("Content-Type", "application/json")
        .map_err(describe)?;
    headers
        .set("Idempotency-Key", report_id)
        .map_err(describe)?;
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_headers(&headers);
    init.set_body(&JsValue::from_str(json));
    init.set_signal(Some(&web_sys::AbortSignal::timeout_with_u32(timeout_ms)));
    let response = ok_response(window.fetch_with_str_and_init(url, &init), url).await?;
    let body = JsFuture::from(response.json().map_err(describe)?)
        .await
        .map_err(describe)?;
    js_sys::Reflect::get(&body, &JsValue::from_str("reference"))
        .ok()
        .and_then(|r| r.as_string())
        .filter(|r| !r.is_empty())
        .ok_or_else(|| "the server did not confirm the report".to_string())
}

/// A host callback that never settles must not freeze the dialog: the same
/// timeout as for a request applies, and the person can retry (with the same
/// report id, so a late first answer files nothing twice).
async fn call_host(
    f: &js_sys::Function,
    report_id: &str,
    json: &str,
    timeout_ms: u32,
) -> Result<String, String> {
    let describe = |e: JsValue| format!("{e:?}");
    let returned = f
        .call2(
            &JsValue::NULL,
            &JsValue::from_str(json),
            &JsValue::from_str(report_id),
        )
        .map_err(describe)?;
    let timeout = js_sys::Promise::new(&mut |_, reject| {
        if let Some(window) = web_sys::window() {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(&reject, timeout_ms as i32);
        }
    });
    let race = js_sys::Promise::race(&js_sys::Array::of2(
        &js_sys::Promise::resolve(&returned),
        &timeout,
    ));
    let reference = JsFuture::from(race).await.map_err(|e| {
        // The timer rejects with nothing; a host rejects with a reason.
        if e.is_undefined() {
            "the host did not answer in time".to_string()
        } else {
            describe(e)
        }
    })?;
    reference
        .as_string()
        .filter(|r| !r.is_empty())
        .ok_or_else(|| "the host did not confirm the report".to_string())
}
