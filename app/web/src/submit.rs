//! Where a consented report goes.

use report_core::steps::send_refusal_is_final;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A send that did not file the report.
#[derive(Clone, Debug)]
pub struct NotSent {
    /// For the console: what went wrong.
    pub detail: String,
    /// Set when the receiver refused the report itself: the same report
    /// would be refused again, so the flow ends instead of offering a retry.
    pub refused: Option<Refusal>,
}

/// What the receiver (or the host's callback) said when refusing a report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Refusal {
    pub status: Option<u16>,
    /// The field the receiver named, when it named one.
    pub field: Option<String>,
    pub message: Option<String>,
}

fn retryable(detail: impl Into<String>) -> NotSent {
    NotSent {
        detail: detail.into(),
        refused: None,
    }
}

fn string_of(v: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(v, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

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
    ) -> Result<String, NotSent> {
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
) -> Result<String, NotSent> {
    let describe = |e: JsValue| retryable(format!("{url}: {e:?}"));
    let window = web_sys::window().ok_or_else(|| retryable("no window"))?;
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
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    let status = response.status();
    let body = match response.json() {
        Ok(p) => JsFuture::from(p).await.ok(),
        Err(_) => None,
    };
    if !response.ok() {
        let detail = format!("{url}: HTTP {status}");
        if !send_refusal_is_final(status) {
            return Err(retryable(detail));
        }
        // The receiver's error body names the field: {"error": ..., "field": ...}.
        let said = |key| body.as_ref().and_then(|b| string_of(b, key));
        return Err(NotSent {
            detail,
            refused: Some(Refusal {
                status: Some(status),
                field: said("field"),
                message: said("error"),
            }),
        });
    }
    body.as_ref()
        .and_then(|b| string_of(b, "reference"))
        .filter(|r| !r.is_empty())
        .ok_or_else(|| retryable("the server did not confirm the report"))
}

/// A host callback that never settles must not freeze the dialog: the same
/// timeout as for a request applies, and the person can retry (with the same
/// report id, so a late first answer files nothing twice).
async fn call_host(
    f: &js_sys::Function,
    report_id: &str,
    json: &str,
    timeout_ms: u32,
) -> Result<String, NotSent> {
    let describe = |e: JsValue| retryable(format!("{e:?}"));
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
        // The timer rejects with nothing; a host rejects with a reason. An
        // Error with `final: true` says its receiver refused the report
        // itself (index.d.ts), so the same report would be refused again.
        if e.is_undefined() {
            return retryable("the host did not answer in time");
        }
        let is_final = js_sys::Reflect::get(&e, &JsValue::from_str("final"))
            .ok()
            .and_then(|f| f.as_bool())
            == Some(true);
        NotSent {
            detail: format!("{e:?}"),
            refused: is_final.then(|| Refusal {
                status: js_sys::Reflect::get(&e, &JsValue::from_str("status"))
                    .ok()
                    .and_then(|s| s.as_f64())
                    .filter(|s| (0.0..=999.0).contains(s))
                    .map(|s| s as u16),
                field: string_of(&e, "field"),
                message: string_of(&e, "message"),
            }),
        }
    })?;
    reference
        .as_string()
        .filter(|r| !r.is_empty())
        .ok_or_else(|| retryable("the host did not confirm the report"))
}
