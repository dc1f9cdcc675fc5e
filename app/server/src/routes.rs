//! The HTTP surface: `POST /api/reports`, `GET /api/reports`,
//! `GET /api/reports/{reference}/consent-record`, `GET /api/audit`, and the
//! demo page's static files for everything else.

use crate::audit::Audit;
use crate::receive::{refused, Refused, IDEMPOTENCY_KEY};
use crate::response::json_response;
use crate::static_files;
use crate::store::{Filed, Receipt};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::header::CONTENT_TYPE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use serde_json::json;
use std::sync::Arc;

/// The largest body read: one value with the client, which refuses a
/// request whose report could outgrow it before the person can agree
/// (`report_core::limits` holds the rules and the arithmetic). Refusing
/// larger bodies before reading them keeps a flood of them cheap.
pub use report_core::limits::MAX_BODY_BYTES;

pub fn router(state: Arc<AppState>) -> Router {
    Router::new()
        .route(
            "/api/reports",
            post(post_report)
                .get(list_reports)
                .fallback(method_not_allowed),
        )
        .route(
            "/api/reports/{reference}/consent-record",
            get(consent_record).fallback(method_not_allowed),
        )
        .route("/api/audit", get(audit).fallback(method_not_allowed))
        .fallback(static_files::serve)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(crate::panic_guard::layer())
        .with_state(state)
}

fn refusal(r: Refused) -> Response {
    let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::BAD_REQUEST);
    json_response(status, &json!({ "error": r.error, "field": r.field }))
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    eprintln!("report-server: storage failed: {e}");
    json_response(
        StatusCode::SERVICE_UNAVAILABLE,
        &json!({ "error": "the report store is unavailable; send the report again with the same Idempotency-Key" }),
    )
}

async fn method_not_allowed() -> Response {
    json_response(
        StatusCode::METHOD_NOT_ALLOWED,
        &json!({ "error": "method not allowed" }),
    )
}

/// `application/json`, with or without parameters such as a charset.
fn is_json(content_type: Option<&HeaderValue>) -> bool {
    let Some(value) = content_type.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let media_type = value.split(';').next().unwrap_or("").trim();
    media_type.eq_ignore_ascii_case("application/json")
}

async fn post_report(
    State(app): State<Arc<AppState>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if !is_json(headers.get(CONTENT_TYPE)) {
        return refusal(refused(
            415,
            "Content-Type",
            "a report is sent as Content-Type: application/json",
        ));
    }
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return refusal(refused(
                413,
                "(body)",
                format!("the body is larger than {MAX_BODY_BYTES} bytes"),
            ))
        }
        Err(rejection) => {
            return refusal(refused(
                rejection.status().as_u16(),
                "(body)",
                rejection.body_text(),
            ))
        }
    };
    let key = match headers.get(IDEMPOTENCY_KEY).map(HeaderValue::to_str) {
        None => None,
        Some(Ok(key)) => Some(key.to_string()),
        Some(Err(_)) => {
            return refusal(refused(
                400,
                IDEMPOTENCY_KEY,
                "the Idempotency-Key header is not visible ASCII; it must equal report_id",
            ))
        }
    };
    // Parsing, re-rendering the notice and the fsync of the commit all block.
    let outcome =
        tokio::task::spawn_blocking(move || match app.receiver.prepare(key.as_deref(), &body) {
            Err(refused) => Outcome::Refused(refused),
            Ok(report) => match app.store.file(report) {
                Ok(filed) => Outcome::Filed(filed),
                Err(e) => Outcome::Failed(e.to_string()),
            },
        })
        .await
        .map_err(crate::panic_guard::raise_panic)
        .unwrap_or_else(|e| Outcome::Failed(e.to_string()));
    let receipt = |status, r: Receipt, duplicate: bool| {
        json_response(
            status,
            &json!({
                "reference": r.reference,
                "duplicate": duplicate,
                "verified": r.verified,
                "unverified_reason": r.unverified_reason,
            }),
        )
    };
    match outcome {
        Outcome::Filed(Filed::New(r)) => receipt(StatusCode::CREATED, r, false),
        Outcome::Filed(Filed::Duplicate(r)) => receipt(StatusCode::OK, r, true),
        Outcome::Filed(Filed::Conflict) => refusal(refused(
            409,
            "report_id",
            "a different report was filed under this report_id; nothing was stored",
        )),
        Outcome::Refused(r) => refusal(r),
        Outcome::Failed(e) => unavailable(e),
    }
}

enum Outcome {
    Filed(Filed),
    Refused(Refused),
    Failed(String),
}

async fn list_reports(State(app): State<Arc<AppState>>) -> Response {
    match tokio::task::spawn_blocking(move || app.store.all())
        .await
        .map_err(crate::panic_guard::raise_panic)
    {
        Ok(Ok(all)) => json_response(StatusCode::OK, &all),
        Ok(Err(e)) => unavailable(e),
        Err(e) => unavailable(e),
    }
}

async fn consent_record(
    State(app): State<Arc<AppState>>,
    Path(reference): Path<String>,
) -> Response {
    match tokio::task::spawn_blocking(move || app.store.consent_record(&reference))
        .await
        .map_err(crate::panic_guard::raise_panic)
    {
        Ok(Ok(Some(record))) => json_response(StatusCode::OK, &record),
        Ok(Ok(None)) => json_response(
            StatusCode::NOT_FOUND,
            &json!({ "error": "no report has this reference", "field": "reference" }),
        ),
        Ok(Err(e)) => unavailable(e),
        Err(e) => unavailable(e),
    }
}

async fn audit(State(app): State<Arc<AppState>>) -> Response {
    match tokio::task::spawn_blocking(move || app.store.audit())
        .await
        .map_err(crate::panic_guard::raise_panic)
    {
        Ok(Ok(rows)) => json_response(StatusCode::OK, &Audit::of(rows)),
        Ok(Err(e)) => unavailable(e),
        Err(e) => unavailable(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_content_types() {
        let ok = |v: &'static str| is_json(Some(&HeaderValue::from_static(v)));
        assert!(ok("application/json"));
        assert!(ok("application/json; charset=utf-8"));
        assert!(ok("Application/JSON"));
        assert!(!ok("text/plain"));
        assert!(!ok("application/jsonx"));
        assert!(!ok("application/x-www-form-urlencoded"));
        assert!(!is_json(None));
    }
}
