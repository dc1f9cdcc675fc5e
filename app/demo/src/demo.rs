//! The demo chat page: fixture chats with a "Report" button on each message,
//! account profiles and a feed to report from, switchable locale, platform
//! and page (also by URL: lang, platform, chat, scenario), and a view of what
//! the demo server received.

use crate::page;
use crate::subjects::{self, Target, ACCOUNT_VIEW, FEED_VIEW};
use leptos::prelude::*;
use report_core::screens::RowRole;
use report_core::wording::{all_locales, endonym};
use report_core::{negotiate, Conversation, MessageKind, Platform, Policy, ScreenContext, Wording};
use report_fixtures as fixtures;
use report_web::{browser, loading, ReportFlow, SubmitTarget, DEFAULT_SEND_TIMEOUT_MS};
use std::sync::Arc;

const REPORTS_URL: &str = "/api/reports";

struct Settings {
    locale: &'static str,
    platform: Platform,
    /// A chat id, `account/<id>` or `feed`.
    chat: String,
    report: Option<Target>,
}

impl Settings {
    fn from_page() -> Settings {
        let locale = page::query_param("lang")
            .and_then(|l| all_locales().find(|s| *s == l))
            .unwrap_or_else(|| negotiate(&page::navigator_languages()));
        let platform = page::query_param("platform")
            .and_then(|p| Platform::from_id(&p))
            .unwrap_or(Platform::Desktop);
        let scenario = page::query_param("scenario")
            .and_then(|s| fixtures::scenario(&s))
            .map(Target::of_scenario);
        let chat = scenario
            .as_ref()
            .map(|(view, _)| view.clone())
            .or_else(|| page::query_param("chat"))
            .filter(|c| subjects::is_view(c))
            .unwrap_or_else(|| fixtures::CONVERSATION_IDS[0].to_string());
        let report = scenario
            .map(|(_, target)| target)
            .or_else(|| page::query_param("report").map(Target::Message));
        Settings {
            locale,
            platform,
            chat,
            report,
        }
    }
}

