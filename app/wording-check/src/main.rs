use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: wording-check [LOCALES_DIR]   (default: locales)";

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let dir = args
        .next()
        .map_or_else(|| PathBuf::from("locales"), PathBuf::from);
    if args.next().is_some() || dir.to_str().is_some_and(|arg| arg.starts_with('-')) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let outcome = wording_check::check(&dir);
    println!("{outcome}");
    if outcome.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
