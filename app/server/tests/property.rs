//! Valid reports, mutated at random, then posted: the receiver never answers
//! 5xx, never stores what report-core would refuse, and stores nothing when
//! it refuses.

mod common;

use common::{app, report};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use report_core::payload_shape::PAYLOAD_SHAPE;
use report_core::verify::parse;
use report_core::wording::all_locales;
use report_core::{Platform, Policy};
use report_fixtures::SCENARIOS;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::collections::BTreeMap;

const CASES: u32 = 3000;

#[derive(Clone, Debug)]
enum Mutation {
    DeleteKey(Index),
    ChangeType(Index, Index),
    ExtremeNumber(Index, Index),
    InsertUnknownKey(Index),
    DuplicateMessage(Index),
    Truncate(Index),
    FlipByte(Index, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::DeleteKey),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::ChangeType(a, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::ExtremeNumber(a, b)),
        any::<Index>().prop_map(Mutation::InsertUnknownKey),
        any::<Index>().prop_map(Mutation::DuplicateMessage),
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), 0u8..8).prop_map(|(a, bit)| Mutation::FlipByte(a, bit)),
    ]
}

#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    At(usize),
}

fn paths(v: &Value, at: Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
    out.push(at.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                let mut p = at.clone();
                p.push(Seg::Key(k.clone()));
                paths(child, p, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let mut p = at.clone();
                p.push(Seg::At(i));
                paths(child, p, out);
            }
        }
        _ => {}
    }
}

fn node<'a>(v: &'a mut Value, path: &[Seg]) -> &'a mut Value {
    path.iter().fold(v, |v, seg| match seg {
        Seg::Key(k) => &mut v[k.as_str()],
        Seg::At(i) => &mut v[*i],
    })
}

/// The paths of `v` whose node passes `keep`, or all when none does.
fn pick(v: &Value, keep: impl Fn(&[Seg], &Value) -> bool, i: &Index) -> Vec<Seg> {
    let mut all = vec![];
    paths(v, vec![], &mut all);
    let mut v2 = v.clone();
    let kept: Vec<Vec<Seg>> = all
        .iter()
        .filter(|p| keep(p, node(&mut v2, p)))
        .cloned()
        .collect();
    let from = if kept.is_empty() { &all } else { &kept };
    from[i.index(from.len())].clone()
}

fn kind(v: &Value) -> u8 {
    match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    }
}

fn apply_json(j: &mut Value, m: &Mutation, n: usize) {
    match m {
        Mutation::DeleteKey(i) => {
            let path = pick(j, |p, _| matches!(p.last(), Some(Seg::Key(_))), i);
            if let Some((Seg::Key(k), parent)) = path.split_last() {
                if let Some(map) = node(j, parent).as_object_mut() {
                    map.remove(k);
                }
            }
        }
        Mutation::ChangeType(i, to) => {
            let path = pick(j, |p, _| !p.is_empty(), i);
            let target = node(j, &path);
            let others: Vec<Value> = [
                json!(null),
                json!(true),
                json!(7),
                json!("x"),
                json!([]),
                json!({}),
            ]
            .into_iter()
            .filter(|o| kind(o) != kind(target))
            .collect();
            *target = others[to.index(others.len())].clone();
        }
        Mutation::ExtremeNumber(i, which) => {
            let path = pick(j, |_, v| v.is_number(), i);
            let extremes = [
                json!(i64::MIN),
                json!(i64::MAX),
                json!(u64::MAX),
                json!(-1),
                json!(0),
                json!(1e308),
                json!(-1e308),
                json!(9_007_199_254_740_993u64),
                json!(4_294_967_296u64),
                json!(0.5),
            ];
            *node(j, &path) = extremes[which.index(extremes.len())].clone();
        }
        Mutation::InsertUnknownKey(i) => {
            let path = pick(j, |_, v| v.is_object(), i);
            if let Some(map) = node(j, &path).as_object_mut() {
                map.insert(format!("unknown_{n}"), json!(1));
            }
        }
        Mutation::DuplicateMessage(i) => {
            // Whichever kind the report is: its messages, or a post's media.
            let list = ["message/messages", "account/messages", "post/media"]
                .into_iter()
                .find(|at| {
                    j.pointer(&format!("/reported/{at}"))
                        .is_some_and(|v| v.is_array())
                });
            let found = list.and_then(|at| j.pointer_mut(&format!("/reported/{at}")));
            if let Some(messages) = found.and_then(|v| v.as_array_mut()) {
                if !messages.is_empty() {
                    let at = i.index(messages.len());
                    messages.insert(at, messages[at].clone());
                }
            }
        }
        Mutation::Truncate(_) | Mutation::FlipByte(..) => {}
    }
}

