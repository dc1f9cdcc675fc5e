//! `report-server load`: many clients sending valid reports at once, some
//! sent twice as a retrying client would, then a check that every reference
//! given out is stored and no report is stored twice.

use crate::client::{
    spawn_receiver, spawn_receiver_on_database, spawn_receiver_with, stub_page, Client, Spawned,
};
use crate::load_reports::templates;
use axum::body::Bytes;
use report_core::{ReportPayload, Wording};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadArgs {
    /// A running receiver; without it one is started on a temporary data
    /// directory and stopped afterwards.
    pub url: Option<String>,
    pub clients: usize,
    pub reports: usize,
    /// Every n-th report is sent a second time once filed (0: none).
    pub retry_every: usize,
    /// Without `url`: the PostgreSQL database the receivers of the tool's
    /// own keep the reports in (else SQLite on a temporary directory).
    pub database: Option<String>,
    /// Without `url`, with `database`: how many receivers to start on it.
    /// Clients take turns among them, and a retry goes to another one.
    pub receivers: usize,
    /// Without `url` and `database`: the receiver reads a register of this
    /// many notice versions (`synthetic_register`) from a folder, and the
    /// tool times verification against it (0: the compiled-in register).
    pub notices: usize,
}

impl Default for LoadArgs {
    fn default() -> LoadArgs {
        LoadArgs {
            url: None,
            clients: 200,
            reports: 4000,
            retry_every: 10,
            database: None,
            receivers: 1,
            notices: 0,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct LoadResult {
    /// "sqlite" or "postgres": where the receivers kept the reports
    /// (`None` for a receiver given by `--url`).
    pub store: Option<&'static str>,
    pub receivers: usize,
    pub clients: usize,
    /// Distinct reports sent.
    pub reports: usize,
    pub seconds: f64,
    /// Distinct reports filed per second.
    pub reports_per_second: f64,
    /// Latency of first sends.
    pub p50_ms: f64,
    pub p99_ms: f64,
    /// References given out that `GET /api/reports` does not list (a
    /// receiver given by --url is read with the token in REPORT_SERVER_TOKEN).
    pub lost: usize,
    /// Extra rows of report ids listed more than once.
    pub duplicated: usize,
    /// Second sends; each must return the first reference, as a duplicate.
    pub retried: usize,
    /// Sends that got no reference (transport error or a status other than
    /// 201, or 200 for a retry), or a retry that got another reference.
    pub errors: usize,
    /// Filed reports the receiver could not verify (the load sends approved
    /// notices only, so this should be 0).
    pub unverified: usize,
    /// With `--notices`: the register's size and verification against it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub register: Option<RegisterFigures>,
}

/// Verification against a register with a long history, timed in this
/// process on the same register folder the receiver reads.
#[derive(Clone, Debug, Serialize)]
pub struct RegisterFigures {
    pub notices: usize,
    /// Reading and checking the folder (every wording parsed).
    pub load_ms: f64,
    /// Median time to verify one report (re-rendering its disclosure and
    /// hashing it) of a current notice, and of the oldest superseded one.
    pub verify_current_us: f64,
    pub verify_oldest_us: f64,
    /// The same current reports against the register compiled in (today's
    /// notices and their history as committed): what the size costs.
    pub verify_compiled_in_us: f64,
}

fn median_us(mut times: Vec<Duration>) -> f64 {
    times.sort();
    let us = times
        .get(times.len() / 2)
        .map(|d| d.as_secs_f64() * 1e6)
        .unwrap_or_default();
    (us * 10.0).round() / 10.0
}

/// Times `Approved::verify` on the load's reports (current notices) and on
/// reports of the oldest release's notices, against the folder `dir`.
fn time_verification(dir: &std::path::Path, notices: usize) -> Result<RegisterFigures, String> {
    let started = Instant::now();
    let approved = crate::receive::RegisterDir(dir.to_path_buf()).load()?;
    let load_ms = started.elapsed().as_secs_f64() * 1000.0;
    let oldest = Wording::from_locale_text(
        report_core::wording::REFERENCE_LOCALE,
        "release-0.ftl",
        crate::synthetic_register::earlier_wording(0)?,
    )
    .map_err(|e| e.to_string())?;
    let old_reports = crate::load_reports::reports_in(&oldest).map_err(|e| e.to_string())?;
    let compiled_in = crate::receive::approved()?;
    let time = |approved: &report_core::verify::Approved,
                reports: &[ReportPayload]|
     -> Result<f64, String> {
        let mut times = vec![];
        for _ in 0..5 {
            for p in reports {
                let t = Instant::now();
                let verdict = approved.verify(p);
                times.push(t.elapsed());
                verdict.map_err(|e| format!("{}: {}", p.notice_version, e.code()))?;
            }
        }
        Ok(median_us(times))
    };
    let current = templates();
    Ok(RegisterFigures {
        notices,
        load_ms: (load_ms * 10.0).round() / 10.0,
        verify_current_us: time(&approved, &current)?,
        verify_oldest_us: time(&approved, &old_reports)?,
        verify_compiled_in_us: time(&compiled_in, &current)?,
    })
}

#[derive(Default)]
struct Tally {
    references: HashMap<String, String>,
    latencies: Vec<Duration>,
    retried: usize,
    errors: usize,
    unverified: usize,
}

pub async fn run(args: &LoadArgs) -> Result<LoadResult, String> {
    if args.receivers > 1 && (args.database.is_none() || args.url.is_some()) {
        return Err(
            "--receivers takes receivers of the tool's own on --database (no --url)".into(),
        );
    }
    if args.notices > 0 && (args.database.is_some() || args.url.is_some()) {
        return Err(
            "--notices is for the tool's own SQLite receiver (no --url, no --database)".into(),
        );
    }
    let mut register = None;
    let mut own: Option<(Vec<Spawned>, tempfile::TempDir)> = None;
    let (bases, store) = match &args.url {
        Some(url) => (vec![url.clone()], None),
        None => {
            let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
            let page = tmp.path().join("dist");
            stub_page(&page).map_err(|e| e.to_string())?;
            let exe = std::env::current_exe().map_err(|e| e.to_string())?;
            let (spawned, store) = match &args.database {
                Some(url) => (
                    (0..args.receivers.max(1))
                        .map(|_| spawn_receiver_on_database(&exe, &page, url))
                        .collect::<Result<Vec<_>, _>>()?,
                    "postgres",
                ),
                None if args.notices > 0 => {
                    let dir = tmp.path().join("register");
                    let notices = crate::synthetic_register::write(&dir, args.notices)?;
                    register = Some(time_verification(&dir, notices)?);
                    let dir = dir.to_str().ok_or("the temporary directory is not UTF-8")?;
                    (
                        vec![spawn_receiver_with(
                            &exe,
                            &page,
                            &tmp.path().join("data"),
                            &["--demo", "--register", dir],
                        )?],
                        "sqlite",
                    )
                }
                None => (
                    vec![spawn_receiver(&exe, &page, &tmp.path().join("data"))?],
                    "sqlite",
                ),
            };
            let bases = spawned.iter().map(Spawned::base).collect();
            own = Some((spawned, tmp));
            (bases, Some(store))
        }
    };
    // A receiver given by --url is read with the token in REPORT_SERVER_TOKEN.
    let token = std::env::var(crate::access::TOKEN_ENV)
        .ok()
        .filter(|_| args.url.is_some());
    let clients: Arc<Vec<Client>> = Arc::new(
        bases
            .iter()
            .map(|b| match &token {
                Some(t) => Client::new(b).with_token(t),
                None => Client::new(b),
            })
            .collect(),
    );
    let client = clients[0].clone();
    let templates = Arc::new(templates());
    // Unique across runs against one receiver, so no id meets an old one.
    let run_id = format!(
        "load-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or_default()
    );
    let next = Arc::new(AtomicUsize::new(0));
    let tally = Arc::new(Mutex::new(Tally::default()));
    let started = Instant::now();
    let mut tasks = vec![];
    for _ in 0..args.clients.max(1) {
        let (clients, templates, next, tally, run_id) = (
            clients.clone(),
            templates.clone(),
            next.clone(),
            tally.clone(),
            run_id.clone(),
        );
        let (reports, retry_every) = (args.reports, args.retry_every);
        tasks.push(tokio::spawn(async move {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= reports {
                    break;
                }
                let mut payload = templates[i % templates.len()].clone();
                payload.report_id = format!("{run_id}-{i}");
                let body = Bytes::from(payload.to_json());
                // With several receivers, the retry goes to another one, as
                // behind a load balancer.
                let client = &clients[i % clients.len()];
                let again_to = &clients[(i + 1) % clients.len()];
                let sent = Instant::now();
                let first = client.post_report(&payload.report_id, body.clone()).await;
                let latency = sent.elapsed();
                let reference = match &first {
                    Ok(a) if a.status == 201 => a.json["reference"].as_str().map(str::to_string),
                    _ => None,
                };
                let unverified = matches!(&first, Ok(a) if a.json["verified"] == false);
                let retry = match &reference {
                    Some(_) if retry_every > 0 && i % retry_every == 0 => {
                        Some(again_to.post_report(&payload.report_id, body).await)
                    }
                    _ => None,
                };
                let mut t = tally.lock().unwrap_or_else(|e| e.into_inner());
                t.latencies.push(latency);
                t.unverified += usize::from(unverified);
                match &reference {
                    Some(r) => {
                        t.references.insert(payload.report_id.clone(), r.clone());
                    }
                    None => t.errors += 1,
                }
                if let Some(again) = retry {
                    t.retried += 1;
                    let same = matches!(&again, Ok(a) if a.status == 200
                        && a.json["duplicate"] == true
                        && a.json["reference"].as_str() == reference.as_deref());
                    t.errors += usize::from(!same);
                }
            }
        }));
    }
    for task in tasks {
        task.await.map_err(|e| e.to_string())?;
    }
    let seconds = started.elapsed().as_secs_f64();
    let listed = client.all_reports().await?;
    let mut stored: HashMap<String, Vec<String>> = HashMap::new();
    for row in &listed {
        if let (Some(id), Some(reference)) = (row["report_id"].as_str(), row["reference"].as_str())
        {
            stored
                .entry(id.to_string())
                .or_default()
                .push(reference.to_string());
        }
    }
    drop(own);
    let t = Arc::try_unwrap(tally)
        .map_err(|_| "clients still running".to_string())?
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    let lost = t
        .references
        .iter()
        .filter(|(id, reference)| !stored.get(*id).is_some_and(|s| s.contains(reference)))
        .count();
    let duplicated = stored.values().map(|s| s.len() - 1).sum();
    let mut latencies = t.latencies;
    latencies.sort();
    let percentile = |p: usize| {
        latencies
            .get((latencies.len() * p / 100).min(latencies.len().saturating_sub(1)))
            .map(|d| d.as_secs_f64() * 1000.0)
            .unwrap_or_default()
    };
    let round = |x: f64| (x * 10.0).round() / 10.0;
    Ok(LoadResult {
        store,
        receivers: bases.len(),
        clients: args.clients,
        reports: args.reports,
        seconds: (seconds * 1000.0).round() / 1000.0,
        reports_per_second: round(t.references.len() as f64 / seconds),
        p50_ms: round(percentile(50)),
        p99_ms: round(percentile(99)),
        lost,
        duplicated,
        retried: t.retried,
        errors: t.errors,
        unverified: t.unverified,
        register,
    })
}
