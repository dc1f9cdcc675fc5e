//! The HTTP surface: `POST /api/reports` (open to anyone), the operator's
//! `GET /api/reports` (a page at a time),
//! `GET /api/reports/{reference}/consent-record`,
//! `POST /api/reports/{reference}/close-review` and `GET /api/audit`
//! (`access::Operator`), the audit page `GET /audit` (`audit_page`), and
//! the demo page's static files for everything else.

use crate::access::Operator;
use crate::receive::{refused, NoticeStatus, Refused, IDEMPOTENCY_KEY};
use crate::response::json_response;
use crate::static_files;
use crate::store::{row_id, Filed, Receipt, StoreError};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{DefaultBodyLimit, Path, Query, State};
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
        .route(
            "/api/reports/{reference}/close-review",
            post(close_review).fallback(method_not_allowed),
        )
        .route("/api/audit", get(audit).fallback(method_not_allowed))
        .merge(crate::audit_page::routes())
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
            Ok(report) => match (NoticeStatus::of(&report), app.store.file(report)) {
                (status, Ok(filed)) => Outcome::Filed(filed, status),
                (_, Err(e)) => Outcome::Failed(e.to_string()),
            },
        })
        .await
        .map_err(crate::panic_guard::raise_panic)
        .unwrap_or_else(|e| Outcome::Failed(e.to_string()));
    // notice_status is the register's word on the notice when this request
    // was received (a duplicate's stored record keeps the first one's).
    let receipt = |status, r: Receipt, duplicate: bool, notice: NoticeStatus| {
        json_response(
            status,
            &json!({
                "reference": r.reference,
                "duplicate": duplicate,
                "verified": r.verified,
                "unverified_reason": r.unverified_reason,
                "notice_status": notice.status,
                "days_since_superseded": notice.days_since_superseded,
            }),
        )
    };
    match outcome {
        Outcome::Filed(Filed::New(r), n) => receipt(StatusCode::CREATED, r, false, n),
        Outcome::Filed(Filed::Duplicate(r), n) => receipt(StatusCode::OK, r, true, n),
        Outcome::Filed(Filed::Conflict, _) => refusal(refused(
            409,
            "report_id",
            "a different report was filed under this report_id; nothing was stored",
        )),
        Outcome::Refused(r) => refusal(r),
        Outcome::Failed(e) => unavailable(e),
    }
}

enum Outcome {
    Filed(Filed, NoticeStatus),
    Refused(Refused),
    Failed(String),
}

/// `GET /api/reports?after=<reference>&limit=<n>`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PageQuery {
    after: Option<String>,
    limit: Option<usize>,
}

/// Reports a page holds when the query names no limit.
const DEFAULT_PAGE: usize = 100;

/// Runs a store call off the async threads; a failed store is the
/// receiver's fault and never the caller's, and a panic in it reaches the
/// guard (`panic_guard`).
async fn blocking<T: Send + 'static>(
    call: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, Response> {
    match tokio::task::spawn_blocking(call)
        .await
        .map_err(crate::panic_guard::raise_panic)
    {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(e)) => Err(unavailable(e)),
        Err(e) => Err(unavailable(e)),
    }
}

async fn list_reports(
    _: Operator,
    State(app): State<Arc<AppState>>,
    query: Result<Query<PageQuery>, QueryRejection>,
) -> Response {
    let Ok(Query(query)) = query else {
        return refusal(refused(
            400,
            "(query)",
            "the query takes after=<reference> and limit=<number> only",
        ));
    };
    let after = match query.after.as_deref() {
        None => 0,
        Some(r) => match row_id(r) {
            Some(id) => id,
            None => {
                return refusal(refused(
                    400,
                    "after",
                    "after takes a reference such as R-000001",
                ))
            }
        },
    };
    let limit = query.limit.unwrap_or(DEFAULT_PAGE);
    match blocking(move || app.store.page(after, limit)).await {
        Ok(page) => json_response(StatusCode::OK, &page),
        Err(response) => response,
    }
}

fn no_such_report() -> Response {
    json_response(
        StatusCode::NOT_FOUND,
        &json!({ "error": "no report has this reference", "field": "reference" }),
    )
}

async fn consent_record(
    _: Operator,
    State(app): State<Arc<AppState>>,
    Path(reference): Path<String>,
) -> Response {
    match blocking(move || app.store.consent_record(&reference)).await {
        Ok(Some(record)) => json_response(StatusCode::OK, &record),
        Ok(None) => no_such_report(),
        Err(response) => response,
    }
}

/// The review system says a review ended: now, or at `closed_at` (RFC 3339,
/// not in the future) when it ended earlier. The report is then deleted
/// once the retention its notice stated has passed.
async fn close_review(
    _: Operator,
    State(app): State<Arc<AppState>>,
    Path(reference): Path<String>,
    body: Bytes,
) -> Response {
    let now = time::OffsetDateTime::now_utc();
    let at = if body.iter().all(u8::is_ascii_whitespace) {
        now
    } else {
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Close {
            closed_at: String,
        }
        let parsed = serde_json::from_slice::<Close>(&body)
            .map_err(|e| e.to_string())
            .and_then(|c| {
                time::OffsetDateTime::parse(
                    &c.closed_at,
                    &time::format_description::well_known::Rfc3339,
                )
                .map_err(|e| e.to_string())
            });
        match parsed {
            Ok(at) if at <= now => at,
            Ok(_) => return refusal(refused(422, "closed_at", "closed_at is in the future")),
            Err(e) => {
                return refusal(refused(
                    400,
                    "closed_at",
                    format!("the body is empty or {{\"closed_at\": \"<RFC 3339>\"}}: {e}"),
                ))
            }
        }
    };
    match blocking(move || app.store.close_review(&reference, at)).await {
        Ok(Some(review)) => json_response(StatusCode::OK, &review),
        Ok(None) => no_such_report(),
        Err(response) => response,
    }
}

async fn audit(_: Operator, State(app): State<Arc<AppState>>) -> Response {
    let approved = app.receiver.approved();
    match blocking(move || app.store.audit()).await {
        Ok(audit) => {
            let today = time::OffsetDateTime::now_utc().date();
            let audit = audit.with_notices(approved.register(), today);
            json_response(StatusCode::OK, &audit)
        }
        Err(response) => response,
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
