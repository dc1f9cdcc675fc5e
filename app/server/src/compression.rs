//! Static files compressed as a CDN serves them: brotli, else gzip, else the
//! file as it is, chosen from `Accept-Encoding`.
//!
//! Nothing is compressed per request. Brotli at quality 11 takes 0.6 to
//! 0.7 s of CPU for each of the ~350 KB `.wasm` files of the release build
//! (gzip at its best level 30 ms), which a CDN never spends on a request:
//! it serves files compressed once, ahead of time. So does this server. A file is compressed
//! at most once per encoding and kept in memory, keyed by its path, length
//! and modification time, so a rebuilt `--dir` is picked up and the old
//! bytes dropped. A `.br` or `.gz` sibling (`app.wasm.br`) that is at least
//! as new as the file is sent as it is instead, as a CDN sends precompressed
//! files; a build can make them, and then nothing is compressed here at all.

use axum::body::Bytes;
use axum::http::HeaderValue;
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::SystemTime;
use tokio::sync::OnceCell;

/// Files smaller than this go out as they are: compressing them saves less
/// than a packet, and the compressed form of a tiny file can be larger.
pub const MIN_COMPRESSED_BYTES: u64 = 1024;

/// Brotli's best level. Only affordable because the result is kept.
const BROTLI_QUALITY: u32 = 11;
/// A 4 MiB window: larger than any file served, and within what browsers
/// decode (the standard format allows up to 16 MiB).
const BROTLI_WINDOW_BITS: u32 = 22;

/// Entries kept before the cache starts over. The demo page has about twenty
/// files; the bound only matters if `--dir` is rebuilt under ever new names.
const MAX_ENTRIES: usize = 512;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    /// The `Content-Encoding` value; `None` for the file as it is.
    pub fn content_encoding(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }

    /// The suffix of a precompressed sibling.
    fn suffix(self) -> &'static str {
        match self {
            Encoding::Brotli => ".br",
            Encoding::Gzip => ".gz",
            Encoding::Identity => "",
        }
    }
}

/// Whether a file's type gains from compression: code, markup and text.
/// Images (PNG, JPEG, WebP, ...) and fonts are compressed already; anything
/// unknown goes out as it is. SVG is XML text and does gain.
pub fn compressible(file: &Path) -> bool {
    matches!(
        file.extension().and_then(|e| e.to_str()),
        Some("wasm" | "js" | "css" | "html" | "svg" | "json" | "ftl")
    )
}

/// The encoding to send, from every `Accept-Encoding` header of a request
/// (RFC 9110, section 12.5.3). The highest q-value wins; on a tie brotli
/// goes before gzip, and both before identity. `q=0` means "not
/// acceptable". A coding not named takes the q-value of `*`, if any, and is
/// otherwise not acceptable, except identity, which is acceptable unless
/// excluded. No header at all gets identity: a client that says nothing
/// may not decode anything. If nothing is acceptable, identity is sent
/// anyway (the RFC allows this instead of a 406).
pub fn negotiate<'a>(headers: impl IntoIterator<Item = &'a HeaderValue>) -> Encoding {
    let mut seen = false;
    let (mut br, mut gzip, mut identity, mut star) = (None, None, None, None);
    for value in headers {
        seen = true;
        let Ok(value) = value.to_str() else {
            continue;
        };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let slot = match coding.as_str() {
                "br" => &mut br,
                "gzip" | "x-gzip" => &mut gzip,
                "identity" => &mut identity,
                "*" => &mut star,
                _ => continue,
            };
            let mut q = Some(1000);
            for param in parts {
                if let Some((name, value)) = param.split_once('=') {
                    if name.trim().eq_ignore_ascii_case("q") {
                        q = parse_q(value.trim());
                    }
                }
            }
            // A malformed q-value counts as "not acceptable": sending the
            // file as it is is always safe.
            let q = q.unwrap_or(0);
            *slot = Some(slot.map_or(q, |old: u16| old.max(q)));
        }
    }
    if !seen {
        return Encoding::Identity;
    }
    let candidates = [
        (Encoding::Brotli, br.or(star).unwrap_or(0)),
        (Encoding::Gzip, gzip.or(star).unwrap_or(0)),
        (Encoding::Identity, identity.or(star).unwrap_or(1)),
    ];
    let mut best = (Encoding::Identity, 0);
    for (encoding, q) in candidates {
        if q > best.1 {
            best = (encoding, q);
        }
    }
    best.0
}

