//! The report dialog: reason -> disclosure and preview -> agreement -> receipt.
//!
//! Everything shown comes from one `Notice` (the disclosure and its screen);
//! the payload is that same `Notice` agreed to (`Notice::agree`), built at the
//! moment of agreement and kept, so a retry resends exactly the same report.

use crate::browser;
use crate::display_check::{check_disclosure, NotDisplayed};
use crate::submit::{NotSent, Refusal, SubmitTarget};
use leptos::prelude::*;
use report_core::screens::{
    DisclosureScreen, PreviewEntry, PreviewSection, ProfileFact, ReasonScreen, ReceiptScreen,
    RowRole, SectionBody, SendScreen,
};
use report_core::snapshot;
use report_core::steps::{Effect, Event, Flow, Step};
use report_core::{
    Agreement, Notice, Platform, Policy, Reason, ReportPayload, ReportRequest, ScreenContext,
    Wording,
};
use std::sync::Arc;

/// How long one send attempt may take when the host does not say
/// (documented in the package's `index.d.ts`).
pub const DEFAULT_SEND_TIMEOUT_MS: u32 = 15_000;

/// Everything the flow shows, prepared before anything is shown.
struct Prepared {
    /// What is shown and, agreed to, sent.
    notice: Notice,
    reason: ReasonScreen,
    send: SendScreen,
    wording: Arc<Wording>,
    /// Shown instead of the disclosure when the page cannot show it, with
    /// the label of its one button.
    not_displayed: (String, String),
    /// The idempotency key: one per opened flow, reused by every retry.
    report_id: String,
}

#[component]
pub fn ReportFlow(
    /// What the person reports: a message in a chat, an account or a post.
    request: ReportRequest,
    policy: Policy,
    wording: Arc<Wording>,
    platform: Platform,
    utc_offset_minutes: i32,
    submit: SubmitTarget,
    /// Called when the person leaves the flow, whether or not anything was sent.
    #[prop(into)]
    on_close: Callback<()>,
    /// Called after the server confirmed the report, with what was sent.
    #[prop(into)]
    on_sent: Callback<(ReportPayload, String)>,
    /// Called when the receiver refused the report in a way no retry can
    /// change (the flow then shows its final step, without a retry).
    #[prop(optional, into)]
    on_refused: Option<Callback<Refusal>>,
    /// How long one send attempt may take before the person is offered a retry.
    #[prop(default = DEFAULT_SEND_TIMEOUT_MS)]
    send_timeout_ms: u32,
    /// The host app's version: shown on the disclosure and sent.
    #[prop(optional)]
    host_app_version: Option<String>,
    /// Called when the page could not show the notice as formatted, so the
    /// flow failed closed (see `display_check`).
    #[prop(optional, into)]
    on_not_displayed: Option<Callback<NotDisplayed>>,
    /// The reason and comment the person already gave on a first step shown
    /// before this component loaded (the package's `index.js`): the flow
    /// opens on the disclosure of that choice.
    #[prop(optional_no_strip)]
    start: Option<(Reason, String)>,
) -> impl IntoView {
    let ctx = ScreenContext {
        wording: &wording,
        platform,
        utc_offset_minutes,
    };
    // The receiver's rules, before anything is shown (hosts reject the mount
    // on these first; this guards every other caller).
    let prepared = Notice::new(&request, &policy, host_app_version.as_deref(), &ctx)
        .map_err(|e| e.to_string())
        .and_then(|notice| {
            let reason = ctx
                .reason_screen(notice.disclosure().kind())
                .map_err(|e| e.to_string())?;
            let send = ctx.send_screen().map_err(|e| e.to_string())?;
            // The receipt is worded later; prove now that it can be.
            ctx.receipt_screen(notice.disclosure(), Reason::Other, "R-0")
                .map_err(|e| e.to_string())?;
            let not_displayed = (
                wording
                    .format("flow-not-displayed", None)
                    .map_err(|e| e.to_string())?,
                wording
                    .format("button-close", None)
                    .map_err(|e| e.to_string())?,
            );
            // Without a random key, retries could not be told from new reports.
            let report_id = browser::new_report_id()
                .ok_or_else(|| "no secure random numbers for the report id".to_string())?;
            Ok(Prepared {
                notice,
                reason,
                send,
                wording: wording.clone(),
                not_displayed,
                report_id,
            })
        });
    // The step rules live in report_core::steps; this renders them.
    let mut first = Flow::new();
    let comment = match (&prepared, start) {
        (Ok(_), Some((reason, comment))) => {
            first.on(Event::ChooseReason(reason));
            first.on(Event::Next);
            comment
        }
        _ => String::new(),
    };
    let flow = RwSignal::new(first);
    let dispatch = move |event: Event| -> Effect {
        let mut effect = Effect::None;
        flow.update(|f| effect = f.on(event));
        if effect == Effect::Close {
            on_close.run(());
        }
        effect
    };
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // A modal dialog is drawn in the top layer, above everything the host
    // page stacks (z-index, sticky headers, transforms), and makes the page
    // behind it inert. Shown once it is in the document.
    leptos::prelude::Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() && d.show_modal().is_err() {
                d.set_open(true);
            }
        }
    });
    let body = match prepared {
        Ok(prepared) => steps(
            prepared,
            Sending {
                platform,
                utc_offset_minutes,
                submit,
                timeout_ms: send_timeout_ms,
            },
            Checking {
                dialog,
                on_not_displayed,
            },
            (flow, comment),
            dispatch,
            (on_sent, on_refused),
        )
        .into_any(),
        Err(detail) => unavailable(&wording, detail, on_close).into_any(),
    };
    // For hosts' conformance checks and the tests: whether the disclosure
    // now on screen was confirmed ("pending" until the check has run).
    let display_check = move || match flow.with(|f| (f.step(), f.can_agree())) {
        (Step::Reason, _) => "not-shown",
        (Step::NotDisplayed, _) => "failed",
        (Step::Disclosure, false) => "pending",
        _ => "passed",
    };
    view! {
        <dialog class="backdrop" node_ref=dialog aria-labelledby="report-title"
            data-testid="report-dialog" data-display-check=display_check
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" {
                    // The browser's own Escape would close the dialog under
                    // the flow; the flow decides (not while a send is in flight).
                    ev.prevent_default();
                    dispatch(Event::Escape);
                } else {
                    keep_focus_inside(ev);
                }
            }
            on:cancel=move |ev: web_sys::Event| ev.prevent_default()
            on:close=move |_: web_sys::Event| {
                // Closed by the browser after all (a back gesture the page
                // cannot refuse): the flow follows, unless a send is in
                // flight, whose outcome the person is owed.
                if dispatch(Event::Escape) != Effect::Close {
                    if let Some(d) = dialog.get_untracked() {
                        let _ = d.show_modal();
                    }
                }
            }>
            <div class="dialog">{body}</div>
        </dialog>
    }
}

