//! Static files are sent compressed as a CDN sends them: brotli, else gzip,
//! else as they are, from bytes compressed once per file and kept.

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use report_server::compression::{compressions, Encoding};
use report_server::operator::OperatorSettings;
use report_server::routes::router;
use report_server::sqlite::SqliteStore;
use std::future::IntoFuture;
use std::io::Read;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};
use tower::ServiceExt;

struct Site {
    router: Router,
    dist: PathBuf,
    _dir: tempfile::TempDir,
}

/// Bytes that look like a build's output: repetitive enough to compress,
/// varied enough that a wrong decoder cannot pass by luck.
fn pseudo_random(len: usize, alphabet: u32, seed: u32) -> Vec<u8> {
    let mut state = seed;
    (0..len)
        .map(|_| {
            state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            ((state >> 24) % alphabet) as u8
        })
        .collect()
}

fn wasm() -> Vec<u8> {
    let mut bytes = b"\0asm\x01\0\0\0".to_vec();
    bytes.extend(pseudo_random(60_000, 8, 7));
    bytes
}

fn js() -> Vec<u8> {
    (0..800)
        .map(|i| {
            format!(
                "export function f{i}(a) {{ return a * {} + \"{i}\"; }}\n",
                i % 13
            )
        })
        .collect::<String>()
        .into_bytes()
}

fn site() -> Site {
    let dir = tempfile::tempdir().unwrap();
    let dist = dir.path().join("dist");
    std::fs::create_dir_all(dist.join("pkg")).unwrap();
    std::fs::create_dir_all(dist.join("media")).unwrap();
    std::fs::write(dist.join("index.html"), "<!doctype html><title>t</title>").unwrap();
    std::fs::write(dist.join("pkg/app.wasm"), wasm()).unwrap();
    std::fs::write(dist.join("pkg/app.js"), js()).unwrap();
    std::fs::write(dist.join("tiny.js"), "export const a = 1;\n".repeat(40)).unwrap();
    for (i, name) in ["photo.png", "photo.jpg", "photo.webp"].iter().enumerate() {
        // Compressed image data is close to random bytes.
        std::fs::write(
            dist.join("media").join(name),
            pseudo_random(8_000, 256, i as u32),
        )
        .unwrap();
    }
    let store = Arc::new(SqliteStore::open(&dir.path().join("data")).unwrap());
    let state = report_server::app_state(
        store,
        OperatorSettings::example(),
        Some(dist.clone()),
        report_server::access::ReadAccess::Closed,
    )
    .unwrap();
    Site {
        router: router(state),
        dist,
        _dir: dir,
    }
}

impl Site {
    async fn get(&self, path: &str, accept: Option<&str>) -> (StatusCode, HeaderMap, Bytes) {
        let mut request = Request::get(path);
        if let Some(accept) = accept {
            request = request.header("Accept-Encoding", accept);
        }
        let response = self
            .router
            .clone()
            .oneshot(request.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        (status, headers, body)
    }

    fn file(&self, path: &str) -> Vec<u8> {
        std::fs::read(self.dist.join(path)).unwrap()
    }
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::Decompressor::new(bytes, 4096)
        .read_to_end(&mut out)
        .expect("a brotli stream");
    out
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .expect("a gzip stream");
    out
}

fn encoding(headers: &HeaderMap) -> Option<&str> {
    headers.get("content-encoding").map(|v| v.to_str().unwrap())
}

/// The headers every file had before compression, and `Vary`.
fn assert_file_headers(headers: &HeaderMap, content_type: &str) {
    assert_eq!(headers["content-type"], content_type);
    assert_eq!(
        headers["content-security-policy"],
        report_server::static_files::CSP
    );
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["cache-control"], "no-cache");
    assert_eq!(headers["vary"], "accept-encoding");
}

const CODE: [(&str, &str); 2] = [
    ("pkg/app.wasm", "application/wasm"),
    ("pkg/app.js", "text/javascript; charset=utf-8"),
];

