//! Compiles in every wording and policy file the committed register names
//! (`snapshots/notices/`), so the default receiver re-renders old notices
//! too, without `--register`.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap();
    let notices = Path::new(&manifest).join("../../snapshots/notices");
    println!("cargo:rerun-if-changed={}", notices.display());
    let mut out = String::new();
    for (dir, name) in [("wording", "WORDINGS"), ("policy", "POLICIES")] {
        let dir = notices.join(dir);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        writeln!(out, "pub const {name}: &[(&str, &str)] = &[").unwrap();
        for path in files {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            let path = path.canonicalize().unwrap();
            writeln!(
                out,
                "    ({stem:?}, include_str!({:?})),",
                path.display().to_string()
            )
            .unwrap();
        }
        writeln!(out, "];").unwrap();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("notice_files.rs");
    std::fs::write(dest, out).unwrap();
}
