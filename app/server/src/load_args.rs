//! What `report-server load` is asked to do. Parsed in every build, so a
//! receiver built without the tool (the `load` feature) can say so instead
//! of taking `load` for an unknown flag.

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
