//! The command line: serve (the default), `audit`, `purge`, `export` and
//! `load`.

use crate::load::LoadArgs;
use report_core::payload_shape::TakenShapes;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

pub const USAGE: &str = "\
usage:
  report-server [--listen 127.0.0.1:8080 | --port 8080] [--dir dist]
                [--data data | --database postgres://...]
                [--operator operator.json] [--token-file token] [--demo]
                [--purge-every 3600] [--register snapshots] [--oldest-payload-shape N]
      Serves the page from --dir and receives reports on --listen (--port P is
      127.0.0.1:P; port 0: the OS picks one); keeps them in SQLite under --data,
      or in the PostgreSQL database --database names (shared by several
      receivers). Reading reports needs the operator token (--token-file, or the
      REPORT_SERVER_TOKEN environment variable; 32 characters at least), sent
      as Authorization: Bearer <token>. --demo opens reading to anyone, for the
      demo page, and is refused on an address other than loopback. Every
      --purge-every seconds, reports past their retention are deleted.
      --register DIR verifies against the register of approved notices in DIR
      (approved-notices.snap and notices/, as in a release's snapshots/),
      read again within a second of a change; without it, the register
      compiled in. Payloads of the current shape and the one before it are
      taken; --oldest-payload-shape N (up to the current shape) retires the
      older ones once a rollout is over: they are answered 410, which the
      client shows as final.
  report-server audit [--data data | --database postgres://...] [--register DIR]
      Prints the reports per notice, client, host app, platform and locale,
      verified, not and purged, from the database; no server needed. Give the
      --register the receivers read, or notices released after this binary
      was built count as unknown.
  report-server purge [--data data] [--dry-run]
      Deletes the reports past the retention their notice stated (review
      closed more than that many days ago) and prints what went, as JSON.
  report-server export [--data data] [--out reports.jsonl]
      Writes every report with its consent record as JSON Lines (to stdout
      without --out), a page at a time.
  report-server load [--url http://127.0.0.1:8080] [--clients 200] [--reports 4000] [--retry-every 10]
                     [--database postgres://... [--receivers 1] | --notices 1000]
      Sends valid reports from many clients at once and prints JSON figures.
      Without --url it starts a receiver of its own on a temporary directory,
      or --receivers of its own on the PostgreSQL database --database. With
      --notices N its receiver reads a register of N notice versions (years of
      releases, each worded otherwise), and verification against it is timed.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServeArgs {
    pub listen: SocketAddr,
    pub dir: PathBuf,
    pub data: PathBuf,
    pub operator: Option<PathBuf>,
    pub token_file: Option<PathBuf>,
    pub demo: bool,
    pub purge_every: Duration,
    /// A PostgreSQL URL; `None` keeps the reports in SQLite under `data`.
    pub database: Option<String>,
    /// The register folder; `None` verifies against the compiled-in one.
    pub register: Option<PathBuf>,
    pub taken_shapes: TakenShapes,
}

impl ServeArgs {
    /// Demo mode opens reading to anyone who can reach the address: only a
    /// loopback address keeps that to this machine.
    pub fn check(&self) -> Result<(), String> {
        if self.demo && !self.listen.ip().is_loopback() {
            return Err(format!(
                "--demo lets anyone read every report; it is refused on {} \
                 (listen on 127.0.0.1, or drop --demo and set an operator token)",
                self.listen
            ));
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Serve(ServeArgs),
    Audit {
        data: PathBuf,
        database: Option<String>,
        /// The register folder the receivers read (`--register`); `None`:
        /// the compiled-in register.
        register: Option<PathBuf>,
    },
    Purge {
        data: PathBuf,
        database: Option<String>,
        dry_run: bool,
    },
    Export {
        data: PathBuf,
        database: Option<String>,
        out: Option<PathBuf>,
    },
    Load(LoadArgs),
    Help,
}

/// Purges once an hour unless told otherwise.
pub const DEFAULT_PURGE_EVERY: Duration = Duration::from_secs(3600);

pub const DEFAULT_DATA: &str = "data";

fn number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} takes a number, not {value:?}"))
}

fn unknown(flag: &str, sub: Option<&str>) -> String {
    format!(
        "unknown option {flag}{}",
        sub.map(|s| format!(" for {s}")).unwrap_or_default()
    )
}

/// Parses the arguments after the program name; `Err` holds what is wrong.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut args = args.into_iter().peekable();
    let sub = match args.peek().map(String::as_str) {
        Some("audit") | Some("purge") | Some("export") | Some("load") => args.next(),
        Some("-h") | Some("--help") | Some("help") => return Ok(Command::Help),
        _ => None,
    };
    let mut serve = ServeArgs {
        listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 8080)),
        dir: PathBuf::from("dist"),
        data: PathBuf::from(DEFAULT_DATA),
        operator: None,
        token_file: None,
        demo: false,
        purge_every: DEFAULT_PURGE_EVERY,
        database: None,
        register: None,
        taken_shapes: TakenShapes::DURING_ROLLOUT,
    };
    let mut data_given = false;
    let mut load = LoadArgs::default();
    let mut dry_run = false;
    let mut out = None;
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            return Ok(Command::Help);
        }
        match (sub.as_deref(), flag.as_str()) {
            (None, "--demo") => {
                serve.demo = true;
                continue;
            }
            (Some("purge"), "--dry-run") => {
                dry_run = true;
                continue;
            }
            (sub, "--demo" | "--dry-run") => return Err(unknown(&flag, sub)),
            _ => {}
        }
        let Some(value) = args.next() else {
            return Err(format!("{flag} needs a value"));
        };
        match (sub.as_deref(), flag.as_str()) {
            (None | Some("audit") | Some("purge") | Some("export"), "--data") => {
                serve.data = PathBuf::from(value);
                data_given = true;
            }
            (None | Some("audit") | Some("purge") | Some("export"), "--database") => {
                serve.database = Some(value)
            }
            (None | Some("audit"), "--register") => serve.register = Some(PathBuf::from(value)),
            (None, "--oldest-payload-shape") => {
                serve.taken_shapes = TakenShapes::from_oldest(number(&flag, &value)?)
                    .map_err(|e| format!("--oldest-payload-shape: {e}"))?
            }
            (None, "--port") => {
                serve.listen = SocketAddr::from((Ipv4Addr::LOCALHOST, number(&flag, &value)?))
            }
            (None, "--listen") => {
                serve.listen = value.parse().map_err(|_| {
                    format!(
                        "--listen takes an address and port such as 0.0.0.0:8080, not {value:?}"
                    )
                })?
            }
            (None, "--dir") => serve.dir = PathBuf::from(value),
            (None, "--operator") => serve.operator = Some(PathBuf::from(value)),
            (None, "--token-file") => serve.token_file = Some(PathBuf::from(value)),
            (None, "--purge-every") => {
                let seconds: u64 = number(&flag, &value)?;
                if seconds == 0 {
                    return Err("--purge-every takes a number of seconds above 0".into());
                }
                serve.purge_every = Duration::from_secs(seconds)
            }
            (Some("export"), "--out") => out = Some(PathBuf::from(value)),
            (Some("load"), "--url") => load.url = Some(value),
            (Some("load"), "--clients") => load.clients = number(&flag, &value)?,
            (Some("load"), "--reports") => load.reports = number(&flag, &value)?,
            (Some("load"), "--retry-every") => load.retry_every = number(&flag, &value)?,
            (Some("load"), "--database") => load.database = Some(value),
            (Some("load"), "--receivers") => load.receivers = number(&flag, &value)?,
            (Some("load"), "--notices") => load.notices = number(&flag, &value)?,
            (sub, _) => return Err(unknown(&flag, sub)),
        }
    }
    if data_given && serve.database.is_some() {
        return Err(
            "--database and --data cannot be used together: the reports are kept \
                    either in PostgreSQL (--database) or in SQLite under --data"
                .into(),
        );
    }
    Ok(match sub.as_deref() {
        Some("audit") => Command::Audit {
            data: serve.data,
            database: serve.database,
            register: serve.register,
        },
        Some("purge") => Command::Purge {
            data: serve.data,
            database: serve.database,
            dry_run,
        },
        Some("export") => Command::Export {
            data: serve.data,
            database: serve.database,
            out,
        },
        Some("load") => Command::Load(load),
        _ => {
            serve.check()?;
            Command::Serve(serve)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(line: &str) -> Result<Command, String> {
        parse(line.split_whitespace().map(str::to_string))
    }

    #[test]
    fn defaults_and_each_command() {
        let defaults = ServeArgs {
            listen: "127.0.0.1:8080".parse().unwrap(),
            dir: "dist".into(),
            data: "data".into(),
            operator: None,
            token_file: None,
            demo: false,
            purge_every: DEFAULT_PURGE_EVERY,
            database: None,
            register: None,
            taken_shapes: TakenShapes::DURING_ROLLOUT,
        };
        assert_eq!(parse_str("").unwrap(), Command::Serve(defaults.clone()));
        assert_eq!(
            parse_str("--port 0 --dir d --data x --operator o.json --demo").unwrap(),
            Command::Serve(ServeArgs {
                listen: "127.0.0.1:0".parse().unwrap(),
                dir: "d".into(),
                data: "x".into(),
                operator: Some("o.json".into()),
                demo: true,
                ..defaults.clone()
            })
        );
        assert_eq!(
            parse_str("--listen [::]:443 --token-file t --purge-every 60 --register r").unwrap(),
            Command::Serve(ServeArgs {
                listen: "[::]:443".parse().unwrap(),
                register: Some("r".into()),
                token_file: Some("t".into()),
                purge_every: Duration::from_secs(60),
                ..defaults.clone()
            })
        );
        let current = report_core::payload_shape::PAYLOAD_SHAPE;
        assert_eq!(
            parse_str(&format!("--oldest-payload-shape {current}")).unwrap(),
            Command::Serve(ServeArgs {
                taken_shapes: TakenShapes::from_oldest(current).unwrap(),
                ..defaults
            })
        );
        for wrong in ["0".to_string(), (current + 1).to_string(), "x".to_string()] {
            let e = parse_str(&format!("--oldest-payload-shape {wrong}")).unwrap_err();
            assert!(e.contains("--oldest-payload-shape"), "{e}");
        }
        assert_eq!(
            parse_str("purge --data x --dry-run").unwrap(),
            Command::Purge {
                data: "x".into(),
                database: None,
                dry_run: true
            }
        );
        assert_eq!(
            parse_str("export --out r.jsonl").unwrap(),
            Command::Export {
                data: "data".into(),
                database: None,
                out: Some("r.jsonl".into())
            }
        );
        assert_eq!(
            parse_str("audit --data x").unwrap(),
            Command::Audit {
                data: "x".into(),
                database: None,
                register: None
            }
        );
        assert_eq!(
            parse_str("audit").unwrap(),
            Command::Audit {
                data: "data".into(),
                database: None,
                register: None
            }
        );
        assert_eq!(
            parse_str("load --url http://h:1 --clients 3 --reports 9 --retry-every 0").unwrap(),
            Command::Load(LoadArgs {
                url: Some("http://h:1".into()),
                clients: 3,
                reports: 9,
                retry_every: 0,
                ..LoadArgs::default()
            })
        );
        assert_eq!(parse_str("--help").unwrap(), Command::Help);
    }

    #[test]
    fn mistakes_are_named() {
        assert_eq!(parse_str("--port").unwrap_err(), "--port needs a value");
        assert!(parse_str("--port eighty").unwrap_err().contains("number"));
        assert!(parse_str("--port 70000").is_err());
        assert_eq!(
            parse_str("audit --port 1").unwrap_err(),
            "unknown option --port for audit"
        );
        assert_eq!(
            parse_str("--clients 3").unwrap_err(),
            "unknown option --clients"
        );
        assert!(parse_str("serve").is_err());
        assert!(parse_str("--listen 8080")
            .unwrap_err()
            .contains("--listen takes"));
        assert!(parse_str("--purge-every 0").is_err());
        // Demo mode reads every report to anyone who can reach it.
        let err = parse_str("--listen 0.0.0.0:8080 --demo").unwrap_err();
        assert!(err.contains("refused on 0.0.0.0:8080"), "{err}");
        assert!(parse_str("--listen [::1]:8080 --demo").is_ok());
        assert_eq!(
            parse_str("--dry-run").unwrap_err(),
            "unknown option --dry-run"
        );
        assert_eq!(
            parse_str("audit --demo").unwrap_err(),
            "unknown option --demo for audit"
        );
    }

    #[test]
    fn a_database_url_is_taken_instead_of_a_data_directory() {
        let url = "postgres://u:pw@db:5432/reports";
        let Command::Serve(serve) = parse_str(&format!("--database {url}")).unwrap() else {
            panic!()
        };
        assert_eq!(serve.database.as_deref(), Some(url));
        assert_eq!(
            parse_str(&format!("audit --database {url}")).unwrap(),
            Command::Audit {
                data: "data".into(),
                database: Some(url.into()),
                register: None
            }
        );
        for line in [
            format!("--data d --database {url}"),
            format!("audit --database {url} --data d"),
        ] {
            let err = parse_str(&line).unwrap_err();
            assert!(
                err.contains("--database") && err.contains("--data"),
                "{err}"
            );
            assert!(!err.contains("pw"), "{err}");
        }
        let Command::Load(load) =
            parse_str(&format!("load --database {url} --receivers 2")).unwrap()
        else {
            panic!()
        };
        assert_eq!((load.database.as_deref(), load.receivers), (Some(url), 2));
    }
}