/// Each code file, asked for with `accept`, is sent in `expected` with the
/// usual headers, and decodes to the file; compressed, to under half its size.
async fn assert_code_sent_as(site: &Site, accept: Option<&str>, expected: Encoding) {
    for (path, content_type) in CODE {
        let file = site.file(path);
        let (status, headers, body) = site.get(&format!("/{path}"), accept).await;
        assert_eq!(status, 200, "{path} {accept:?}");
        assert_eq!(
            encoding(&headers),
            expected.content_encoding(),
            "{path} {accept:?}"
        );
        assert_file_headers(&headers, content_type);
        let decoded = match expected {
            Encoding::Brotli => unbrotli(&body),
            Encoding::Gzip => gunzip(&body),
            Encoding::Identity => body.to_vec(),
        };
        if expected != Encoding::Identity {
            assert!(body.len() < file.len() / 2, "{path}: {}", body.len());
        }
        assert_eq!(decoded, file, "{path} {accept:?}");
    }
}

#[tokio::test]
async fn brotli_when_accepted_and_it_decodes_to_the_file() {
    let site = site();
    for accept in ["br", "gzip, deflate, br, zstd", "br;q=1, gzip;q=0.9", "*"] {
        assert_code_sent_as(&site, Some(accept), Encoding::Brotli).await;
    }
}

#[tokio::test]
async fn gzip_when_accepted_and_brotli_is_not() {
    let site = site();
    for accept in [
        "gzip",
        "br;q=0, gzip",
        "gzip, br;q=0",
        "br;q=0.5, gzip",
        "x-gzip",
    ] {
        assert_code_sent_as(&site, Some(accept), Encoding::Gzip).await;
    }
}

#[tokio::test]
async fn as_it_is_when_nothing_is_accepted() {
    let site = site();
    for accept in [
        None,
        Some(""),
        Some("identity"),
        Some("deflate, zstd"),
        Some("br;q=0, gzip;q=0"),
        Some("gzip;q=0.5, identity"),
    ] {
        assert_code_sent_as(&site, accept, Encoding::Identity).await;
    }
}

#[tokio::test]
async fn images_and_tiny_files_are_never_compressed() {
    let site = site();
    for path in ["media/photo.png", "media/photo.jpg", "media/photo.webp"] {
        let (status, headers, body) = site.get(&format!("/{path}"), Some("br, gzip")).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(encoding(&headers), None, "{path}");
        assert_eq!(body, site.file(path), "{path}");
        // Content types as before: these were never named.
        assert_eq!(headers["content-type"], "application/octet-stream");
        assert_eq!(
            headers["content-security-policy"],
            report_server::static_files::CSP
        );
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["cache-control"], "no-cache");
        // Never compressed, so the answer does not depend on Accept-Encoding.
        assert_eq!(headers.get("vary"), None, "{path}");
        assert_eq!(compressions(&site.dist.join(path), Encoding::Brotli), 0);
    }
    let tiny = site.file("tiny.js");
    assert!(tiny.len() < 1024);
    let (status, headers, body) = site.get("/tiny.js", Some("br, gzip")).await;
    assert_eq!(status, 200);
    assert_eq!(encoding(&headers), None);
    assert_file_headers(&headers, "text/javascript; charset=utf-8");
    assert_eq!(body, tiny);
}

#[tokio::test]
async fn a_file_is_compressed_once_and_again_only_when_it_changes() {
    let site = site();
    let path = site.dist.join("pkg/app.wasm");
    let (_, _, first) = site.get("/pkg/app.wasm", Some("br")).await;
    assert_eq!(compressions(&path, Encoding::Brotli), 1);
    let (_, _, second) = site.get("/pkg/app.wasm", Some("br")).await;
    let (_, _, third) = site.get("/pkg/app.wasm", Some("gzip, br")).await;
    assert_eq!(compressions(&path, Encoding::Brotli), 1);
    assert_eq!(first, second);
    assert_eq!(first, third);
    assert_eq!(compressions(&path, Encoding::Gzip), 0);
    site.get("/pkg/app.wasm", Some("gzip")).await;
    site.get("/pkg/app.wasm", Some("gzip")).await;
    assert_eq!(compressions(&path, Encoding::Gzip), 1);

    // A rebuild: new content, so it is compressed again, once.
    let mut rebuilt = wasm();
    rebuilt.extend(pseudo_random(5_000, 24, 99));
    std::fs::write(&path, &rebuilt).unwrap();
    for _ in 0..2 {
        let (status, headers, body) = site.get("/pkg/app.wasm", Some("br")).await;
        assert_eq!(status, 200);
        assert_eq!(encoding(&headers), Some("br"));
        assert_eq!(unbrotli(&body), rebuilt);
    }
    assert_eq!(compressions(&path, Encoding::Brotli), 2);

    // Same length, different content: the modification time tells.
    let mut same_length = rebuilt.clone();
    same_length[100] ^= 0xff;
    std::fs::write(&path, &same_length).unwrap();
    let later = SystemTime::now() + Duration::from_secs(5);
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let (_, _, body) = site.get("/pkg/app.wasm", Some("br")).await;
    assert_eq!(unbrotli(&body), same_length);
    assert_eq!(compressions(&path, Encoding::Brotli), 3);
}

