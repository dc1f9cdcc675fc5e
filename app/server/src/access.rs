//! Who may read what. Filing a report is open: it comes from the person's
//! own device. Reading reports, consent records and the audit, and closing
//! reviews, needs the operator's bearer token; in demo mode (loopback only)
//! anyone on the machine may read, so the demo page can list what arrived.

use crate::response::json_response;
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::{AUTHORIZATION, WWW_AUTHENTICATE};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use subtle::ConstantTimeEq;

/// The environment variable that may hold the token instead of a file.
pub const TOKEN_ENV: &str = "REPORT_SERVER_TOKEN";
/// Shorter tokens are refused at start: a token is a password nobody types.
pub const MIN_TOKEN_BYTES: usize = 32;

/// How the reading endpoints are opened.
pub enum ReadAccess {
    /// The operator's token, kept as its SHA-256 so every comparison takes
    /// the same time whatever was sent.
    Token([u8; 32]),
    /// No token was given: reading is refused to everyone.
    Closed,
    /// `--demo`: open, on a loopback address only.
    Demo,
}

impl ReadAccess {
    pub fn token(token: &str) -> Result<ReadAccess, String> {
        let token = token.trim();
        if token.len() < MIN_TOKEN_BYTES || !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(format!(
                "the operator token must be at least {MIN_TOKEN_BYTES} visible ASCII characters \
                 (for example: openssl rand -hex 32)"
            ));
        }
        Ok(ReadAccess::Token(Sha256::digest(token.as_bytes()).into()))
    }

    /// From `--token-file`, else from `REPORT_SERVER_TOKEN`, else closed.
    pub fn from_settings(token_file: Option<&Path>) -> Result<ReadAccess, String> {
        if let Some(path) = token_file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read the token file {}: {e}", path.display()))?;
            return ReadAccess::token(&text).map_err(|e| format!("{}: {e}", path.display()));
        }
        match std::env::var(TOKEN_ENV) {
            Ok(token) => ReadAccess::token(&token).map_err(|e| format!("{TOKEN_ENV}: {e}")),
            Err(_) => Ok(ReadAccess::Closed),
        }
    }

    fn check(&self, authorization: Option<&HeaderValue>) -> Result<(), Denied> {
        let expected = match self {
            ReadAccess::Demo => return Ok(()),
            ReadAccess::Closed => return Err(Denied::NoTokenSet),
            ReadAccess::Token(expected) => expected,
        };
        let Some(given) = authorization
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        else {
            return Err(Denied::Missing);
        };
        let given: [u8; 32] = Sha256::digest(given.trim().as_bytes()).into();
        if bool::from(given.ct_eq(expected)) {
            Ok(())
        } else {
            Err(Denied::Wrong)
        }
    }
}

enum Denied {
    Missing,
    Wrong,
    NoTokenSet,
}

/// A handler that takes `Operator` runs only for the operator.
pub struct Operator;

impl FromRequestParts<Arc<AppState>> for Operator {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        app: &Arc<AppState>,
    ) -> Result<Operator, Response> {
        match app.access.check(parts.headers.get(AUTHORIZATION)) {
            Ok(()) => Ok(Operator),
            Err(denied) => {
                let why = match denied {
                    Denied::Missing => "no operator credential",
                    Denied::Wrong => "a wrong operator credential",
                    Denied::NoTokenSet => "no operator token is set on this receiver",
                };
                // Never the header itself: a near-miss token is still a secret.
                let peer = parts
                    .extensions
                    .get::<ConnectInfo<SocketAddr>>()
                    .map(|c| c.0.to_string())
                    .unwrap_or_else(|| "-".into());
                let forwarded = parts
                    .headers
                    .get("x-forwarded-for")
                    .map(|v| {
                        format!(
                            " (forwarded for {:?})",
                            String::from_utf8_lossy(v.as_bytes())
                        )
                    })
                    .unwrap_or_default();
                eprintln!(
                    "report-server: refused {} {} from {peer}{forwarded}: {why}",
                    parts.method,
                    parts.uri.path()
                );
                let mut response = json_response(
                    StatusCode::UNAUTHORIZED,
                    &json!({
                        "error": "reading reports needs the operator's credential: \
                                  Authorization: Bearer <token>"
                    }),
                );
                response.headers_mut().insert(
                    WWW_AUTHENTICATE,
                    HeaderValue::from_static("Bearer realm=\"report-server\""),
                );
                Err(response.into_response())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_token_opens() {
        let token = "t".repeat(40);
        let access = ReadAccess::token(&format!("{token}\n")).unwrap();
        let header = |v: &str| HeaderValue::from_str(v).unwrap();
        assert!(access
            .check(Some(&header(&format!("Bearer {token}"))))
            .is_ok());
        for wrong in [
            format!("Bearer {token}x"),
            format!("bearer {token}"),
            format!("Basic {token}"),
            token.clone(),
            "Bearer ".into(),
        ] {
            assert!(access.check(Some(&header(&wrong))).is_err(), "{wrong}");
        }
        assert!(access.check(None).is_err());
        assert!(ReadAccess::Closed
            .check(Some(&header(&format!("Bearer {token}"))))
            .is_err());
        assert!(ReadAccess::Demo.check(None).is_ok());
    }

    #[test]
    fn short_or_odd_tokens_are_refused_at_start() {
        assert!(ReadAccess::token("short").is_err());
        assert!(ReadAccess::token(&format!("{} {}", "a".repeat(20), "b".repeat(20))).is_err());
        assert!(ReadAccess::token(&"é".repeat(40)).is_err());
    }
}
