//! Which shape of payload a report has, and which shapes a receiver takes.
//!
//! Old app versions stay in use for years, so a receiver keeps taking the
//! shape before the current one during a rollout, and answers a shape it
//! has retired with a final refusal: the client then ends the flow instead
//! of offering a retry that could never succeed (`steps::send_refusal_is_final`).
//!
//! Shapes so far:
//! - 1: the payload until shapes were numbered; it has no `payload_shape`
//!   field, and is read as the current struct with `payload_shape: 1`.
//! - 2: shape 1 plus `payload_shape`.

use crate::limits::Refusal;
use serde::Deserialize;

/// The shape this build sends.
pub const PAYLOAD_SHAPE: u16 = 2;

/// The shape a payload without a `payload_shape` field has.
pub const UNNUMBERED_SHAPE: u16 = 1;

/// The shapes a receiver takes: `oldest..=PAYLOAD_SHAPE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TakenShapes {
    oldest: u16,
}

/// What a receiver does with a payload of some shape.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShapeAnswer {
    Taken,
    /// Older than any shape taken: no retry of this report can succeed.
    Retired {
        oldest: u16,
    },
    /// Newer than this receiver knows: the client is ahead of the receiver
    /// (receivers must be updated first); another receiver, or this one
    /// once updated, can take it, so the client may retry.
    Newer,
}

impl TakenShapes {
    /// The current shape and the one before it: what a receiver takes while
    /// clients of the previous release are still in use.
    pub const DURING_ROLLOUT: TakenShapes = TakenShapes {
        oldest: PAYLOAD_SHAPE - 1,
    };

    /// Takes `oldest..=PAYLOAD_SHAPE`; an operator retires the previous
    /// shape by raising `oldest` to the current one.
    pub fn from_oldest(oldest: u16) -> Result<TakenShapes, String> {
        if (UNNUMBERED_SHAPE..=PAYLOAD_SHAPE).contains(&oldest) {
            Ok(TakenShapes { oldest })
        } else {
            Err(format!(
                "the oldest payload shape taken must be {UNNUMBERED_SHAPE} to {PAYLOAD_SHAPE}, not {oldest}"
            ))
        }
    }

    pub fn answer(self, shape: u16) -> ShapeAnswer {
        if shape > PAYLOAD_SHAPE {
            ShapeAnswer::Newer
        } else if shape < self.oldest {
            ShapeAnswer::Retired {
                oldest: self.oldest,
            }
        } else {
            ShapeAnswer::Taken
        }
    }
}

/// The `payload_shape` of a JSON report, read before the report itself so
/// that a retired shape is answered as retired even when its other fields
/// no longer parse.
pub fn shape_of(body: &[u8]) -> Result<u16, Refusal> {
    #[derive(Deserialize)]
    struct ShapeOnly {
        // Present as null is not absent: `Option` alone would read null as None.
        #[serde(default, deserialize_with = "present")]
        payload_shape: Option<serde_json::Value>,
    }
    fn present<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Option<serde_json::Value>, D::Error> {
        serde_json::Value::deserialize(d).map(Some)
    }
    let refuse = |problem: String| Refusal {
        field: "payload_shape".to_string(),
        problem,
    };
    let only: ShapeOnly = serde_json::from_slice(body).map_err(|e| Refusal {
        field: "(report)".to_string(),
        problem: format!("is not a JSON object: {e}"),
    })?;
    match only.payload_shape {
        None => Ok(UNNUMBERED_SHAPE),
        Some(v) => v
            .as_u64()
            .and_then(|n| u16::try_from(n).ok())
            .filter(|&n| n >= UNNUMBERED_SHAPE)
            .ok_or_else(|| refuse(format!("is {v}; a shape is a whole number from 1"))),
    }
}

/// The value a payload without `payload_shape` is read with.
pub(crate) fn unnumbered() -> u16 {
    UNNUMBERED_SHAPE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payload_without_a_shape_is_shape_one() {
        assert_eq!(shape_of(br#"{"report_id":"r"}"#), Ok(1));
        assert_eq!(shape_of(br#"{"payload_shape":1}"#), Ok(1));
        assert_eq!(shape_of(br#"{"payload_shape":2}"#), Ok(2));
        assert_eq!(shape_of(br#"{"payload_shape":7}"#), Ok(7));
    }

    #[test]
    fn a_shape_that_is_not_a_numbered_shape_names_the_field() {
        for body in [
            r#"{"payload_shape":"2"}"#,
            r#"{"payload_shape":0}"#,
            r#"{"payload_shape":-2}"#,
            r#"{"payload_shape":2.5}"#,
            r#"{"payload_shape":70000}"#,
            r#"{"payload_shape":null}"#,
        ] {
            let refusal = shape_of(body.as_bytes()).expect_err(body);
            assert_eq!(refusal.field, "payload_shape", "{body}");
        }
    }

    #[test]
    fn during_a_rollout_the_previous_shape_is_taken_and_older_ones_are_retired() {
        let rollout = TakenShapes::DURING_ROLLOUT;
        assert_eq!(rollout.answer(PAYLOAD_SHAPE), ShapeAnswer::Taken);
        assert_eq!(rollout.answer(PAYLOAD_SHAPE - 1), ShapeAnswer::Taken);
        assert_eq!(rollout.answer(PAYLOAD_SHAPE + 1), ShapeAnswer::Newer);
        let after = TakenShapes::from_oldest(PAYLOAD_SHAPE).unwrap();
        assert_eq!(after.answer(PAYLOAD_SHAPE), ShapeAnswer::Taken);
        assert_eq!(
            after.answer(PAYLOAD_SHAPE - 1),
            ShapeAnswer::Retired {
                oldest: PAYLOAD_SHAPE
            }
        );
        assert!(TakenShapes::from_oldest(0).is_err());
        assert!(TakenShapes::from_oldest(PAYLOAD_SHAPE + 1).is_err());
    }
}