/// Keyboard users stay in the dialog (Tab wraps around) until they leave it
/// with a button; the page behind it is not reachable while it is open.
fn keep_focus_inside(ev: web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    if ev.key() != "Tab" {
        return;
    }
    let Some(dialog) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let active = browser::active_element(&dialog);
    let Ok(list) = dialog.query_selector_all(
        "button:not([disabled]), input:not([disabled]), textarea:not([disabled]), select, a[href]",
    ) else {
        return;
    };
    let focusable: Vec<web_sys::HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let (Some(first), Some(last)) = (focusable.first(), focusable.last()) else {
        return;
    };
    let position = active.as_ref().and_then(|a| {
        focusable
            .iter()
            .position(|f| f.unchecked_ref::<web_sys::Element>() == a)
    });
    let inside = active
        .as_ref()
        .is_some_and(|a| dialog.contains(Some(a.unchecked_ref())));
    // A radio group is one Tab stop: from any of its radios, Shift+Tab leaves
    // the group, so a group at the start counts as the first stop.
    let radio_group = |el: &web_sys::HtmlElement| {
        el.dyn_ref::<web_sys::HtmlInputElement>()
            .filter(|i| i.type_() == "radio")
            .map(|i| i.name())
    };
    let at_first_stop = match position {
        Some(i) => {
            let group = radio_group(&focusable[i]);
            focusable[..i]
                .iter()
                .all(|f| group.is_some() && radio_group(f) == group)
        }
        // Focus on the dialog's title (or anything not focusable by Tab).
        None => inside,
    };
    if ev.shift_key() && (at_first_stop || !inside) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && (position == Some(focusable.len() - 1) || !inside) {
        ev.prevent_default();
        let _ = first.focus();
    }
}