fn apply_bytes(bytes: &mut Vec<u8>, m: &Mutation) {
    match m {
        Mutation::Truncate(i) if !bytes.is_empty() => bytes.truncate(i.index(bytes.len())),
        Mutation::FlipByte(i, bit) if !bytes.is_empty() => {
            let at = i.index(bytes.len());
            bytes[at] ^= 1 << bit;
        }
        _ => {}
    }
}

#[derive(Default, Debug)]
struct Figures {
    by_status: BTreeMap<u16, u32>,
    cases: u32,
}

#[test]
fn property_3000_mutated_reports_never_5xx_never_store_invalid() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let app = app();
    let db = rusqlite::Connection::open(app.store.path()).unwrap();
    let count = || -> i64 {
        db.query_row("SELECT COUNT(*) FROM reports", [], |r| r.get(0))
            .unwrap()
    };
    let mut templates = vec![];
    for (i, locale) in all_locales().enumerate() {
        for (k, scenario) in SCENARIOS.iter().enumerate() {
            let platform = Platform::ALL[(i + k) % 3];
            templates
                .push(serde_json::to_value(report(locale, platform, scenario.id, "t")).unwrap());
        }
    }
    let figures = RefCell::new(Figures::default());
    let strategy = (any::<Index>(), proptest::collection::vec(mutation(), 1..4));
    let mut runner = TestRunner::new(Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, |(template, mutations)| {
        let n = {
            let mut f = figures.borrow_mut();
            f.cases += 1;
            f.cases as usize
        };
        let mut j = templates[template.index(templates.len())].clone();
        let id = format!("prop-{n}");
        j["report_id"] = json!(id);
        for m in &mutations {
            apply_json(&mut j, m, n);
        }
        let mut body = serde_json::to_vec(&j).unwrap();
        for m in &mutations {
            apply_bytes(&mut body, m);
        }
        let key = j["report_id"]
            .as_str()
            .filter(|k| axum::http::HeaderValue::from_str(k).is_ok())
            .unwrap_or(&id)
            .to_string();
        let before = count();
        let (status, answer) =
            rt.block_on(app.post_with(Some("application/json"), Some(&key), body.clone()));
        *figures.borrow_mut().by_status.entry(status).or_default() += 1;
        let after = count();
        // The one 5xx an input may get: a shape newer than this receiver,
        // which another (updated) receiver takes, so the client may retry.
        let newer_shape = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v["payload_shape"].as_u64())
            .is_some_and(|shape| shape > u64::from(PAYLOAD_SHAPE));
        prop_assert!(
            status < 500 || (status == 503 && newer_shape && answer["field"] == "payload_shape"),
            "{status} {answer} for {}",
            String::from_utf8_lossy(&body)
        );
        if (200..300).contains(&status) {
            let stored: String = db
                .query_row(
                    "SELECT payload FROM reports WHERE report_id = ?1",
                    [&key],
                    |r| r.get(0),
                )
                .map_err(|e| TestCaseError::fail(format!("{status} but not stored: {e}")))?;
            prop_assert!(
                parse(stored.as_bytes(), &Policy::default()).is_ok(),
                "stored a report core refuses: {stored}"
            );
            prop_assert_eq!(after, before + i64::from(status == 201));
        } else {
            prop_assert!((400..500).contains(&status) || status == 503, "{status}");
            prop_assert!(
                answer["field"].is_string() && answer["error"].is_string(),
                "{answer}"
            );
            prop_assert_eq!(after, before, "a refused report was stored");
        }
        Ok(())
    });
    let figures = figures.into_inner();
    println!(
        "{} mutated reports posted; answers by status: {:?}",
        figures.cases, figures.by_status
    );
    if let Err(e) = result {
        panic!("{e}");
    }
    assert!(figures.cases >= CASES);
    // Some mutations keep a report well formed (a flipped letter in a
    // message): the property is then about what is stored, not only refused.
    assert!(
        figures.by_status.get(&201).copied().unwrap_or(0) > 0,
        "{figures:?}"
    );
}
