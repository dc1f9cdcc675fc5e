//! The check on files held in memory (the workbench's) must print what the
//! command prints for the same files on disk.

use std::fs;
use std::path::Path;

use wording_check::{check, check_texts};

/// Every fixture folder, read into memory the way the workbench holds it.
fn texts_of(dir: &Path) -> Vec<(String, Vec<(String, String)>)> {
    fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .map(|locale| {
            let files = fs::read_dir(&locale)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
                .map(|path| {
                    let name = path.file_name().unwrap().to_string_lossy().into_owned();
                    (name, fs::read_to_string(&path).unwrap())
                })
                .collect();
            let code = locale.file_name().unwrap().to_string_lossy().into_owned();
            (code, files)
        })
        .collect()
}

#[test]
fn every_fixture_gets_the_same_problems_from_memory_as_from_disk() {
    let fixtures = Path::new("tests/fixtures");
    let mut compared = 0;
    for entry in fs::read_dir(fixtures).unwrap() {
        let dir = entry.unwrap().path();
        let from_disk = check(&dir).to_string();
        let from_memory = check_texts(&dir, texts_of(&dir)).to_string();
        assert_eq!(from_memory, from_disk, "{}", dir.display());
        compared += 1;
    }
    assert!(compared >= 10, "only {compared} fixtures compared");
}

#[test]
fn an_edit_in_memory_is_named_by_file_line_and_column() {
    let dir = Path::new("tests/fixtures/minimal");
    let mut texts = texts_of(dir);
    let (_, files) = texts.iter_mut().find(|(code, _)| code == "ja").unwrap();
    // A placeable closed with the wrong bracket, on the second line.
    let (name, text) = &mut files[0];
    let second_line = text.find('\n').unwrap() + 1;
    text.insert_str(second_line, "broken = { $count ]\n");
    let name = name.clone();
    let outcome = check_texts(dir, texts);
    let first = outcome
        .problems
        .first()
        .expect("the broken placeable is a problem");
    assert_eq!(
        first.location.to_string(),
        format!("tests/fixtures/minimal/ja/{name}:2:19"),
        "{outcome}"
    );
}