/// Fail closed: no partial disclosure, no way to send.
fn unavailable(wording: &Wording, detail: String, on_close: Callback<()>) -> impl IntoView {
    leptos::logging::error!("report flow unavailable: {detail}");
    let notice = |w: &Wording| {
        Some((
            w.format("flow-unavailable", None).ok()?,
            w.format("button-close", None).ok()?,
        ))
    };
    // The reference locale only when the person's own cannot say it.
    let (message, close) = notice(wording)
        .or_else(|| {
            Wording::shipped(report_core::wording::REFERENCE_LOCALE)
                .ok()
                .as_ref()
                .and_then(notice)
        })
        .unwrap_or_else(|| {
            let (message, close) = report_core::wording::UNAVAILABLE_FALLBACK;
            (message.to_string(), close.to_string())
        });
    view! {
        <section class="step" data-step="unavailable">
            <p id="report-title" role="alert" data-testid="flow-error">{message}</p>
            <div class="actions">
                <button type="button" on:click=move |_| on_close.run(())>{close}</button>
            </div>
        </section>
    }
}

/// Where the display check looks, and whom it tells when it fails.
struct Checking {
    dialog: NodeRef<leptos::html::Dialog>,
    on_not_displayed: Option<Callback<NotDisplayed>>,
}

/// How and where the consented report goes.
struct Sending {
    platform: Platform,
    utc_offset_minutes: i32,
    submit: SubmitTarget,
    timeout_ms: u32,
}

fn steps(
    prepared: Prepared,
    sending: Sending,
    checking: Checking,
    (flow, comment): (RwSignal<Flow>, String),
    dispatch: impl Fn(Event) -> Effect + Copy + Send + Sync + 'static,
    (on_sent, on_refused): (Callback<(ReportPayload, String)>, Option<Callback<Refusal>>),
) -> impl IntoView {
    let Sending {
        platform,
        utc_offset_minutes,
        submit,
        timeout_ms,
    } = sending;
    // Memos, so that choosing a reason re-renders nothing but the radios.
    let step = Memo::new(move |_| flow.with(|f| f.step()));
    let comment = RwSignal::new(comment);
    let payload = RwSignal::new(None::<ReportPayload>);
    let receipt = RwSignal::new(None::<ReceiptScreen>);
    let prepared = StoredValue::new(prepared);
    // A host callback is a JS function: it lives on this thread only.
    let submit = StoredValue::new_local(submit);
    let Checking {
        dialog,
        on_not_displayed,
    } = checking;
    let confirmed_lines = StoredValue::new(0u32);
    let failure_cause = RwSignal::new(String::new());
    // Runs the display check on the disclosure now on screen; false (and the
    // flow failed closed, the host told) when it is not readable as formatted.
    let confirm_displayed = move || -> bool {
        let Some(d) = dialog.get_untracked() else {
            return false;
        };
        let outcome = prepared.with_value(|pr| check_disclosure(&d, pr.notice.lines()));
        match outcome {
            Ok(lines) => {
                confirmed_lines.set_value(lines);
                dispatch(Event::NoticeDisplayed);
                true
            }
            Err(failure) => {
                leptos::logging::error!("report notice not displayed: {}", failure.cause);
                failure_cause.set(failure.cause.clone());
                dispatch(Event::NoticeNotDisplayed);
                if let Some(tell) = on_not_displayed {
                    tell.run(failure);
                }
                false
            }
        }
    };

    // Posts the payload built at agreement; a retry posts the same one.
    let send = move || {
        let Some(p) = payload.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let target = submit.get_value();
            let outcome = target.send(&p.report_id, &p.to_json(), timeout_ms).await;
            match outcome {
                Ok(reference) => {
                    let screen = prepared.with_value(|pr| {
                        ScreenContext {
                            wording: &pr.wording,
                            platform,
                            utc_offset_minutes,
                        }
                        .receipt_screen(
                            pr.notice.disclosure(),
                            p.reason,
                            &reference,
                        )
                    });
                    match screen {
                        Ok(screen) => receipt.set(Some(screen)),
                        Err(e) => leptos::logging::error!("receipt wording: {e}"),
                    }
                    dispatch(Event::SendSucceeded);
                    // A late answer after the person left files nothing new
                    // (the id is the same) and shows nothing.
                    if flow.with_untracked(|f| f.step()) == Step::Receipt {
                        on_sent.run((p, reference));
                    }
                }
                Err(NotSent {
                    detail,
                    refused: Some(refusal),
                }) => {
                    leptos::logging::warn!("report refused: {detail}");
                    dispatch(Event::SendRefused);
                    if flow.with_untracked(|f| f.step()) == Step::Refused {
                        if let Some(on_refused) = on_refused {
                            on_refused.run(refusal);
                        }
                    }
                }
                Err(NotSent { detail, .. }) => {
                    leptos::logging::warn!("report not sent: {detail}");
                    dispatch(Event::SendFailed);
                }
            }
        });
    };

    let agree = move || {
        // Checked again at the press: the host may have covered or changed
        // the notice since it was first confirmed.
        if !flow.with_untracked(|f| f.can_agree()) || !confirm_displayed() {
            return;
        }
        // A second press while the first is in flight sends nothing.
        if dispatch(Event::Agree) != Effect::Send {
            return;
        }
        let Some(chosen_reason) = flow.with_untracked(|f| f.reason()) else {
            return;
        };
        let built = prepared.with_value(|pr| {
            pr.notice.agree(&Agreement {
                reason: chosen_reason,
                comment: &comment.get_untracked(),
                consented_at: &browser::now_rfc3339(),
                report_id: &pr.report_id,
                confirmed_lines: confirmed_lines.get_value(),
            })
        });
        payload.set(Some(built));
        send();
    };
    let retry = move || {
        if dispatch(Event::Retry) == Effect::Send {
            send();
        }
    };

    let view_for_step = move || {
        let (reason, disclosure, send) =
            prepared.with_value(|p| (p.reason.clone(), p.notice.screen().clone(), p.send.clone()));
        match step.get() {
            Step::NotDisplayed => {
                let (message, close) = prepared.with_value(|p| p.not_displayed.clone());
                not_displayed(message, close, failure_cause.get_untracked(), dispatch).into_any()
            }
            Step::Reason => reason_step(reason, flow, comment, dispatch).into_any(),
            Step::Disclosure | Step::Sending | Step::Failed => view! {
                {disclosure_step(disclosure, flow, dispatch, agree, confirm_displayed)}
                {move || match step.get() {
                    Step::Sending => view! {
                        <p class="status" role="status" data-testid="sending">
                            {send.sending.clone()}
                        </p>
                    }.into_any(),
                    Step::Failed => view! {
                        <div class="status failed" role="alert" data-testid="send-failed">
                            <p>{send.failed.clone()}</p>
                            <button type="button" class="primary" data-testid="retry"
                                on:click=move |_| retry()>
                                {send.retry.clone()}
                            </button>
                        </div>
                    }.into_any(),
                    _ => ().into_any(),
                }}
            }
            .into_any(),
            Step::Receipt => receipt_step(receipt.get(), dispatch).into_any(),
            Step::Refused => refused_step(send.refused, send.close, dispatch).into_any(),
            Step::Closed => ().into_any(),
        }
    };
    view! { <div class="flow" data-platform=platform.id()>{view_for_step}</div> }
}

