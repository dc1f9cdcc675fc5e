//! report-server: the demo page and the reference receiver.
//! `report-server --help` for the commands.

use report_server::access::ReadAccess;
use report_server::args::{self, Command, ServeArgs};
use report_server::open_store::{open_store, Purpose};
use report_server::operator::OperatorSettings;
use report_server::receive::Receiver;
use report_server::store::ReportStore;
use report_server::{app_state_with, load, routes};
use std::process::ExitCode;
use std::sync::Arc;

/// How often a receiver started with --register looks at its register file.
const REGISTER_CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

fn main() -> ExitCode {
    let command = match args::parse(std::env::args().skip(1)) {
        Ok(command) => command,
        Err(problem) => {
            eprintln!("report-server: {problem}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let outcome = match command {
        Command::Help => {
            println!("{}", args::USAGE);
            Ok(())
        }
        Command::Serve(serve_args) => runtime().and_then(|rt| rt.block_on(serve(serve_args))),
        Command::Audit {
            data,
            database,
            register,
        } => audit(&data, database.as_deref(), register.as_deref()),
        Command::Purge {
            data,
            database,
            dry_run,
        } => purge(&data, database.as_deref(), dry_run),
        Command::Export {
            data,
            database,
            out,
        } => export(&data, database.as_deref(), out.as_deref()),
        Command::Load(load_args) => runtime().and_then(|rt| {
            let result = rt.block_on(load::run(&load_args))?;
            println!(
                "{}",
                serde_json::to_string(&result).map_err(|e| e.to_string())?
            );
            Ok(())
        }),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => {
            eprintln!("report-server: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> Result<tokio::runtime::Runtime, String> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))
}

async fn serve(args: ServeArgs) -> Result<(), String> {
    if !args.dir.join("index.html").is_file() {
        return Err(format!(
            "{}: no index.html; build the page first",
            args.dir.display()
        ));
    }
    let operator = match &args.operator {
        Some(path) => OperatorSettings::read(path)?,
        None => OperatorSettings::example(),
    };
    // The lock is held until the process ends.
    let (store, _lock) = open_store(&args.data, args.database.as_deref(), Purpose::Serve)?;
    let access = if args.demo {
        eprintln!(
            "report-server: demo mode: anyone who reaches {} may read every report",
            args.listen
        );
        ReadAccess::Demo
    } else {
        let access = ReadAccess::from_settings(args.token_file.as_deref())?;
        if matches!(access, ReadAccess::Closed) {
            eprintln!(
                "report-server: no operator token (--token-file or {}): reading reports is refused to everyone",
                report_server::access::TOKEN_ENV
            );
        }
        access
    };
    let receiver = match &args.register {
        None => Receiver::new(report_server::receive::approved()?, operator)?,
        Some(dir) => Receiver::from_register_dir(dir, operator, REGISTER_CHECK_EVERY)?,
    };
    let state = app_state_with(
        receiver.taking(args.taken_shapes),
        store.clone(),
        Some(args.dir.clone()),
        access,
    )?;
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    tokio::spawn(purge_every(store, args.purge_every));
    // The first line says where to connect: tests and the demo read it.
    println!("report-disclosure demo: http://{address}/");
    axum::serve(
        listener,
        routes::router(state).into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await
    .map_err(|e| e.to_string())
}

/// Deletes what is past its retention, now and then every `period`. A
/// failed purge is logged and tried again at the next one: nothing it
/// would delete is lost by waiting.
async fn purge_every(store: Arc<dyn ReportStore>, period: std::time::Duration) {
    let mut ticks = tokio::time::interval(period);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let store = store.clone();
        let now = time::OffsetDateTime::now_utc();
        match tokio::task::spawn_blocking(move || store.purge(now, false)).await {
            Ok(Ok(purged)) if purged.reports > 0 => eprintln!(
                "report-server: purged {} reports past their retention (first: {})",
                purged.reports,
                purged.references.join(" ")
            ),
            Ok(Ok(_)) => {}
            Ok(Err(e)) => eprintln!("report-server: the purge failed, tried again later: {e}"),
            Err(e) => eprintln!("report-server: the purge failed, tried again later: {e}"),
        }
    }
}

fn purge(data: &std::path::Path, database: Option<&str>, dry_run: bool) -> Result<(), String> {
    let (store, _) = open_store(data, database, Purpose::Command)?;
    let purged = store
        .purge(time::OffsetDateTime::now_utc(), dry_run)
        .map_err(|e| e.to_string())?;
    println!(
        "{}",
        serde_json::json!({ "dry_run": dry_run, "reports": purged.reports, "references": purged.references })
    );
    Ok(())
}

fn export(
    data: &std::path::Path,
    database: Option<&str>,
    out: Option<&std::path::Path>,
) -> Result<(), String> {
    let (store, _) = open_store(data, database, Purpose::Command)?;
    let written = match out {
        Some(path) => {
            let file = std::fs::File::create(path)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            report_server::export::write_jsonl(&*store, &mut std::io::BufWriter::new(file))?
        }
        None => report_server::export::write_jsonl(&*store, &mut std::io::stdout().lock())?,
    };
    eprintln!("report-server: exported {written} reports");
    Ok(())
}

/// Ctrl-C or SIGTERM: stop accepting, let reports being filed finish.
async fn shutdown() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = interrupt => {}
        _ = terminate => {}
    }
}

fn audit(
    data: &std::path::Path,
    database: Option<&str>,
    register: Option<&std::path::Path>,
) -> Result<(), String> {
    let (store, _) = open_store(data, database, Purpose::Command)?;
    let audit = store.audit().map_err(|e| e.to_string())?;
    let approved = match register {
        Some(dir) => report_server::receive::RegisterDir(dir.to_path_buf()).load()?,
        None => report_server::receive::approved()?,
    };
    let today = time::OffsetDateTime::now_utc().date();
    print!("{}", audit.with_notices(approved.register(), today).table());
    Ok(())
}
