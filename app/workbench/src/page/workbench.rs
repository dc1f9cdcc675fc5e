//! The workbench page: a locale's file in an editor, the wording check's
//! problems as the planner types, the notice in one frame per platform, the
//! cases the edit changes, and the edited file to download. Nothing is sent
//! to any server: the page only reads the approved files.

use std::collections::HashMap;
use std::path::Path;

use leptos::prelude::*;
use report_core::pseudo;
use report_core::wording::{endonym, locale_path, shipped_locales, REFERENCE_LOCALE};
use report_core::Platform;
use report_fixtures::cases::SNAPSHOT_STEPS;
use report_fixtures::SCENARIOS;
use wasm_bindgen::JsCast;
use wording_check::Problem;

use super::browser;
use super::protocol::{shown_locale, viewport, wording_of, ToFrame, ToWorkbench};
use crate::changes::{self, CaseChange, LineChange};

const ALL_SCENARIOS: &str = "all";
/// A pause in typing this long updates the previews and the cases.
const SETTLE_MS: i32 = 150;

type Texts = Vec<(&'static str, String)>;

#[component]
pub fn Workbench() -> impl IntoView {
    let approved = RwSignal::new(None::<Result<Texts, String>>);
    leptos::task::spawn_local(async move {
        let fetches = shipped_locales().map(|l| async move {
            let text = report_web::loading::fetch_text(&format!("../{}", locale_path(l))).await?;
            Ok::<_, String>((l, text))
        });
        let texts = futures_util::future::join_all(fetches)
            .await
            .into_iter()
            .collect();
        approved.set(Some(texts));
    });
    move || match approved.get() {
        None => view! { <p role="status">"Loading the approved wording…"</p> }.into_any(),
        Some(Err(e)) => {
            view! { <p role="alert">"The approved wording could not be read: " {e}</p> }.into_any()
        }
        Some(Ok(texts)) => view! { <Bench approved=texts/> }.into_any(),
    }
}

#[component]
fn Bench(approved: Texts) -> impl IntoView {
    let approved = StoredValue::new(approved);
    let start = browser::query_param("lang")
        .and_then(|l| shipped_locales().find(|s| *s == l))
        .unwrap_or(REFERENCE_LOCALE);
    let locale = RwSignal::new(start);
    let preview_as = RwSignal::new(start);
    let scenario = RwSignal::new(
        browser::query_param("scenario").unwrap_or_else(|| SCENARIOS[0].id.to_string()),
    );
    let step = RwSignal::new("disclosure");
    let edits = RwSignal::new(HashMap::<&'static str, String>::new());
    let approved_of = move |l: &str| {
        approved.with_value(|a| {
            a.iter()
                .find(|(id, _)| *id == l)
                .map(|(_, t)| t.clone())
                .unwrap_or_default()
        })
    };
    let text_of = move |l: &'static str| {
        edits
            .with(|e| e.get(l).cloned())
            .unwrap_or_else(|| approved_of(l))
    };
    let text = move || text_of(locale.get());
    // What the previews and the cases show: the text once typing paused.
    let settled = RwSignal::new(text_of(start));
    let timer = StoredValue::new(None::<i32>);

    let problems = Memo::new(move |_| {
        let texts = shipped_locales()
            .map(|l| (l.to_string(), vec![("report.ftl".to_string(), text_of(l))]))
            .collect();
        wording_check::check_texts(Path::new("locales"), texts)
    });

    let shown_as = move || shown_locale(locale.get(), preview_as.get());
    let before = Memo::new(move |_| render(shown_as(), &approved_of(locale.get())));
    let after = Memo::new(move |_| render(shown_as(), &settled.get()));
    let cases = Memo::new(move |_| match (before.get(), after.get()) {
        (Ok(b), Ok(a)) => Ok(changes::compare(&b, &a)),
        (Err(e), _) => Err(format!("the approved wording does not render: {e}")),
        (_, Err(e)) => Err(e),
    });

    let version = RwSignal::new(0u32);
    let shown = RwSignal::new(HashMap::<String, (u32, String)>::new());
    let round_trip = RwSignal::new(None::<f64>);
    let edited_at = StoredValue::new(0.0f64);
    let frames = move || -> Vec<(&'static str, Platform)> {
        let s = scenario.get_untracked();
        SCENARIOS
            .iter()
            .filter(|c| s == ALL_SCENARIOS || c.id == s)
            .flat_map(|c| Platform::ALL.into_iter().map(move |p| (c.id, p)))
            .collect()
    };
    let draft_for = move |platform: &str, scenario_id: &str| -> String {
        let focus = cases.with_untracked(|c| match c {
            Ok(c) => focus_of(c, platform, scenario_id, step.get_untracked()),
            Err(_) => None,
        });
        serde_json::to_string(&ToFrame::Draft {
            version: version.get_untracked(),
            locale: shown_locale(locale.get_untracked(), preview_as.get_untracked()).to_string(),
            text: settled.get_untracked(),
            step: step.get_untracked().to_string(),
            focus,
        })
        .unwrap_or_default()
    };
    // Every change of what the frames show is a new version for all of them.
    Effect::new(move |_| {
        settled.track();
        preview_as.track();
        step.track();
        cases.track();
        version.update(|v| *v += 1);
        for frame in preview_frames() {
            let (Some(platform), Some(scenario_id)) = (
                frame.get_attribute("data-platform"),
                frame.get_attribute("data-scenario"),
            ) else {
                continue;
            };
            if let Some(window) = frame.content_window() {
                browser::post(&window, &draft_for(&platform, &scenario_id));
            }
        }
    });
    browser::on_message(
        move |text, source| match serde_json::from_str::<ToWorkbench>(&text) {
            Ok(ToWorkbench::Ready {
                platform,
                scenario: scenario_id,
            }) => {
                if let Some(source) = source {
                    browser::post(&source, &draft_for(&platform, &scenario_id));
                }
            }
            Ok(ToWorkbench::Shown {
                version: v,
                platform,
                scenario: scenario_id,
                outcome,
            }) => {
                shown.update(|s| {
                    s.insert(format!("{platform}/{scenario_id}"), (v, outcome));
                });
                let current = version.get_untracked();
                let all = frames().iter().all(|(s, p)| {
                    shown.with_untracked(|m| {
                        m.get(&format!("{}/{s}", p.id()))
                            .is_some_and(|(v, _)| *v == current)
                    })
                });
                if all && v == current && edited_at.get_value() > 0.0 {
                    browser::measure("workbench-round-trip", "workbench-edit");
                    round_trip.set(Some(browser::now_ms() - edited_at.get_value()));
                    edited_at.set_value(0.0);
                }
            }
            Err(_) => {}
        },
    );

    let area = NodeRef::<leptos::html::Textarea>::new();
    let edit = move |value: String| {
        let l = locale.get_untracked();
        // Timed from the last keystroke: the wait a planner sees.
        browser::mark("workbench-edit");
        edited_at.set_value(browser::now_ms());
        round_trip.set(None);
        edits.update(|e| {
            e.insert(l, value.clone());
        });
        if let Some(t) = timer.get_value() {
            if let Some(w) = web_sys::window() {
                w.clear_timeout_with_handle(t);
            }
        }
        let settle = wasm_bindgen::closure::Closure::once_into_js(move || settled.set(value));
        let handle = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                settle.unchecked_ref(),
                SETTLE_MS,
            )
            .ok()
        });
        timer.set_value(handle);
    };
    let choose_locale = move |l: &'static str| {
        locale.set(l);
        preview_as.set(l);
        settled.set(text_of(l));
    };
    let go_to = move |problem: &Problem| {
        let path = problem.location.path.to_string_lossy().into_owned();
        if let Some(l) = shipped_locales().find(|l| path == locale_path(l)) {
            if l != locale.get_untracked() {
                choose_locale(l);
            }
        }
        let (line, column) = problem
            .location
            .position
            .map_or((1, 1), |p| (p.line, p.column));
        if let Some(area) = area.get_untracked() {
            let at = utf16_offset(&area.value(), line, column);
            let _ = area.focus();
            let _ = area.set_selection_range(at, at);
        }
    };
    // The file is made when the link is followed, not on every keystroke.
    let download_url = StoredValue::new(None::<String>);
    let download = move |ev: leptos::ev::MouseEvent| {
        if let Some(old) = download_url.get_value() {
            browser::revoke(&old);
        }
        let url = browser::text_file_url(&text());
        let link = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        if let (Some(url), Some(link)) = (&url, link) {
            link.set_href(url);
        }
        download_url.set_value(url);
    };
    // Shown once typing paused, as the previews; copied as it is now.
    let patch_of = move |text: &str| changes::patch(locale.get(), &approved_of(locale.get()), text);

    view! {
        <header>
            <h1>"Wording workbench"</h1>
            <p>"Edit the approved wording, see the wording check and the notice on every platform as you type, then download the file for a pull request. Nothing you type leaves this page."</p>
        </header>
        <main>
            <section class="editor" aria-labelledby="editor-heading">
                <h2 id="editor-heading">"Wording file"</h2>
                <div class="controls">
                    <label>
                        "Locale "
                        <select data-testid="locale" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(l) = shipped_locales().find(|l| *l == v) { choose_locale(l) }
                        }>
                            {shipped_locales().map(|l| view! {
                                <option value=l selected=move || locale.get() == l>{endonym(l)} " (" {l} ")"</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <button type="button" data-testid="reset" disabled=move || edits.with(|e| !e.contains_key(&locale.get()))
                        on:click=move |_| { let l = locale.get_untracked(); edits.update(|e| { e.remove(l); }); settled.set(text_of(l)); }>
                        "Undo all edits of this file"
                    </button>
                </div>
                <label class="file" for="ftl">{move || locale_path(locale.get())}</label>
                <textarea id="ftl" data-testid="ftl" node_ref=area spellcheck="false" aria-describedby="check-summary"
                    prop:value=text on:input=move |ev| edit(event_target_value(&ev))></textarea>
                <div class="download">
                    <a data-testid="download" download="report.ftl" href="#" on:click=download>
                        "Download " {move || locale_path(locale.get())}
                    </a>
                    <details>
                        <summary>"Patch for a pull request"</summary>
                        <textarea readonly data-testid="patch" aria-label="Patch" prop:value=move || patch_of(&settled.get())></textarea>
                        <button type="button" on:click=move |_| browser::copy_to_clipboard(&patch_of(&text()))>"Copy the patch"</button>
                    </details>
                </div>
            </section>
            <div class="side">
            <section class="check" aria-labelledby="check-heading">
                <h2 id="check-heading">"Wording check"</h2>
                <p id="check-summary" role="status" data-testid="check-summary">{move || problems.with(summary)}</p>
                <ol data-testid="problems">
                    {move || problems.with(|o| o.problems.clone()).into_iter().map(|p| {
                        let place = p.location.to_string();
                        let error = p.error.clone();
                        let fix = p.fix.clone();
                        view! {
                            <li data-testid="problem">
                                <button type="button" class="problem" on:click=move |_| go_to(&p)>
                                    <span class="place">{place}</span> ": error: " {error}
                                </button>
                                <p class="fix">"fix: " {fix}</p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </section>
            <section class="changes" aria-labelledby="changes-heading">
                <h2 id="changes-heading">"What changes"</h2>
                {move || changes_view(locale.get(), cases.get())}
            </section>
            </div>
            <section class="preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">"Preview"</h2>
                <div class="controls">
                    <label>
                        "Scenario "
                        <select data-testid="scenario" on:change=move |ev| scenario.set(event_target_value(&ev))>
                            {SCENARIOS.iter().map(|s| view! {
                                <option value=s.id selected=move || scenario.get() == s.id>{s.id}</option>
                            }).collect_view()}
                            <option value=ALL_SCENARIOS selected=move || scenario.get() == ALL_SCENARIOS>"All scenarios"</option>
                        </select>
                    </label>
                    <label>
                        "Step "
                        <select data-testid="step" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(s) = SNAPSHOT_STEPS.into_iter().find(|s| *s == v) { step.set(s) }
                        }>
                            {SNAPSHOT_STEPS.map(|s| view! { <option value=s selected=move || step.get() == s>{s}</option> }).collect_view()}
                        </select>
                    </label>
                    <label>
                        "Shown as "
                        <select data-testid="preview-as" disabled=move || locale.get() != REFERENCE_LOCALE
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                if let Some(l) = [REFERENCE_LOCALE, pseudo::ACCENTED, pseudo::BIDI].into_iter().find(|l| *l == v) { preview_as.set(l) }
                            }>
                            <option value=move || locale.get() selected=move || preview_as.get() == locale.get()>"the locale itself"</option>
                            {[pseudo::ACCENTED, pseudo::BIDI].map(|l| view! {
                                <option value=l selected=move || preview_as.get() == l>{endonym(l)}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <p role="status" data-testid="round-trip">{move || round_trip.get().map(|ms| format!("Every platform shows your edit ({ms:.0} ms after your last keystroke)."))}</p>
                </div>
                {move || {
                    let rows: Vec<&'static str> = SCENARIOS.iter().map(|s| s.id).filter(|id| { let s = scenario.get(); s == ALL_SCENARIOS || s == *id }).collect();
                    rows.into_iter().map(|id| view! {
                        <h3>{id}</h3>
                        <div class="frames" role="region" tabindex="0" aria-label=format!("Previews of {id} on every platform")>
                            {Platform::ALL.map(|p| {
                                let (width, height) = viewport(p);
                                let key = format!("{}/{id}", p.id());
                                let status = move || shown.with(|s| s.get(&key).cloned()).map_or("Loading…".to_string(), |(v, outcome)| {
                                    if v == version.get() { format!("Up to date; display check: {outcome}") } else { "Updating…".to_string() }
                                });
                                view! {
                                    <figure data-testid="platform" data-platform=p.id()>
                                        <figcaption>{platform_name(p)} " (" {width} " px): " <span data-testid="frame-status">{status}</span></figcaption>
                                        <iframe src=format!("frame.html?platform={}&scenario={id}", p.id()) data-platform=p.id() data-scenario=id
                                            title=format!("{} preview of {id}", platform_name(p)) width=width height=height></iframe>
                                    </figure>
                                }
                            }).collect_view()}
                        </div>
                    }).collect_view()
                }}
            </section>
        </main>
    }
}

fn render(locale: &str, text: &str) -> Result<Vec<String>, String> {
    let wording = wording_of(locale, text.to_string()).map_err(|e| e.to_string())?;
    changes::render_all(&wording)
}

fn preview_frames() -> Vec<web_sys::HtmlIFrameElement> {
    let Ok(all) = browser::document().query_selector_all("iframe[data-platform]") else {
        return Vec::new();
    };
    (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<web_sys::HtmlIFrameElement>().ok())
        .collect()
}

/// The longest text the edit adds to this frame's screen, to scroll to.
fn focus_of(cases: &[CaseChange], platform: &str, scenario: &str, step: &str) -> Option<String> {
    let case = cases
        .iter()
        .find(|c| c.platform.id() == platform && c.scenario == scenario)?;
    case.lines
        .iter()
        .filter_map(|l| match l {
            LineChange::Added(line) => {
                Some(line.split_once(": ").map_or(line.as_str(), |(_, t)| t))
            }
            LineChange::Removed(_) => None,
        })
        .filter(|_| case.steps.contains(&step))
        .max_by_key(|t| t.chars().count())
        .map(str::to_string)
}

fn summary(outcome: &wording_check::Outcome) -> String {
    // The command's closing line, word for word.
    outcome
        .to_string()
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

fn platform_name(p: Platform) -> &'static str {
    match p {
        Platform::Ios => "iOS",
        Platform::Android => "Android",
        Platform::Desktop => "Desktop",
    }
}

fn changes_view(locale: &'static str, cases: Result<Vec<CaseChange>, String>) -> AnyView {
    let total = Platform::ALL.len() * SCENARIOS.len();
    match cases {
        Err(e) => view! {
            <p role="alert" data-testid="changes-summary">"The edited wording cannot be formatted, so the app would show no notice and send nothing (fail closed): " {e}</p>
        }.into_any(),
        Ok(cases) if cases.is_empty() => view! {
            <p data-testid="changes-summary">"No case changes: every screen shows the approved text."</p>
        }.into_any(),
        Ok(cases) => view! {
            <p data-testid="changes-summary">{format!("{} of {total} cases change; each needs its snapshot refreshed (bash .ci/refresh-snapshots).", cases.len())}</p>
            <ul class="cases">
                {cases.into_iter().map(|c| {
                    let file = c.file(locale);
                    let name = format!("{} · {} · {}", platform_name(c.platform), c.scenario, c.steps.join(", "));
                    view! {
                        <li data-testid="case-change" data-case=format!("{}-{}", c.platform.id(), c.scenario)>
                            <h3>{name}</h3>
                            <p class="file">{file}</p>
                            <dl>
                                {c.lines.into_iter().map(|l| match l {
                                    LineChange::Removed(t) => view! { <dt>"Before"</dt><dd><del>{t}</del></dd> }.into_any(),
                                    LineChange::Added(t) => view! { <dt>"After"</dt><dd><ins>{t}</ins></dd> }.into_any(),
                                }).collect_view()}
                            </dl>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any(),
    }
}

/// The textarea's offset (UTF-16 units) of a 1-based line and column
/// counted in characters, as the wording check counts them.
fn utf16_offset(text: &str, line: usize, column: usize) -> u32 {
    let mut offset = 0u32;
    for (i, l) in text.split('\n').enumerate() {
        if i + 1 == line {
            return offset
                + l.chars()
                    .take(column.saturating_sub(1))
                    .map(|c| c.len_utf16() as u32)
                    .sum::<u32>();
        }
        offset += l.encode_utf16().count() as u32 + 1;
    }
    offset.saturating_sub(1)
}