#[tokio::test]
async fn requests_that_arrive_together_wait_for_one_compression() {
    let site = Arc::new(site());
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let site = site.clone();
            tokio::spawn(async move { site.get("/pkg/app.js", Some("br")).await.2 })
        })
        .collect();
    let js = js();
    for task in tasks {
        assert_eq!(unbrotli(&task.await.unwrap()), js);
    }
    assert_eq!(
        compressions(&site.dist.join("pkg/app.js"), Encoding::Brotli),
        1
    );
}

#[tokio::test]
async fn a_precompressed_sibling_is_sent_as_it_is_unless_older() {
    let site = site();
    let path = site.dist.join("pkg/app.js");
    // Quality 1, so its bytes differ from what the server would make.
    let mut sibling = Vec::new();
    brotli::BrotliCompress(
        &mut &js()[..],
        &mut sibling,
        &brotli::enc::BrotliEncoderParams {
            quality: 1,
            ..Default::default()
        },
    )
    .unwrap();
    let sibling_path = site.dist.join("pkg/app.js.br");
    std::fs::write(&sibling_path, &sibling).unwrap();
    let (status, headers, body) = site.get("/pkg/app.js", Some("br")).await;
    assert_eq!(status, 200);
    assert_eq!(encoding(&headers), Some("br"));
    assert_file_headers(&headers, "text/javascript; charset=utf-8");
    assert_eq!(body, sibling);
    assert_eq!(compressions(&path, Encoding::Brotli), 0);
    // No .gz sibling: gzip is made here.
    let (_, headers, body) = site.get("/pkg/app.js", Some("gzip")).await;
    assert_eq!(encoding(&headers), Some("gzip"));
    assert_eq!(gunzip(&body), js());
    assert_eq!(compressions(&path, Encoding::Gzip), 1);

    // The file was rebuilt after its sibling: the sibling is stale.
    let earlier = SystemTime::now() - Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&sibling_path)
        .unwrap()
        .set_modified(earlier)
        .unwrap();
    let (_, headers, body) = site.get("/pkg/app.js", Some("br")).await;
    assert_eq!(encoding(&headers), Some("br"));
    assert_ne!(body, sibling);
    assert_eq!(unbrotli(&body), js());
    assert_eq!(compressions(&path, Encoding::Brotli), 1);
}

#[tokio::test]
async fn missing_files_and_traversal_are_still_404_json() {
    let site = site();
    for path in [
        "/../Cargo.toml",
        "/pkg/../../x",
        "/pkg/missing.wasm",
        "/pkg",
    ] {
        let (status, headers, body) = site.get(path, Some("br, gzip")).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(encoding(&headers), None, "{path}");
        let json: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(json, serde_json::json!({ "error": "not found" }), "{path}");
    }
}

/// On the wire: the length sent is that of the compressed body.
#[tokio::test]
async fn over_a_real_connection() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let site = site();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let server = tokio::spawn(axum::serve(listener, site.router.clone()).into_future());
    let fetch = |accept: &'static str| async move {
        let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
        let request = format!(
            "GET /pkg/app.wasm HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {accept}\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).await.unwrap();
        let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        let head = String::from_utf8(response[..split].to_vec())
            .unwrap()
            .to_ascii_lowercase();
        (head, response[split + 4..].to_vec())
    };
    let file = wasm();
    let (head, body) = fetch("gzip, deflate, br").await;
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert!(head.contains("\r\ncontent-encoding: br\r\n"), "{head}");
    assert!(head.contains("\r\nvary: accept-encoding\r\n"), "{head}");
    assert!(
        head.contains(&format!("\r\ncontent-length: {}\r\n", body.len())),
        "{head}"
    );
    assert_eq!(unbrotli(&body), file);
    let (head, body) = fetch("identity").await;
    assert!(!head.contains("content-encoding"), "{head}");
    assert!(
        head.contains(&format!("\r\ncontent-length: {}\r\n", file.len())),
        "{head}"
    );
    assert_eq!(body, file);
    server.abort();
}
