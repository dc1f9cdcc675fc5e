//! The report dialog's steps as a state machine: which press or send outcome
//! moves the person where, and what the component must do about it.
//!
//! The component owns the DOM, the payload and the network; this owns the
//! rules, so they can be tested without a browser. Anything that does not
//! apply in the current step changes nothing and asks for nothing: buttons
//! can be pressed twice, keys arrive while disabled buttons are shown, and
//! send outcomes can arrive late.

use crate::report::Reason;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    /// Choosing why to report (and an optional comment).
    #[default]
    Reason,
    /// Reading what would be sent, before agreeing.
    Disclosure,
    /// Agreed; one send is in flight.
    Sending,
    /// The last send did not get through; the same report can be retried.
    Failed,
    /// The receiver refused the report for what it holds: the same report
    /// would be refused again, so there is no retry, only Close.
    Refused,
    /// The server confirmed the report.
    Receipt,
    /// The page could not show the notice as formatted (covered, hidden,
    /// clipped, other text): nothing can be sent from this flow.
    NotDisplayed,
    /// The person left the flow; nothing more happens in it.
    Closed,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A reason's radio was chosen.
    ChooseReason(Reason),
    /// The Next button (reason step).
    Next,
    /// The Back button (disclosure step).
    Back,
    /// The Agree button (disclosure step).
    Agree,
    /// The Retry button (shown after a failed send).
    Retry,
    /// A Cancel button (reason and disclosure steps, also after a failure).
    Cancel,
    /// The Escape key anywhere in the dialog.
    Escape,
    /// The Close button of the receipt or of the refusal.
    Close,
    /// The server confirmed the send that is in flight.
    SendSucceeded,
    /// The send in flight failed or timed out: a retry may get through.
    SendFailed,
    /// The on-device check confirmed the disclosure on screen as formatted.
    NoticeDisplayed,
    /// The on-device check found the disclosure not readable as formatted.
    NoticeNotDisplayed,
    /// The receiver refused the send in flight in a way no retry can change
    /// (`send_refusal_is_final`).
    SendRefused,
}

/// What the component must do after an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    None,
    /// Post the report: after Agree, the payload built now from the chosen
    /// reason; after Retry, the very same payload again (same report id), so
    /// the server can tell a retry from a second report.
    Send,
    /// Leave the flow and give focus back to the host.
    Close,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flow {
    step: Step,
    reason: Option<Reason>,
    /// Whether the disclosure now on screen was confirmed readable; every
    /// new showing of it is checked again.
    displayed: bool,
}

impl Flow {
    pub fn new() -> Self {
        Self::default()
    }

    /// Applies one event; see `Effect` for what the caller owes.
    pub fn on(&mut self, event: Event) -> Effect {
        use Event as E;
        use Step as S;
        let (next, effect) = match (self.step, event) {
            (S::Reason, E::ChooseReason(r)) => {
                self.reason = Some(r);
                (S::Reason, Effect::None)
            }
            (S::Reason, E::Next) if self.can_go_next() => {
                self.displayed = false;
                (S::Disclosure, Effect::None)
            }
            (S::Disclosure, E::NoticeDisplayed) => {
                self.displayed = true;
                (S::Disclosure, Effect::None)
            }
            (S::Disclosure, E::NoticeNotDisplayed) => {
                self.displayed = false;
                (S::NotDisplayed, Effect::None)
            }
            (S::Disclosure, E::Back) => (S::Reason, Effect::None),
            (S::Disclosure, E::Agree) if self.can_agree() => (S::Sending, Effect::Send),
            (S::Failed, E::Retry) => (S::Sending, Effect::Send),
            (S::Sending, E::SendSucceeded) => (S::Receipt, Effect::None),
            (S::Sending, E::SendFailed) => (S::Failed, Effect::None),
            (S::Sending, E::SendRefused) => (S::Refused, Effect::None),
            (_, E::Cancel) if self.can_cancel() => (S::Closed, Effect::Close),
            (S::Receipt | S::Refused, E::Close) => (S::Closed, Effect::Close),
            (s, E::Escape) if s != S::Sending && s != S::Closed => (S::Closed, Effect::Close),
            (s, _) => (s, Effect::None),
        };
        self.step = next;
        effect
    }

    pub fn step(&self) -> Step {
        self.step
    }

    /// Kept when going Back, so changing one's mind about the disclosure does
    /// not mean choosing again; fixed once agreed, as it is part of what was
    /// consented to.
    pub fn reason(&self) -> Option<Reason> {
        self.reason
    }

