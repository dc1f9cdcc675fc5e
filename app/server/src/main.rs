//! report-server: the demo page and the reference receiver.
//! `report-server --help` for the commands.

use report_server::args::{self, Command, ServeArgs};
use report_server::audit::Audit;
use report_server::open_store::{open_store, Purpose};
use report_server::operator::OperatorSettings;
use report_server::{app_state, load, routes};
use std::process::ExitCode;

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
        Command::Audit { data, database } => audit(&data, database.as_deref()),
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
    let state = app_state(store, operator, Some(args.dir.clone()))?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", args.port))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1:{}: {e}", args.port))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    println!("report-disclosure demo: http://127.0.0.1:{port}/");
    axum::serve(listener, routes::router(state))
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| e.to_string())
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

fn audit(data: &std::path::Path, database: Option<&str>) -> Result<(), String> {
    let (store, _) = open_store(data, database, Purpose::Audit)?;
    let rows = store.audit().map_err(|e| e.to_string())?;
    print!("{}", Audit::of(rows).table());
    Ok(())
}
