//! Shared by the receiver's tests: a router over a fresh SQLite store, and
//! reports built exactly as the browser client builds them.
#![allow(dead_code)]

pub mod postgres_cluster;
pub mod store_contract;

use axum::body::Body;
use axum::http::{HeaderMap, Request};
use axum::Router;
use http_body_util::BodyExt;
use report_core::payload_shape::TakenShapes;
use report_core::{Platform, ReportPayload, Wording};
use report_fixtures::sample_report::case_report;
use report_fixtures::scenario;
use report_server::access::ReadAccess;
use report_server::operator::OperatorSettings;
use report_server::receive::{approved, Receiver};
use report_server::routes::router;
use report_server::sqlite::SqliteStore;
use report_server::store::{ReportStore, StoredReport};
use std::sync::Arc;
use tower::ServiceExt;

pub struct TestApp {
    pub router: Router,
    pub store: Arc<SqliteStore>,
    pub dir: tempfile::TempDir,
}

/// The operator token of the test receivers.
pub const TOKEN: &str = "test-operator-token-0123456789abcdef";

pub fn app() -> TestApp {
    app_taking(TakenShapes::DURING_ROLLOUT)
}

/// `app()`, taking the payload shapes `shapes` names.
pub fn app_taking(shapes: TakenShapes) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("dist");
    report_server::client::stub_page(&page).unwrap();
    std::fs::write(page.join("report.ftl"), "hello = Hello\n").unwrap();
    std::fs::write(page.join("app.wasm"), b"\0asm").unwrap();
    let store = Arc::new(SqliteStore::open(&dir.path().join("data")).unwrap());
    let receiver = Receiver::new(approved().unwrap(), OperatorSettings::example())
        .unwrap()
        .taking(shapes);
    let state = report_server::app_state_with(
        receiver,
        store.clone(),
        Some(page),
        ReadAccess::token(TOKEN).unwrap(),
    )
    .unwrap();
    TestApp {
        router: router(state),
        store,
        dir,
    }
}

impl TestApp {
    pub fn stored(&self) -> Vec<StoredReport> {
        self.store.all().unwrap()
    }

    pub async fn request(&self, request: Request<Body>) -> (u16, serde_json::Value, HeaderMap) {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap_or_else(|_| {
            serde_json::Value::String(String::from_utf8_lossy(&bytes).into_owned())
        });
        (status, json, headers)
    }

    /// POSTs `body` with the given Content-Type and Idempotency-Key headers.
    pub async fn post_with(
        &self,
        content_type: Option<&str>,
        key: Option<&str>,
        body: impl Into<Vec<u8>>,
    ) -> (u16, serde_json::Value) {
        let mut request = Request::post("/api/reports");
        if let Some(ct) = content_type {
            request = request.header("Content-Type", ct);
        }
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let (status, json, _) = self
            .request(request.body(Body::from(body.into())).unwrap())
            .await;
        (status, json)
    }

    /// POSTs a report as the browser client does.
    pub async fn post(&self, report: &ReportPayload) -> (u16, serde_json::Value) {
        self.post_with(
            Some("application/json"),
            Some(&report.report_id),
            report.to_json(),
        )
        .await
    }

    /// GETs `path` as the operator.
    pub async fn get(&self, path: &str) -> (u16, serde_json::Value, HeaderMap) {
        let request = Request::get(path).header("Authorization", format!("Bearer {TOKEN}"));
        self.request(request.body(Body::empty()).unwrap()).await
    }
}

pub fn report(
    locale: &str,
    platform: Platform,
    scenario_id: &str,
    report_id: &str,
) -> ReportPayload {
    let wording = Wording::shipped(locale).unwrap();
    case_report(
        &wording,
        platform,
        scenario(scenario_id).unwrap(),
        report_id,
    )
    .unwrap()
}

/// A client showing a draft of the English wording: its notice_version is
/// not in the register.
pub fn draft_report(report_id: &str) -> ReportPayload {
    let draft = report_fixtures::sample_report::draft_wording();
    assert_ne!(
        draft.sources_digest(),
        Wording::shipped("en").unwrap().sources_digest()
    );
    case_report(
        &draft,
        Platform::Android,
        scenario("full-window").unwrap(),
        report_id,
    )
    .unwrap()
}

/// `n` distinct reports, ids `<prefix>-<i>`, cycling through every platform
/// and scenario in Japanese: the bursts the kill tests send.
pub fn burst(prefix: &str, n: usize) -> Vec<(String, axum::body::Bytes)> {
    let templates: Vec<_> = Platform::ALL
        .into_iter()
        .flat_map(|p| {
            report_fixtures::SCENARIOS
                .iter()
                .map(move |s| report("ja", p, s.id, "t"))
        })
        .collect();
    (0..n)
        .map(|i| {
            let mut p = templates[i % templates.len()].clone();
            p.report_id = format!("{prefix}-{i}");
            (p.report_id.clone(), axum::body::Bytes::from(p.to_json()))
        })
        .collect()
}