    /// A report without a reason cannot be routed by the receiver, so the
    /// disclosure is not shown until there is one.
    pub fn can_go_next(&self) -> bool {
        self.step == Step::Reason && self.reason.is_some()
    }

    /// Only before agreeing: once agreed, the reason is part of a report that
    /// is (or may already be) on its way and cannot be changed.
    pub fn can_go_back(&self) -> bool {
        self.step == Step::Disclosure
    }

    /// Consent is given once, on the disclosure the person is looking at and
    /// that the page confirmed readable; a second press while sending would
    /// file a second report.
    pub fn can_agree(&self) -> bool {
        self.step == Step::Disclosure && self.reason.is_some() && self.displayed
    }

    /// Not while sending, because leaving would hide whether the report was
    /// filed; not on the receipt or the refusal, where there is nothing left
    /// to cancel (they close).
    pub fn can_cancel(&self) -> bool {
        matches!(
            self.step,
            Step::Reason | Step::Disclosure | Step::Failed | Step::NotDisplayed
        )
    }

    /// While true, the dialog must stay open (Escape and Cancel do nothing):
    /// the person is owed the outcome of the send they agreed to.
    pub fn sending(&self) -> bool {
        self.step == Step::Sending
    }
}

/// Whether a receiver's HTTP status refuses the report itself, so that the
/// same body would be refused again: every 4xx but 408 (timeout), 425 (too
/// early) and 429 (too many requests), which ask to try later. 5xx and
/// network errors may pass on a retry.
pub fn send_refusal_is_final(status: u16) -> bool {
    (400..500).contains(&status) && !matches!(status, 408 | 425 | 429)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn run(events: &[Event]) -> (Flow, Vec<Effect>) {
        let mut flow = Flow::new();
        let effects = events.iter().map(|&e| flow.on(e)).collect();
        (flow, effects)
    }

    fn sends(effects: &[Effect]) -> usize {
        effects.iter().filter(|&&e| e == Effect::Send).count()
    }

    /// On the disclosure, confirmed on screen: ready to agree.
    const TO_DISCLOSURE: [Event; 3] = [
        Event::ChooseReason(Reason::Spam),
        Event::Next,
        Event::NoticeDisplayed,
    ];
    const TO_SENDING: [Event; 4] = [
        Event::ChooseReason(Reason::Spam),
        Event::Next,
        Event::NoticeDisplayed,
        Event::Agree,
    ];
    const TO_FAILED: [Event; 5] = [
        Event::ChooseReason(Reason::Spam),
        Event::Next,
        Event::NoticeDisplayed,
        Event::Agree,
        Event::SendFailed,
    ];
    const TO_REFUSED: [Event; 5] = [
        Event::ChooseReason(Reason::Spam),
        Event::Next,
        Event::NoticeDisplayed,
        Event::Agree,
        Event::SendRefused,
    ];
    const TO_RECEIPT: [Event; 5] = [
        Event::ChooseReason(Reason::Spam),
        Event::Next,
        Event::NoticeDisplayed,
        Event::Agree,
        Event::SendSucceeded,
    ];

    fn at(prefix: &[Event]) -> Flow {
        run(prefix).0
    }

    #[test]
    fn the_flow_opens_on_the_reason_step_with_nothing_chosen() {
        let flow = Flow::new();
        assert_eq!(flow.step(), Step::Reason);
        assert_eq!(flow.reason(), None);
        assert!(!flow.sending());
    }

    #[test]
    fn next_does_nothing_until_a_reason_is_chosen() {
        let mut flow = Flow::new();
        assert!(!flow.can_go_next());
        assert_eq!(flow.on(Event::Next), Effect::None);
        assert_eq!(flow.step(), Step::Reason);

        flow.on(Event::ChooseReason(Reason::Hate));
        assert!(flow.can_go_next());
        assert_eq!(flow.on(Event::Next), Effect::None);
        assert_eq!(flow.step(), Step::Disclosure);
    }

    #[test]
    fn the_last_reason_chosen_is_the_one_kept() {
        let (flow, _) = run(&[
            Event::ChooseReason(Reason::Spam),
            Event::ChooseReason(Reason::Scam),
        ]);
        assert_eq!(flow.reason(), Some(Reason::Scam));
    }

    #[test]
    fn back_returns_to_the_reason_with_the_reason_still_chosen() {
        let mut flow = at(&TO_DISCLOSURE);
        assert!(flow.can_go_back());
        assert_eq!(flow.on(Event::Back), Effect::None);
        assert_eq!(flow.step(), Step::Reason);
        assert_eq!(flow.reason(), Some(Reason::Spam));
        // Straight back to the disclosure, no need to choose again.
        assert!(flow.can_go_next());
    }

    #[test]
    fn the_reason_cannot_change_behind_the_disclosure() {
        let mut flow = at(&TO_DISCLOSURE);
        flow.on(Event::ChooseReason(Reason::Other));
        assert_eq!(flow.reason(), Some(Reason::Spam));
    }

    #[test]
    fn back_is_disabled_and_ignored_while_sending_and_after_a_failure() {
        for prefix in [&TO_SENDING[..], &TO_FAILED[..]] {
            let mut flow = at(prefix);
            let before = flow.clone();
            assert!(!flow.can_go_back());
            assert_eq!(flow.on(Event::Back), Effect::None);
            assert_eq!(flow, before);
        }
    }

    #[test]
    fn agree_sends_once_and_a_second_agree_while_sending_does_not_send_again() {
        let mut flow = at(&TO_DISCLOSURE);
        assert!(flow.can_agree());
        assert_eq!(flow.on(Event::Agree), Effect::Send);
        assert!(flow.sending());
        assert!(!flow.can_agree());
        assert_eq!(flow.on(Event::Agree), Effect::None);
        assert!(flow.sending());
    }

    #[test]
    fn a_double_clicked_agree_then_a_double_clicked_retry_sends_twice_in_all() {
        let (flow, effects) = run(&[
            Event::ChooseReason(Reason::Violence),
            Event::Next,
            Event::NoticeDisplayed,
            Event::Agree,
            Event::Agree,
            Event::SendFailed,
            Event::Retry,
            Event::Retry,
            Event::SendSucceeded,
        ]);
        assert_eq!(sends(&effects), 2);
        assert_eq!(flow.step(), Step::Receipt);
    }

    #[test]
    fn agree_waits_for_the_notice_to_be_confirmed_on_screen() {
        let mut flow = at(&[Event::ChooseReason(Reason::Spam), Event::Next]);
        assert!(!flow.can_agree());
        assert_eq!(flow.on(Event::Agree), Effect::None);
        assert_eq!(flow.step(), Step::Disclosure);
        flow.on(Event::NoticeDisplayed);
        assert!(flow.can_agree());
    }

    #[test]
    fn a_notice_not_displayed_can_never_be_agreed_to_only_left() {
        let mut flow = at(&[
            Event::ChooseReason(Reason::Spam),
            Event::Next,
            Event::NoticeNotDisplayed,
        ]);
        assert_eq!(flow.step(), Step::NotDisplayed);
        for e in [
            Event::NoticeDisplayed,
            Event::Agree,
            Event::Back,
            Event::Next,
        ] {
            assert_eq!(flow.on(e), Effect::None, "{e:?}");
            assert_eq!(flow.step(), Step::NotDisplayed, "{e:?}");
            assert!(!flow.can_agree());
        }
        assert!(flow.can_cancel());
        assert_eq!(flow.on(Event::Cancel), Effect::Close);
    }

    #[test]
    fn every_showing_of_the_disclosure_is_checked_again() {
        let mut flow = at(&TO_DISCLOSURE);
        flow.on(Event::Back);
        flow.on(Event::Next);
        assert_eq!(flow.step(), Step::Disclosure);
        assert!(!flow.can_agree());
    }

    #[test]
    fn agree_does_nothing_outside_the_disclosure() {
        for prefix in [&[][..], &TO_FAILED[..], &TO_RECEIPT[..]] {
            let mut flow = at(prefix);
            let before = flow.clone();
            assert_eq!(flow.on(Event::Agree), Effect::None);
            assert_eq!(flow, before);
        }
    }

    #[test]
    fn cancel_is_disabled_and_ignored_while_sending() {
        let mut flow = at(&TO_SENDING);
        assert!(!flow.can_cancel());
        assert_eq!(flow.on(Event::Cancel), Effect::None);
        assert!(flow.sending());
    }

    #[test]
    fn cancel_leaves_from_reason_disclosure_and_failure() {
        for prefix in [&[][..], &TO_DISCLOSURE[..], &TO_FAILED[..]] {
            let mut flow = at(prefix);
            assert!(flow.can_cancel());
            assert_eq!(flow.on(Event::Cancel), Effect::Close);
            assert_eq!(flow.step(), Step::Closed);
        }
    }

    #[test]
    fn escape_while_sending_keeps_the_dialog() {
        let mut flow = at(&TO_SENDING);
        assert_eq!(flow.on(Event::Escape), Effect::None);
        assert!(flow.sending());
    }

    #[test]
    fn escape_closes_from_every_step_without_a_send_in_flight() {
        for prefix in [&[][..], &TO_DISCLOSURE[..], &TO_FAILED[..], &TO_RECEIPT[..]] {
            let mut flow = at(prefix);
            assert_eq!(flow.on(Event::Escape), Effect::Close);
            assert_eq!(flow.step(), Step::Closed);
        }
    }

    #[test]
    fn a_failed_send_offers_retry_and_keeps_the_dialog() {
        let flow = at(&TO_FAILED);
        assert_eq!(flow.step(), Step::Failed);
        assert!(!flow.sending());
        assert!(!flow.can_agree());
    }

    #[test]
    fn retry_resends_and_only_after_a_failure() {
        for prefix in [
            &[][..],
            &TO_DISCLOSURE[..],
            &TO_SENDING[..],
            &TO_RECEIPT[..],
        ] {
            let mut flow = at(prefix);
            let before = flow.clone();
            assert_eq!(flow.on(Event::Retry), Effect::None);
            assert_eq!(flow, before);
        }
        let mut flow = at(&TO_FAILED);
        assert_eq!(flow.on(Event::Retry), Effect::Send);
        assert!(flow.sending());
        // Same reason as agreed to: the payload is the same one.
        assert_eq!(flow.reason(), Some(Reason::Spam));
        // A second press while the retry is in flight does not send again.
        assert_eq!(flow.on(Event::Retry), Effect::None);
    }

    #[test]
    fn a_final_refusal_offers_no_retry_and_only_closes() {
        let mut flow = at(&TO_REFUSED);
        assert_eq!(flow.step(), Step::Refused);
        assert!(!flow.sending());
        assert!(!flow.can_cancel());
        for e in [Event::Retry, Event::Agree, Event::Back, Event::Cancel] {
            let before = flow.clone();
            assert_eq!(flow.on(e), Effect::None, "{e:?}");
            assert_eq!(flow, before);
        }
        // A late answer to the refused send changes nothing either.
        for e in [Event::SendSucceeded, Event::SendFailed, Event::SendRefused] {
            assert_eq!(flow.on(e), Effect::None);
            assert_eq!(flow.step(), Step::Refused);
        }
        assert_eq!(flow.on(Event::Close), Effect::Close);
        assert_eq!(flow.step(), Step::Closed);
        assert_eq!(at(&TO_REFUSED).on(Event::Escape), Effect::Close);
    }

    #[test]
    fn a_refusal_after_a_retry_is_final_too() {
        let mut flow = at(&TO_FAILED);
        flow.on(Event::Retry);
        flow.on(Event::SendRefused);
        assert_eq!(flow.step(), Step::Refused);
        assert_eq!(flow.on(Event::Retry), Effect::None);
    }

    #[test]
    fn which_statuses_are_final() {
        for status in [400, 401, 403, 404, 409, 410, 413, 415, 422, 451, 499] {
            assert!(send_refusal_is_final(status), "{status}");
        }
        for status in [0, 200, 302, 399, 408, 425, 429, 500, 502, 503, 504] {
            assert!(!send_refusal_is_final(status), "{status}");
        }
    }

    #[test]
    fn a_retry_that_succeeds_shows_the_receipt() {
        let mut flow = at(&TO_FAILED);
        flow.on(Event::Retry);
        flow.on(Event::SendSucceeded);
        assert_eq!(flow.step(), Step::Receipt);
    }

    #[test]
    fn the_receipt_closes_with_its_close_button() {
        let mut flow = at(&TO_RECEIPT);
        assert!(!flow.can_cancel());
        assert_eq!(flow.on(Event::Cancel), Effect::None);
        assert_eq!(flow.on(Event::Close), Effect::Close);
        assert_eq!(flow.step(), Step::Closed);
    }

    #[test]
    fn close_only_acts_on_the_receipt_and_the_refusal() {
        for prefix in [&[][..], &TO_DISCLOSURE[..], &TO_SENDING[..], &TO_FAILED[..]] {
            let mut flow = at(prefix);
            let before = flow.clone();
            assert_eq!(flow.on(Event::Close), Effect::None);
            assert_eq!(flow, before);
        }
    }

    #[test]
    fn a_send_outcome_without_a_send_in_flight_is_ignored() {
        for prefix in [&[][..], &TO_DISCLOSURE[..], &TO_FAILED[..], &TO_RECEIPT[..]] {
            for outcome in [Event::SendSucceeded, Event::SendFailed, Event::SendRefused] {
                let mut flow = at(prefix);
                let before = flow.clone();
                assert_eq!(flow.on(outcome), Effect::None);
                assert_eq!(flow, before);
            }
        }
    }

    #[test]
    fn a_late_success_after_cancel_does_not_reopen_the_receipt() {
        // A send timed out, the person gave up; the server answers later.
        let mut flow = at(&TO_FAILED);
        flow.on(Event::Cancel);
        assert_eq!(flow.on(Event::SendSucceeded), Effect::None);
        assert_eq!(flow.step(), Step::Closed);
    }

    #[test]
    fn nothing_happens_after_the_flow_is_closed() {
        let all = [
            Event::ChooseReason(Reason::Other),
            Event::Next,
            Event::Back,
            Event::Agree,
            Event::Retry,
            Event::Cancel,
            Event::Escape,
            Event::Close,
            Event::SendSucceeded,
            Event::SendFailed,
            Event::SendRefused,
        ];
        let mut flow = at(&[Event::Escape]);
        for e in all {
            assert_eq!(flow.on(e), Effect::None, "{e:?}");
            assert_eq!(flow.step(), Step::Closed);
        }
    }

    fn any_event() -> impl Strategy<Value = Event> {
        prop_oneof![
            proptest::sample::select(Reason::ALL.to_vec()).prop_map(Event::ChooseReason),
            Just(Event::Next),
            Just(Event::Back),
            Just(Event::Agree),
            Just(Event::Retry),
            Just(Event::Cancel),
            Just(Event::Escape),
            Just(Event::Close),
            Just(Event::SendSucceeded),
            Just(Event::SendFailed),
            Just(Event::NoticeDisplayed),
            Just(Event::NoticeNotDisplayed),
            Just(Event::SendRefused),
        ]
    }

    proptest! {
        #[test]
        fn random_presses_and_outcomes_keep_the_rules(
            events in proptest::collection::vec(any_event(), 0..60)
        ) {
            let mut flow = Flow::new();
            let (mut sends, mut agrees) = (0, 0);
            for e in events {
                let before = flow.clone();
                let effect = flow.on(e);
                let (from, to) = (before.step(), flow.step());

                // A send starts only from an accepted Agree or Retry, and
                // only one is in flight at a time.
                let accepted = matches!(
                    (from, e, to),
                    (Step::Disclosure, Event::Agree, Step::Sending)
                        | (Step::Failed, Event::Retry, Step::Sending)
                );
                if effect == Effect::Send {
                    sends += 1;
                }
                if accepted {
                    agrees += usize::from(e == Event::Agree);
                }
                prop_assert_eq!(effect == Effect::Send, accepted);
                prop_assert!(effect != Effect::Send || !before.sending());
                if to == Step::Sending && from != Step::Sending {
                    prop_assert_eq!(effect, Effect::Send);
                }

                // A Close is asked for exactly when the flow is left.
                prop_assert_eq!(effect == Effect::Close, from != Step::Closed && to == Step::Closed);

                // Once closed, nothing changes.
                if from == Step::Closed {
                    prop_assert_eq!(effect, Effect::None);
                    prop_assert_eq!(&flow, &before);
                }

                // The receipt is only ever the answer to the send in flight.
                if to == Step::Receipt && from != Step::Receipt {
                    prop_assert_eq!((from, e), (Step::Sending, Event::SendSucceeded));
                }

                // Past the reason step, a reason is always chosen and fixed.
                if from != Step::Reason && from != Step::Closed {
                    prop_assert!(flow.reason().is_some());
                    prop_assert_eq!(flow.reason(), before.reason());
                }

                // Neither Escape nor Cancel can hide a send in flight.
                if before.sending() {
                    prop_assert!(to == Step::Sending || matches!(e, Event::SendSucceeded | Event::SendFailed | Event::SendRefused));
                }

                // A final refusal is left only by closing: no send ever follows it.
                if from == Step::Refused {
                    prop_assert!(to == Step::Refused || to == Step::Closed);
                    prop_assert!(effect != Effect::Send);
                }
            }
            // No send ever follows a notice that was not displayed.
            prop_assert!(flow.step() != Step::NotDisplayed || sends == 0);
            // Consent is given at most once per flow; every other send is a retry.
            prop_assert!(agrees <= 1);
            prop_assert!(sends == 0 || agrees == 1);
        }
    }
}
