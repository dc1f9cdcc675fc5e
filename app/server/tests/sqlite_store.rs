//! The store contract (`common/store_contract.rs`) on SQLite, each test on a
//! fresh database.

mod common;

use common::store_contract;
use report_server::sqlite::SqliteStore;

#[test]
fn sqlite_keeps_the_store_contract() {
    for (name, test) in store_contract::all() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path()).unwrap();
        eprintln!("sqlite: {name}");
        test(&store);
    }
}
