//! Reading the locales directory: one folder per locale, `*.ftl` files inside.

use std::fs;
use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::problem::{Location, Position, Problem};

pub struct FtlFile {
    pub path: PathBuf,
    pub text: String,
}

impl FtlFile {
    /// The AST borrows its identifiers from `text`, so a slice's address
    /// tells where it was written; fluent-syntax keeps no spans of its own.
    pub fn location_of(&self, slice: &str) -> Location {
        self.location_before(slice, 0)
    }

    /// Like `location_of`, but `sigil_len` bytes earlier, to point at the
    /// `$` of a variable rather than at its name.
    pub fn location_before(&self, slice: &str, sigil_len: usize) -> Location {
        let offset = (slice.as_ptr() as usize)
            .checked_sub(self.text.as_ptr() as usize)
            .filter(|offset| *offset <= self.text.len())
            .expect("slice must borrow from this file's text");
        self.location_at_byte(offset.saturating_sub(sigil_len))
    }

    pub fn location_at_byte(&self, offset: usize) -> Location {
        Location::at(&self.path, Position::at_byte(&self.text, offset))
    }

    pub fn file_name(&self) -> &std::ffi::OsStr {
        self.path.file_name().unwrap_or_default()
    }
}

pub struct LocaleDir {
    pub code: String,
    pub langid: LanguageIdentifier,
    pub path: PathBuf,
    pub files: Vec<FtlFile>,
}

/// Reads every locale folder under `dir`, sorted by name so output is stable.
/// An unreadable `dir` is the only problem worth reporting, hence `Err`.
pub fn load(dir: &Path) -> Result<(Vec<LocaleDir>, Vec<Problem>), Problem> {
    let folders = sorted_entries(dir).map_err(|error| {
        Problem::new(
            Location::whole(dir),
            format!("cannot read the locales directory: {error}"),
            "pass the directory that holds one folder per locale, e.g. `locales`",
        )
    })?;
    let mut problems = Vec::new();
    let mut locales = Vec::new();
    for path in folders.into_iter().filter(|path| path.is_dir()) {
        let code = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let Some(langid) = locale_code(&code, &path, &mut problems) else {
            continue;
        };
        let files = load_files(&path, &mut problems);
        locales.push(LocaleDir {
            code,
            langid,
            path,
            files,
        });
    }
    Ok((locales, problems))
}

/// Locales given as text, `(code, [(file name, text)])`, as if read from
/// `dir`: the same problems for a folder name that is no locale code.
pub fn from_texts(
    dir: &Path,
    texts: Vec<(String, Vec<(String, String)>)>,
) -> (Vec<LocaleDir>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut locales = Vec::new();
    let mut texts = texts;
    texts.sort_by(|a, b| a.0.cmp(&b.0));
    for (code, mut files) in texts {
        let path = dir.join(&code);
        let Some(langid) = locale_code(&code, &path, &mut problems) else {
            continue;
        };
        files.sort();
        let files = files
            .into_iter()
            .map(|(name, text)| FtlFile {
                path: path.join(name),
                text,
            })
            .collect();
        locales.push(LocaleDir {
            code,
            langid,
            path,
            files,
        });
    }
    (locales, problems)
}

/// The folder's name as a locale, or a problem naming the folder.
fn locale_code(code: &str, path: &Path, problems: &mut Vec<Problem>) -> Option<LanguageIdentifier> {
    let parsed = code.parse::<LanguageIdentifier>().ok();
    if parsed.is_none() {
        problems.push(Problem::new(
            Location::whole(path),
            format!("folder name `{code}` is not a locale code"),
            "rename the folder to a locale code such as `ja` or `pt-BR`",
        ));
    }
    parsed
}

fn load_files(locale_path: &Path, problems: &mut Vec<Problem>) -> Vec<FtlFile> {
    let paths = match sorted_entries(locale_path) {
        Ok(paths) => paths,
        Err(error) => {
            problems.push(Problem::new(
                Location::whole(locale_path),
                format!("cannot read the locale folder: {error}"),
                "make the folder readable",
            ));
            return Vec::new();
        }
    };
    let mut files = Vec::new();
    for path in paths {
        if path.extension().is_none_or(|ext| ext != "ftl") || !path.is_file() {
            continue;
        }
        match fs::read_to_string(&path) {
            Ok(text) => files.push(FtlFile { path, text }),
            Err(error) => problems.push(Problem::new(
                Location::whole(&path),
                format!("cannot read the file: {error}"),
                "save the file as UTF-8 text",
            )),
        }
    }
    files
}

fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths = fs::read_dir(dir)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    paths.sort();
    Ok(paths)
}
