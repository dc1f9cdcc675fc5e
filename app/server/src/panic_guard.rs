//! What the receiver answers when handling a request panics: a bug of the
//! receiver, not a refusal of the report, so 500, and the process goes on
//! serving every other request (the release profile unwinds, Cargo.toml).

use crate::response::json_response;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::json;
use std::any::Any;
use tokio::task::JoinError;
use tower_http::catch_panic::CatchPanicLayer;

type Answer = fn(Box<dyn Any + Send + 'static>) -> Response;

/// The one guard, around every route of `routes::router`.
pub fn layer() -> CatchPanicLayer<Answer> {
    CatchPanicLayer::custom(answer as Answer)
}

fn answer(panic: Box<dyn Any + Send + 'static>) -> Response {
    // The panic hook has printed where it happened; this says what the
    // sender was told, so the log ties the two together.
    let what = panic
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(no message)");
    eprintln!("report-server: a request panicked ({what}); answered 500");
    // Nothing of the panic goes out: it may quote the report or the code.
    // Resending is safe: a report filed before the panic is answered with
    // its reference, under the same Idempotency-Key.
    json_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        &json!({ "error": "the receiver failed on this request; send the report again with the same Idempotency-Key" }),
    )
}

/// A panic on a `spawn_blocking` thread (the store, or the checks that run
/// there) comes back as a `JoinError`; raised again in the handler, the
/// guard answers it as it answers any other, instead of "store unavailable",
/// which would tell the sender the fault is passing. A cancelled task stays
/// an error for the handler to answer.
pub fn raise_panic(e: JoinError) -> JoinError {
    match e.try_into_panic() {
        Ok(panic) => std::panic::resume_unwind(panic),
        Err(e) => e,
    }
}