/// A q-value in thousandths: `0` to `1`, at most three decimals.
fn parse_q(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{fraction:0<3}").parse::<u16>().ok()?;
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// `bytes` compressed at the best level of `encoding`.
pub fn compress(encoding: Encoding, bytes: &[u8]) -> Vec<u8> {
    match encoding {
        Encoding::Brotli => {
            let params = brotli::enc::BrotliEncoderParams {
                quality: BROTLI_QUALITY as i32,
                lgwin: BROTLI_WINDOW_BITS as i32,
                size_hint: bytes.len(),
                ..Default::default()
            };
            let mut out = Vec::with_capacity(bytes.len() / 3);
            brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
                .expect("compressing from memory into memory cannot fail");
            out
        }
        Encoding::Gzip => {
            let mut encoder = flate2::write::GzEncoder::new(
                Vec::with_capacity(bytes.len() / 3),
                flate2::Compression::best(),
            );
            encoder
                .write_all(bytes)
                .expect("compressing from memory into memory cannot fail");
            encoder
                .finish()
                .expect("compressing from memory into memory cannot fail")
        }
        Encoding::Identity => bytes.to_vec(),
    }
}

/// What a file was when it was compressed: a different length or
/// modification time means different content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Version {
    len: u64,
    modified: Option<SystemTime>,
}

impl Version {
    fn of(metadata: &std::fs::Metadata) -> Version {
        Version {
            len: metadata.len(),
            modified: metadata.modified().ok(),
        }
    }
}

/// The file's version and that of the precompressed sibling used, if any.
type Key = (Version, Option<Version>);

struct Entry {
    key: Key,
    bytes: Arc<OnceCell<Bytes>>,
}

/// Why a file could not be sent compressed.
pub enum NotCompressed {
    /// It is gone, or cannot be read.
    Unreadable,
    /// It changed while it was read: these bytes go out as they are, and
    /// nothing is kept.
    Changed(Bytes),
}

#[derive(Default)]
struct Cache {
    entries: Mutex<HashMap<(PathBuf, Encoding), Entry>>,
    compressions: Mutex<HashMap<(PathBuf, Encoding), u64>>,
}

/// One per process: the server has one `--dir`, and routes.rs keeps no
/// state for static files.
static CACHE: LazyLock<Cache> = LazyLock::new(Cache::default);

/// How many times this process has compressed `file` into `encoding`
/// (precompressed siblings not counted). A file served many times should
/// show 1.
pub fn compressions(file: &Path, encoding: Encoding) -> u64 {
    let counts = CACHE.compressions.lock().unwrap_or_else(|e| e.into_inner());
    counts
        .get(&(file.to_path_buf(), encoding))
        .copied()
        .unwrap_or(0)
}

/// `file` (whose metadata is `metadata`) in `encoding`: its precompressed
/// sibling if that is at least as new, else the bytes compressed here once
/// and kept. Requests that come while a file is first compressed wait for
/// that one compression instead of starting their own.
pub async fn compressed(
    file: &Path,
    metadata: &std::fs::Metadata,
    encoding: Encoding,
) -> Result<Bytes, NotCompressed> {
    let version = Version::of(metadata);
    let sibling = sibling_of(file, encoding);
    let sibling_version = match tokio::fs::metadata(&sibling).await {
        Ok(m) if m.is_file() && is_newer_or_same(&m, metadata) => Some(Version::of(&m)),
        _ => None,
    };
    let key = (version, sibling_version);
    let cell = {
        let mut entries = CACHE.entries.lock().unwrap_or_else(|e| e.into_inner());
        let slot = (file.to_path_buf(), encoding);
        match entries.get(&slot) {
            Some(entry) if entry.key == key => entry.bytes.clone(),
            _ => {
                if entries.len() >= MAX_ENTRIES {
                    entries.clear();
                }
                let bytes = Arc::new(OnceCell::new());
                entries.insert(
                    slot,
                    Entry {
                        key,
                        bytes: bytes.clone(),
                    },
                );
                bytes
            }
        }
    };
    cell.get_or_try_init(|| async {
        if sibling_version.is_some() {
            return match tokio::fs::read(&sibling).await {
                Ok(bytes) => Ok(Bytes::from(bytes)),
                Err(_) => Err(NotCompressed::Unreadable),
            };
        }
        let bytes = tokio::fs::read(file)
            .await
            .map_err(|_| NotCompressed::Unreadable)?;
        let after = tokio::fs::metadata(file).await.map(|m| Version::of(&m));
        if after.ok() != Some(version) || bytes.len() as u64 != version.len {
            return Err(NotCompressed::Changed(Bytes::from(bytes)));
        }
        {
            let mut counts = CACHE.compressions.lock().unwrap_or_else(|e| e.into_inner());
            *counts.entry((file.to_path_buf(), encoding)).or_default() += 1;
        }
        let compressed = tokio::task::spawn_blocking(move || compress(encoding, &bytes))
            .await
            .map_err(|_| NotCompressed::Unreadable)?;
        Ok(Bytes::from(compressed))
    })
    .await
    .cloned()
}

