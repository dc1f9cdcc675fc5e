//! Which store a command uses: SQLite under `--data` (the default, one
//! receiver), or the PostgreSQL database `--database` names (shared by
//! several receivers).

use crate::postgres::PostgresStore;
use crate::sqlite::{lock_data_dir, SqliteStore};
use crate::store::ReportStore;
use std::fs::File;
use std::path::Path;
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// The receiver: creates and migrates the database; on SQLite it holds
    /// the data directory's lock (returned) for as long as it runs.
    Serve,
    /// `audit`, `purge` and `export`: a database that must already exist,
    /// beside a running receiver: no lock, nothing created.
    Command,
}

/// The store, and on SQLite for `Serve` the data directory's lock, to be
/// held until the process ends. Errors and logs name a PostgreSQL database
/// by host, port and name, never by its URL (which may hold a password).
pub fn open_store(
    data: &Path,
    database: Option<&str>,
    purpose: Purpose,
) -> Result<(Arc<dyn ReportStore>, Option<File>), String> {
    match (database, purpose) {
        (Some(url), _) => {
            let store = match purpose {
                Purpose::Serve => PostgresStore::open(url),
                Purpose::Command => PostgresStore::open_existing(url),
            }
            .map_err(|e| e.to_string())?;
            if purpose == Purpose::Serve {
                eprintln!(
                    "report-server: reports are kept in PostgreSQL at {}",
                    store.place()
                );
            }
            Ok((Arc::new(store), None))
        }
        (None, Purpose::Serve) => {
            let lock = lock_data_dir(data)?;
            let store = SqliteStore::open(data).map_err(|e| e.to_string())?;
            eprintln!(
                "report-server: reports are kept in {}",
                store.path().display()
            );
            Ok((Arc::new(store), Some(lock)))
        }
        (None, Purpose::Command) => {
            let store = SqliteStore::open_existing(data).map_err(|e| e.to_string())?;
            Ok((Arc::new(store), None))
        }
    }
}
