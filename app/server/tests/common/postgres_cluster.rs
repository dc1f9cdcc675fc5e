//! A throwaway PostgreSQL cluster in a temporary folder, for the tests that
//! need a real server (/work/shared/TOOLCHAIN.md, "PostgreSQL for tests").
//! Stopped when dropped, also when the test panics. Without PostgreSQL's
//! binaries the test fails and says how to install them: a store suite that
//! silently did not run would read as one that passed.

use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    port: u16,
    /// Running as root: initdb and postgres refuse root, so they run as the
    /// `postgres` user the Debian package creates.
    as_postgres: bool,
    pub started_in: Duration,
}

/// The newest `/usr/lib/postgresql/<version>/bin` holding initdb and pg_ctl
/// (Debian keeps them off PATH), else initdb on PATH.
fn binaries() -> Option<PathBuf> {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            (bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()).then_some((version, bin))
        })
        .collect();
    found.sort();
    if let Some((_, bin)) = found.pop() {
        return Some(bin);
    }
    std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path)
            .find(|d| d.join("initdb").is_file() && d.join("pg_ctl").is_file())
    })
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Cluster {
    /// initdb and start, on a free port of 127.0.0.1 and a socket in the
    /// temporary folder (the system's socket folder may not be writable).
    pub fn start() -> Cluster {
        let Some(bin) = binaries() else {
            panic!(
                "PostgreSQL's binaries (initdb, pg_ctl) are not installed: \
                 `bash .ci/setup postgres` installs them"
            );
        };
        let started = Instant::now();
        let as_postgres = std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0);
        let dir = tempfile::Builder::new()
            .prefix("report-pg-")
            .tempdir()
            .unwrap();
        let mut cluster = Cluster {
            dir,
            bin,
            port: 0,
            as_postgres,
            started_in: Duration::ZERO,
        };
        if as_postgres {
            cluster.check(
                Command::new("chown")
                    .arg("postgres")
                    .arg(cluster.dir.path())
                    .output(),
                "chown postgres",
            );
        }
        let data = cluster.data();
        // --no-sync: a throwaway cluster need not survive a power loss; the
        // server itself still fsyncs every commit, as the store requires.
        let initdb = cluster
            .command("initdb")
            .args([
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
                "--no-locale",
                "-E",
                "UTF8",
                "-D",
            ])
            .arg(&data)
            .output();
        cluster.check(initdb, "initdb");
        // Another test binary can take the port between its choice and the
        // start: try a few.
        let mut last = None;
        for _ in 0..3 {
            let port = free_port();
            let options = format!(
                "-k {} -p {port} -c listen_addresses=127.0.0.1 -c max_connections=200",
                cluster.dir.path().display()
            );
            let out = cluster
                .command("pg_ctl")
                .arg("-D")
                .arg(&data)
                .arg("-l")
                .arg(cluster.dir.path().join("server.log"))
                .args(["-o", &options, "-w", "start"])
                .output()
                .unwrap();
            if out.status.success() {
                cluster.port = port;
                cluster.started_in = started.elapsed();
                return cluster;
            }
            last = Some(out);
        }
        cluster.check(Ok(last.unwrap()), "pg_ctl start");
        unreachable!()
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("db")
    }

    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        if self.as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(path);
            c
        } else {
            Command::new(path)
        }
    }

    fn check(&self, out: std::io::Result<Output>, what: &str) {
        let out = out.unwrap_or_else(|e| panic!("{what}: {e}"));
        if !out.status.success() {
            let log =
                std::fs::read_to_string(self.dir.path().join("server.log")).unwrap_or_default();
            panic!(
                "{what} failed ({}):\n{}{}\n{log}",
                out.status,
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }

    /// A URL of database `db`, over TCP.
    pub fn url(&self, db: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{db}", self.port)
    }

    /// Creates an empty database and returns its URL.
    pub fn create_database(&self, db: &str) -> String {
        let out = Command::new(self.bin.join("createdb"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
                db,
            ])
            .output();
        self.check(out, &format!("createdb {db}"));
        self.url(db)
    }

    /// Runs one statement with psql, as the superuser.
    pub fn psql(&self, db: &str, sql: &str) -> String {
        let out = Command::new(self.bin.join("psql"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
            ])
            .args([
                "-X",
                "-q",
                "-t",
                "-A",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                db,
                "-c",
                sql,
            ])
            .output();
        let out = out.unwrap_or_else(|e| panic!("psql: {e}"));
        assert!(
            out.status.success(),
            "psql {sql}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self
            .command("pg_ctl")
            .arg("-D")
            .arg(self.data())
            .args(["-m", "fast", "-w", "stop"])
            .output();
    }
}