fn sibling_of(file: &Path, encoding: Encoding) -> PathBuf {
    let mut name = OsString::from(file.as_os_str());
    name.push(encoding.suffix());
    PathBuf::from(name)
}

/// A sibling older than its file was made from an earlier build of it.
fn is_newer_or_same(sibling: &std::fs::Metadata, file: &std::fs::Metadata) -> bool {
    match (sibling.modified(), file.modified()) {
        (Ok(sibling), Ok(file)) => sibling >= file,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(accept: &str) -> Encoding {
        negotiate([&HeaderValue::from_str(accept).unwrap()])
    }

    #[test]
    fn negotiation() {
        use Encoding::*;
        assert_eq!(negotiate([]), Identity);
        assert_eq!(pick(""), Identity);
        assert_eq!(pick("br"), Brotli);
        assert_eq!(pick("gzip"), Gzip);
        assert_eq!(pick("x-gzip"), Gzip);
        assert_eq!(pick("GZip"), Gzip);
        assert_eq!(pick("gzip, deflate, br, zstd"), Brotli);
        assert_eq!(pick("gzip, deflate, br;q=1.000"), Brotli);
        assert_eq!(pick("br;q=0, gzip"), Gzip);
        assert_eq!(pick("br;q=0.0, gzip"), Gzip);
        assert_eq!(pick("br ; q=0 , gzip"), Gzip);
        assert_eq!(pick("br;Q=0, gzip"), Gzip);
        assert_eq!(pick("br;q=0.5, gzip"), Gzip);
        assert_eq!(pick("br;q=0.5, gzip;q=0.4"), Brotli);
        assert_eq!(pick("br;q=0, gzip;q=0"), Identity);
        assert_eq!(pick("deflate, zstd"), Identity);
        assert_eq!(pick("identity"), Identity);
        assert_eq!(pick("gzip;q=0.5, identity"), Identity);
        assert_eq!(pick("gzip, identity;q=0"), Gzip);
        assert_eq!(pick("*"), Brotli);
        assert_eq!(pick("*;q=0.5, br;q=0"), Gzip);
        assert_eq!(pick("*;q=0"), Identity);
        assert_eq!(pick("br;q=2, gzip"), Gzip);
        assert_eq!(pick("br;q=0.1234, gzip"), Gzip);
        assert_eq!(pick("br;q=abc, gzip"), Gzip);
        assert_eq!(pick("br;q=0.001"), Brotli);
        // Two headers count as one list.
        let a = HeaderValue::from_static("br;q=0");
        let b = HeaderValue::from_static("gzip");
        assert_eq!(negotiate([&a, &b]), Gzip);
    }

    #[test]
    fn q_values() {
        assert_eq!(parse_q("0"), Some(0));
        assert_eq!(parse_q("0."), Some(0));
        assert_eq!(parse_q("0.5"), Some(500));
        assert_eq!(parse_q("0.05"), Some(50));
        assert_eq!(parse_q("0.999"), Some(999));
        assert_eq!(parse_q("1"), Some(1000));
        assert_eq!(parse_q("1.000"), Some(1000));
        assert_eq!(parse_q("1.001"), None);
        assert_eq!(parse_q("0.1234"), None);
        assert_eq!(parse_q("-0"), None);
        assert_eq!(parse_q("0.-1"), None);
        assert_eq!(parse_q(""), None);
    }

    #[test]
    fn types() {
        for name in [
            "a.wasm", "a.js", "a.css", "a.html", "a.svg", "a.json", "a.ftl",
        ] {
            assert!(compressible(Path::new(name)), "{name}");
        }
        for name in [
            "a.png", "a.jpg", "a.jpeg", "a.webp", "a.gif", "a.woff2", "a.br", "a",
        ] {
            assert!(!compressible(Path::new(name)), "{name}");
        }
    }
}