#[component]
pub fn Demo() -> impl IntoView {
    let start = Settings::from_page();
    let locale = RwSignal::new(start.locale);
    let platform = RwSignal::new(start.platform);
    let chat_id = RwSignal::new(start.chat);
    let reporting = RwSignal::new(start.report);
    let received = RwSignal::new(None::<String>);
    let utc_offset = browser::utc_offset_minutes();
    // Testers shorten the send timeout to try slow networks quickly.
    let send_timeout_ms = page::query_param("send_timeout_ms")
        .and_then(|t| t.parse().ok())
        .unwrap_or(DEFAULT_SEND_TIMEOUT_MS);
    // A planner's draft: `?ftl=/path/draft.ftl` (same origin) replaces the
    // wording of the current locale, loaded at runtime like a hot update.
    let draft_path = page::query_param("ftl");
    let draft = RwSignal::new(None::<Result<Arc<Wording>, String>>);
    if let Some(path) = draft_path.clone() {
        leptos::task::spawn_local(async move {
            let loaded = match loading::fetch_text(&path).await {
                Ok(text) => Wording::from_sources(locale.get_untracked(), [(path, text)])
                    .map(Arc::new)
                    .map_err(|e| e.to_string()),
                Err(e) => Err(e),
            };
            draft.set(Some(loaded));
        });
    }
    // Loaded when first shown, not all at start-up: most people see one
    // locale, and only its file is downloaded.
    let wordings = RwSignal::new(Vec::<(&'static str, Result<Arc<Wording>, String>)>::new());
    let requested = StoredValue::new(Vec::<&'static str>::new());
    let has_draft = draft_path.is_some();
    Effect::new(move |_| {
        let l = locale.get();
        if has_draft || requested.with_value(|r| r.contains(&l)) {
            return;
        }
        requested.update_value(|r| r.push(l));
        leptos::task::spawn_local(async move {
            let loaded = loading::shipped_wording(l).await.map(Arc::new);
            wordings.update(|all| all.push((l, loaded)));
        });
    });
    // None while the wording is still loading.
    let wording = move || {
        if has_draft {
            return draft.get();
        }
        let l = locale.get();
        wordings.with(|all| all.iter().find(|(id, _)| *id == l).map(|(_, w)| w.clone()))
    };

    Effect::new(move |_| {
        let l = locale.get();
        page::set_document_language(l);
        page::replace_query(&[
            ("lang", l),
            ("platform", platform.get().id()),
            ("chat", &chat_id.get()),
        ]);
    });

    let close = move |_: ()| {
        let target = reporting.get_untracked();
        reporting.set(None);
        if let Some(target) = target {
            // Focus goes back to where the person started.
            request_animation_frame(move || browser::focus(&target.button_selector()));
        }
    };
    let sent = move |_: (report_core::ReportPayload, String)| {
        leptos::task::spawn_local(async move {
            match received_reports().await {
                Ok(text) => received.set(Some(text)),
                Err(e) => received.set(Some(e)),
            }
        });
    };

    move || {
        let Some(loaded) = wording() else {
            return ().into_any();
        };
        let w = match loaded {
            Ok(w) => w,
            Err(detail) => {
                leptos::logging::error!("wording: {detail}");
                return page_unavailable().into_any();
            }
        };
        let chat = fixtures::conversation(&chat_id.get());
        let p = platform.get();
        let page = match chat_page(
            &w,
            p,
            utc_offset,
            chat.as_ref(),
            locale,
            platform,
            chat_id,
            reporting,
            received,
        ) {
            Ok(page) => page,
            Err(detail) => {
                leptos::logging::error!("wording: {detail}");
                return page_unavailable().into_any();
            }
        };
        // Its own reactive scope: opening the dialog must not rebuild the chat.
        let flow = move || {
            let request = reporting.get()?.request(chat.as_ref())?;
            Some(view! {
                <ReportFlow
                    request=request
                    policy=Policy::default()
                    wording=w.clone()
                    platform=p
                    utc_offset_minutes=utc_offset
                    submit=submit_target()
                    on_close=close
                    on_sent=sent
                    send_timeout_ms=send_timeout_ms
                    host_app_version=report_fixtures::cases::SNAPSHOT_HOST_APP_VERSION.to_string()
                />
            })
        };
        view! { {page} {flow} }.into_any()
    }
}

/// Fail closed for the whole page, in one language: the reference locale's
/// own notice, since the person's locale is what failed.
fn page_unavailable() -> impl IntoView {
    let text = Wording::shipped(report_core::wording::REFERENCE_LOCALE)
        .and_then(|w| w.format("flow-unavailable", None))
        .unwrap_or_default();
    view! { <p role="alert" data-testid="page-error" lang="en" dir="ltr">{text}</p> }
}

/// A host app embedding the page may take over sending by defining
/// `window.reportDisclosureSubmit`; otherwise reports go to the demo server.
fn submit_target() -> SubmitTarget {
    page::host_function("reportDisclosureSubmit")
        .map(SubmitTarget::Callback)
        .unwrap_or_else(|| SubmitTarget::Url(REPORTS_URL.to_string()))
}

/// The chats and accounts the settings offer, as (value, label). Built once:
/// the page is rebuilt on every change of chat, and a chat's title would
/// otherwise cost building every fixture chat again.
struct PageChoices {
    chats: Vec<(String, String)>,
    accounts: Vec<(String, String)>,
}

impl PageChoices {
    fn get() -> &'static PageChoices {
        static CHOICES: std::sync::OnceLock<PageChoices> = std::sync::OnceLock::new();
        CHOICES.get_or_init(|| PageChoices {
            chats: fixtures::conversations()
                .into_iter()
                .map(|c| (c.id, c.title))
                .collect(),
            accounts: fixtures::ACCOUNT_IDS
                .iter()
                .filter_map(|id| fixtures::account(id))
                .map(|a| (format!("{ACCOUNT_VIEW}{}", a.id), a.display_name))
                .collect(),
        })
    }
}

#[allow(clippy::too_many_arguments)]
fn chat_page(
    w: &Wording,
    p: Platform,
    utc_offset_minutes: i32,
    chat: Option<&Conversation>,
    locale: RwSignal<&'static str>,
    platform: RwSignal<Platform>,
    chat_id: RwSignal<String>,
    reporting: RwSignal<Option<Target>>,
    received: RwSignal<Option<String>>,
) -> Result<AnyView, report_core::WordingError> {
    let ctx = ScreenContext {
        wording: w,
        platform: p,
        utc_offset_minutes,
    };
    let t = |id: &str| w.format(id, None);
    let view_id = chat_id.get_untracked();
    let content = match (chat, view_id.strip_prefix(ACCOUNT_VIEW)) {
        (Some(chat), _) => messages(&ctx, chat, reporting)?,
        (None, Some(account_id)) => subjects::profile_page(w, account_id, reporting)?,
        (None, None) => subjects::feed_page(&ctx, reporting)?,
    };
    let locale_options = all_locales()
        .map(|l| {
            view! {
                <option value=l lang=l translate="no" selected=move || locale.get() == l>
                    {endonym(l)}
                </option>
            }
        })
        .collect_view();
    let platform_options = Platform::ALL
        .into_iter()
        .map(|pl| {
            let label = t(&format!("platform-{}", pl.id()))?;
            Ok(view! { <option value=pl.id() selected=move || platform.get() == pl>{label}</option> })
        })
        .collect::<Result<Vec<_>, report_core::WordingError>>()?;
    let option = |value: String, label: String| {
        let selected = {
            let value = value.clone();
            move || chat_id.get() == value
        };
        view! { <option value=value translate="no" selected=selected>{label}</option> }
    };
    let choices = PageChoices::get();
    let chat_options = choices
        .chats
        .iter()
        .map(|(value, label)| option(value.clone(), label.clone()))
        .collect_view();
    let account_options = choices
        .accounts
        .iter()
        .map(|(value, label)| option(value.clone(), label.clone()))
        .collect_view();
    let empty = t("chat-server-empty")?;
    let verified = t("chat-server-verified")?;
    let unverified = t("chat-server-unverified")?;
    let server = move || match received.get() {
        Some(text) => {
            let rows = verdicts(&text)
                .into_iter()
                .map(|(reference, ok, reason)| {
                    let status = if ok {
                        verified.clone()
                    } else {
                        unverified.clone()
                    };
                    view! {
                        <li data-testid="received-report" data-verified=ok.to_string()
                            data-reason=reason data-reference=reference.clone()>
                            <code translate="no">{reference.clone()}</code>" "{status}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <ul class="received">{rows}</ul>
                <pre data-testid="server-received" translate="no">{text}</pre>
            }
            .into_any()
        }
        None => view! { <p>{empty.clone()}</p> }.into_any(),
    };
    Ok(view! {
        <header class="settings">
            <h1>{t("chat-heading")?}</h1>
            <details open>
                <summary>{t("chat-settings")?}</summary>
                <label>{t("chat-language")?}" "
                    <select data-testid="set-lang" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(l) = all_locales().find(|l| *l == v) {
                            reporting.set(None);
                            locale.set(l);
                        }
                    }>{locale_options}</select>
                </label>
                <label>{t("chat-platform")?}" "
                    <select data-testid="set-platform" on:change=move |ev| {
                        if let Some(pl) = Platform::from_id(&event_target_value(&ev)) {
                            reporting.set(None);
                            platform.set(pl);
                        }
                    }>{platform_options}</select>
                </label>
                <label>{t("chat-conversation")?}" "
                    <select data-testid="set-chat" on:change=move |ev| {
                        reporting.set(None);
                        chat_id.set(event_target_value(&ev));
                    }>
                        <optgroup label=t("chat-page-chat")?>{chat_options}</optgroup>
                        <optgroup label=t("chat-page-account")?>{account_options}</optgroup>
                        <option value=FEED_VIEW selected=move || chat_id.get() == FEED_VIEW>
                            {t("chat-page-feed")?}
                        </option>
                    </select>
                </label>
            </details>
        </header>
        <main>
            {content}
            <section class="server">
                <h2>{t("chat-server-heading")?}</h2>
                {server}
            </section>
        </main>
    }
    .into_any())
}

/// The chat: each message with a "Report" button, unless it cannot be reported.
fn messages(
    ctx: &ScreenContext,
    chat: &Conversation,
    reporting: RwSignal<Option<Target>>,
) -> Result<AnyView, report_core::WordingError> {
    let w = ctx.wording;
    let p = ctx.platform;
    let t = |id: &str| w.format(id, None);
    let report_label = t("chat-report-button")?;
    let mut rows = vec![];
    for m in &chat.messages {
        let entry = ctx.preview_entry(m, RowRole::After)?;
        let body = match &m.kind {
            MessageKind::SystemNotice { text } => {
                view! { <p class="notice" dir="auto" translate="no">{text.clone()}</p> }.into_any()
            }
            MessageKind::Unsent => {
                view! { <p class="notice">{t("chat-message-unsent")?}</p> }.into_any()
            }
            _ => {
                let media = entry.media.into_iter().map(|media| {
                    view! {
                        <figure class="media">
                            {media.thumbnail_url.map(|u| view! { <img src=u alt="" width="96" height="72" /> })}
                            <figcaption>{media.label}</figcaption>
                        </figure>
                    }
                }).collect_view();
                let text = entry
                    .text
                    .map(|t| view! { <p class="content" dir="auto" translate="no">{t}</p> });
                view! { {media} {text} }.into_any()
            }
        };
        let button = if m.kind.is_sent_in_reports() {
            let mut args = subjects::sender_time_args(&entry.sender, &entry.time);
            args.set("platform", p.id());
            let aria = w.format("chat-report-button-label", Some(&args))?;
            let target = Target::Message(m.id.clone());
            Some(subjects::report_button(
                report_label.clone(),
                aria,
                target,
                reporting,
            ))
        } else {
            None
        };
        rows.push(view! {
            <li class="msg" data-message-id=m.id.clone()>
                <p class="meta"><bdi class="sender" translate="no">{entry.sender}</bdi>" "<span class="time">{entry.time}</span></p>
                {body}
                {button}
            </li>
        });
    }
    Ok(view! {
        <h2 class="chat-title"><bdi translate="no">{chat.title.clone()}</bdi></h2>
        <ol class="chat" data-testid="chat">{rows}</ol>
    }
    .into_any())
}

/// (reference, verified, reason code) of each report the server lists.
/// The browser's JSON parser reads the list: a Rust one would add about
/// 13 KiB (brotli) to the download for this demo-only view.
/// Every report the demo server holds, as one JSON array, read a page at a
/// time (the server runs with --demo, so reading needs no token).
async fn received_reports() -> Result<String, String> {
    let all = js_sys::Array::new();
    let mut url = format!("{REPORTS_URL}?limit=1000");
    loop {
        let text = loading::fetch_text(&url).await?;
        let page = js_sys::JSON::parse(&text).map_err(|_| format!("{url}: not JSON"))?;
        let field = |k: &str| {
            js_sys::Reflect::get(&page, &wasm_bindgen::JsValue::from_str(k)).unwrap_or_default()
        };
        for report in js_sys::Array::from(&field("reports")).iter() {
            all.push(&report);
        }
        match field("next_after").as_string() {
            Some(next) => url = format!("{REPORTS_URL}?limit=1000&after={next}"),
            None => break,
        }
    }
    js_sys::JSON::stringify(&all)
        .map(String::from)
        .map_err(|_| "the received reports cannot be shown".to_string())
}

fn verdicts(json: &str) -> Vec<(String, bool, String)> {
    let Ok(all) = js_sys::JSON::parse(json) else {
        return vec![];
    };
    let field = |r: &wasm_bindgen::JsValue, k: &str| {
        js_sys::Reflect::get(r, &wasm_bindgen::JsValue::from_str(k)).unwrap_or_default()
    };
    js_sys::Array::from(&all)
        .iter()
        .map(|r| {
            (
                field(&r, "reference").as_string().unwrap_or_default(),
                field(&r, "verified").as_bool() == Some(true),
                field(&r, "unverified_reason")
                    .as_string()
                    .unwrap_or_default(),
            )
        })
        .collect()
}
