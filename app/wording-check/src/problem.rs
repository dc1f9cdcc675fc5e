use std::fmt;
use std::path::{Path, PathBuf};

/// A 1-based line and column; the column counts characters, not bytes,
/// because planners read the files in editors that count characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// Clamps `offset` to the text so errors reported at end of input still
    /// get a position.
    pub fn at_byte(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// Where a problem is. Directory-level problems (a missing locale folder, an
/// unknown locale code) have no line to point at.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub path: PathBuf,
    pub position: Option<Position>,
}

impl Location {
    pub fn at(path: &Path, position: Position) -> Location {
        Location {
            path: path.to_path_buf(),
            position: Some(position),
        }
    }

    pub fn whole(path: &Path) -> Location {
        Location {
            path: path.to_path_buf(),
            position: None,
        }
    }

    /// `path:line`, the way a planner looks a definition up.
    pub fn file_line(&self) -> String {
        let line = self.position.unwrap_or(Position::START).line;
        format!("{}:{line}", self.path.display())
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(Position { line, column }) = self.position {
            write!(f, ":{line}:{column}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub location: Location,
    pub error: String,
    pub fix: String,
}

impl Problem {
    pub fn new(location: Location, error: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem {
            location,
            error: error.into(),
            fix: fix.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: error: {}\n  fix: {}",
            self.location, self.error, self.fix
        )
    }
}