fn reason_step(
    s: ReasonScreen,
    flow: RwSignal<Flow>,
    comment: RwSignal<String>,
    dispatch: impl Fn(Event) -> Effect + Copy + 'static,
) -> impl IntoView {
    let reason = Memo::new(move |_| flow.with(|f| f.reason()));
    request_focus("#report-title");
    // Measured by the benchmark: from "Report" to the dialog in the DOM, which
    // includes preparing the whole disclosure.
    browser::mark_after_layout("dialog-rendered");
    let options = s
        .reasons
        .into_iter()
        .map(|(r, label)| {
            view! {
                <label class="reason">
                    <input type="radio" name="reason" value=r.id()
                        prop:checked=move || reason.get() == Some(r)
                        on:change=move |_| { dispatch(Event::ChooseReason(r)); } />
                    <span data-snap="option">{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <section class="step" data-step="reason">
            <h2 id="report-title" tabindex="-1" data-snap="title">{s.title}</h2>
            <fieldset class="reasons">
                <legend data-snap="legend">{s.intro}</legend>
                {options}
            </fieldset>
            <label class="comment" for="report-comment" data-snap="label">{s.comment_label}</label>
            // The receiver's limit: a longer comment would be refused after agreement.
            <textarea id="report-comment" rows="3" aria-describedby="report-comment-hint"
                maxlength=report_core::limits::MAX_COMMENT_CHARS
                prop:value=move || comment.get()
                on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
            <p class="hint" id="report-comment-hint" data-snap="hint">{s.comment_hint}</p>
            <div class="actions">
                <button type="button" class="primary" data-testid="next" data-snap="button"
                    disabled=move || !flow.with(|f| f.can_go_next())
                    on:click=move |_| {
                        browser::mark("next-click");
                        dispatch(Event::Next);
                    }>{s.next}</button>
                <button type="button" data-testid="cancel" data-snap="button"
                    on:click=move |_| { dispatch(Event::Cancel); }>
                    {s.cancel}
                </button>
            </div>
        </section>
    }
}

fn disclosure_step(
    s: DisclosureScreen,
    flow: RwSignal<Flow>,
    dispatch: impl Fn(Event) -> Effect + Copy + 'static,
    agree: impl Fn() + Copy + 'static,
    confirm_displayed: impl Fn() -> bool + 'static,
) -> impl IntoView {
    if flow.with_untracked(|f| f.step()) == Step::Disclosure {
        request_focus("#report-title");
        // Measured by the benchmark: from "Next" to the disclosure in the DOM.
        browser::mark_after_layout("disclosure-rendered");
        // Once laid out, before the person can agree.
        request_animation_frame(move || {
            confirm_displayed();
        });
    }
    let list = |items: Vec<String>| {
        items
            .into_iter()
            .map(|item| view! { <li data-snap="item">{item}</li> })
            .collect_view()
    };
    let preview = s.preview.into_iter().map(preview_section).collect_view();
    let details = s
        .details
        .into_iter()
        .map(|(key, text)| view! { <li data-snap="detail" data-detail=key>{text}</li> })
        .collect_view();
    view! {
        <section class="step" data-step="disclosure">
            <h2 id="report-title" tabindex="-1" data-snap="title">{s.title}</h2>
            // With the summary, what a phone's first screen shows: what is
            // sent, how many messages, to whom and why.
            <p class="headline" data-testid="headline" data-snap="headline">{s.headline}</p>
            <p class="summary" data-testid="summary" data-snap="summary">{s.summary}</p>
            {preview}
            <h3 data-snap="heading">{s.why_heading}</h3>
            <ul data-testid="purposes">{list(s.purposes)}</ul>
            <h3 data-snap="heading">{s.who_heading}</h3>
            <ul data-testid="recipients">{list(s.recipients)}</ul>
            <h3 data-snap="heading">{s.where_heading}</h3>
            <ul data-testid="countries">{list(s.countries)}</ul>
            <h3 data-snap="heading">{s.retention_heading}</h3>
            <p data-testid="retention" data-snap="text">{s.retention}</p>
            <h3 data-snap="heading">{s.details_heading}</h3>
            <ul data-testid="details">{details}</ul>
            <h3 data-snap="heading">{s.not_sent_heading}</h3>
            <ul data-testid="not-sent">{list(s.not_sent)}</ul>
            <p class="consent" data-testid="consent-note" data-snap="consent">{s.consent_note}</p>
            <div class="actions">
                <button type="button" class="primary" data-testid="agree" data-snap="button"
                    disabled=move || !flow.with(|f| f.can_agree())
                    on:click=move |_| agree()>{s.agree}</button>
                <button type="button" data-testid="back" data-snap="button"
                    disabled=move || !flow.with(|f| f.can_go_back())
                    on:click=move |_| { dispatch(Event::Back); }>{s.back}</button>
                <button type="button" data-testid="cancel" data-snap="button"
                    disabled=move || !flow.with(|f| f.can_cancel())
                    on:click=move |_| { dispatch(Event::Cancel); }>{s.cancel}</button>
            </div>
        </section>
    }
}

fn preview_section(s: PreviewSection) -> impl IntoView {
    let body = match s.body {
        SectionBody::Entries(entries) => {
            let rows = entries.into_iter().map(preview_entry).collect_view();
            view! { <ol class="preview" data-testid="preview">{rows}</ol> }.into_any()
        }
        SectionBody::Profile(facts) => {
            let facts = facts.into_iter().map(profile_fact).collect_view();
            view! { <dl class="profile" data-testid="profile">{facts}</dl> }.into_any()
        }
        SectionBody::Empty(text) => {
            view! { <p class="empty" data-testid="preview-empty" data-snap="text">{text}</p> }
                .into_any()
        }
    };
    view! {
        <h3 data-snap="heading">{s.heading}</h3>
        {body}
    }
}

/// One fact of an account: its label, then the account's own words (as
/// written, isolated) or the photo whose link is sent.
fn profile_fact(f: ProfileFact) -> impl IntoView {
    let value = f.value.map(|v| {
        view! { <dd class="content" dir="auto" translate="no" data-snap="content">{v}</dd> }
    });
    let photo = f.photo_url.map(|url| {
        view! { <dd class="photo"><img src=url alt="" width="72" height="72" /></dd> }
    });
    view! {
        <dt data-snap="fact">{f.label}</dt>
        {value}
        {photo}
    }
}

fn preview_entry(e: PreviewEntry) -> impl IntoView {
    let role = e.role.id();
    let sent = if e.role == RowRole::NotSent {
        "false"
    } else {
        "true"
    };
    let media = e
        .media
        .into_iter()
        .map(|m| {
            let thumbnail = m
                .thumbnail_url
                .map(|url| view! { <img src=url alt="" width="96" height="72" /> });
            view! {
                <figure class="media">
                    {thumbnail}
                    <figcaption class="media-label" data-snap="media">{m.label}</figcaption>
                </figure>
            }
        })
        .collect_view();
    // A not-sent row shows only its mark: only that fact is sent.
    let (meta, marker) = if e.role == RowRole::NotSent {
        let mark = e
            .marker
            .map(|m| view! { <p class="marker" data-snap=snapshot::entry_kind(e.role)>{m}</p> });
        (None, mark)
    } else {
        let meta = view! {
            <p class="meta" data-snap=snapshot::entry_kind(e.role)>
                <bdi class="sender" translate="no">{e.sender}</bdi>
                " "
                <span class="time">{e.time}</span>
            </p>
        };
        let mark = e
            .marker
            .map(|m| view! { <p class="marker" data-snap="marker">{m}</p> });
        (Some(meta), mark)
    };
    view! {
        <li class="entry" data-role=role data-sent=sent data-message-id=e.message_id>
            {meta}
            {marker}
            {media}
            {e.text.map(|t| view! { <p class="content" dir="auto" translate="no" data-snap="content">{t}</p> })}
        </li>
    }
}

/// Fail closed: the notice could not be shown as approved, so nothing can
/// be agreed to; only leaving is offered.
fn not_displayed(
    message: String,
    close: String,
    cause: String,
    dispatch: impl Fn(Event) -> Effect + Copy + 'static,
) -> impl IntoView {
    request_focus("#report-title");
    view! {
        // The cause, for the host's developers (the event carries it too).
        <section class="step" data-step="not-displayed" data-cause=cause>
            <p id="report-title" tabindex="-1" role="alert" data-testid="not-displayed">{message}</p>
            <div class="actions">
                <button type="button" data-testid="cancel"
                    on:click=move |_| { dispatch(Event::Cancel); }>{close}</button>
            </div>
        </section>
    }
}

fn receipt_step(
    receipt: Option<ReceiptScreen>,
    dispatch: impl Fn(Event) -> Effect + Copy + 'static,
) -> impl IntoView {
    request_focus("#report-title");
    receipt.map(|r| {
        view! {
            <section class="step" data-step="receipt">
                <h2 id="report-title" tabindex="-1" data-snap="title">{r.title}</h2>
                <p data-testid="reference" data-snap="text">{r.reference}</p>
                <p data-testid="receipt-summary" data-snap="text">{r.summary}</p>
                <p data-snap="text">{r.reason}</p>
                <div class="actions">
                    <button type="button" class="primary" data-testid="close" data-snap="button"
                        on:click=move |_| { dispatch(Event::Close); }>{r.close}</button>
                </div>
            </section>
        }
    })
}

/// The end of a report the receiver refused: no retry, since the same
/// report would be refused again.
fn refused_step(
    message: String,
    close: String,
    dispatch: impl Fn(Event) -> Effect + Copy + 'static,
) -> impl IntoView {
    request_focus("#report-title");
    view! {
        <section class="step" data-step="refused">
            <p id="report-title" tabindex="-1" role="alert" data-testid="send-refused">{message}</p>
            <div class="actions">
                <button type="button" class="primary" data-testid="close"
                    on:click=move |_| { dispatch(Event::Close); }>{close}</button>
            </div>
        </section>
    }
}

/// Moves focus once the step is in the document, so screen readers announce it.
fn request_focus(selector: &'static str) {
    request_animation_frame(move || browser::focus(selector));
}
