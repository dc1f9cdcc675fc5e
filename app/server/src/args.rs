//! The command line: serve (the default), `audit` and `load`.

use crate::load::LoadArgs;
use std::path::PathBuf;

pub const USAGE: &str = "\
usage:
  report-server [--port 8080] [--dir dist] [--data data | --database postgres://...] [--operator operator.json]
      Serves the demo page from --dir and receives reports on 127.0.0.1:<port>
      (--port 0: the OS picks one); keeps them in SQLite under --data, or in
      the PostgreSQL database --database names (shared by several receivers).
  report-server audit [--data data | --database postgres://...]
      Prints the reports per notice, client, host app, platform and locale,
      verified and not, from the database; no server needed.
  report-server load [--url http://127.0.0.1:8080] [--clients 200] [--reports 4000] [--retry-every 10]
                     [--database postgres://... [--receivers 1]]
      Sends valid reports from many clients at once and prints JSON figures.
      Without --url it starts a receiver of its own on a temporary directory,
      or --receivers of its own on the PostgreSQL database --database.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServeArgs {
    pub port: u16,
    pub dir: PathBuf,
    pub data: PathBuf,
    pub operator: Option<PathBuf>,
    /// A PostgreSQL URL; `None` keeps the reports in SQLite under `data`.
    pub database: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Serve(ServeArgs),
    Audit {
        data: PathBuf,
        database: Option<String>,
    },
    Load(LoadArgs),
    Help,
}

pub const DEFAULT_DATA: &str = "data";

fn number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .parse()
        .map_err(|_| format!("{flag} takes a number, not {value:?}"))
}

/// Parses the arguments after the program name; `Err` holds what is wrong.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Command, String> {
    let mut args = args.into_iter().peekable();
    let sub = match args.peek().map(String::as_str) {
        Some("audit") | Some("load") => args.next(),
        Some("-h") | Some("--help") | Some("help") => return Ok(Command::Help),
        _ => None,
    };
    let mut serve = ServeArgs {
        port: 8080,
        dir: PathBuf::from("dist"),
        data: PathBuf::from(DEFAULT_DATA),
        operator: None,
        database: None,
    };
    let mut data_given = false;
    let mut load = LoadArgs::default();
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            return Ok(Command::Help);
        }
        let Some(value) = args.next() else {
            return Err(format!("{flag} needs a value"));
        };
        match (sub.as_deref(), flag.as_str()) {
            (None | Some("audit"), "--data") => {
                serve.data = PathBuf::from(value);
                data_given = true;
            }
            (None | Some("audit"), "--database") => serve.database = Some(value),
            (None, "--port") => serve.port = number(&flag, &value)?,
            (None, "--dir") => serve.dir = PathBuf::from(value),
            (None, "--operator") => serve.operator = Some(PathBuf::from(value)),
            (Some("load"), "--url") => load.url = Some(value),
            (Some("load"), "--clients") => load.clients = number(&flag, &value)?,
            (Some("load"), "--reports") => load.reports = number(&flag, &value)?,
            (Some("load"), "--retry-every") => load.retry_every = number(&flag, &value)?,
            (Some("load"), "--database") => load.database = Some(value),
            (Some("load"), "--receivers") => load.receivers = number(&flag, &value)?,
            (sub, _) => {
                return Err(format!(
                    "unknown option {flag}{}",
                    sub.map(|s| format!(" for {s}")).unwrap_or_default()
                ))
            }
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
        },
        Some("load") => Command::Load(load),
        _ => Command::Serve(serve),
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
        assert_eq!(
            parse_str("").unwrap(),
            Command::Serve(ServeArgs {
                port: 8080,
                dir: "dist".into(),
                data: "data".into(),
                operator: None,
                database: None,
            })
        );
        assert_eq!(
            parse_str("--port 0 --dir d --data x --operator o.json").unwrap(),
            Command::Serve(ServeArgs {
                port: 0,
                dir: "d".into(),
                data: "x".into(),
                operator: Some("o.json".into()),
                database: None,
            })
        );
        assert_eq!(
            parse_str("audit --data x").unwrap(),
            Command::Audit {
                data: "x".into(),
                database: None
            }
        );
        assert_eq!(
            parse_str("audit").unwrap(),
            Command::Audit {
                data: "data".into(),
                database: None
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
                database: Some(url.into())
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
