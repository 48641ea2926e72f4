//! Confirming a proposal: writing its value into the incident's field.

use super::{CountValue, Proposal, Value};
use crate::model::{Field, Incident, Vocabulary};

/// `incident` with `proposal` applied, or `None` when the proposal carries no value to write
/// (an unknown count: the analyst types the number).
pub fn apply(incident: &Incident, proposal: &Proposal) -> Option<Incident> {
    let mut next = incident.clone();
    match (&proposal.value, proposal.field) {
        (
            Value::Date {
                start,
                end,
                precision,
            },
            _,
        ) => {
            next.date_start = Some(*start);
            next.date_end = (end != start).then_some(*end);
            next.date_precision = Some(*precision);
        }
        (Value::Count(CountValue::Unknown), _) => return None,
        (Value::Count(CountValue::Known(estimate)), field) => {
            let slot = match field {
                Field::Munitions => &mut next.munitions,
                Field::Impacted => &mut next.impacted,
                Field::Intercepted => &mut next.intercepted,
                Field::Killed => &mut next.killed,
                Field::Wounded => &mut next.wounded,
                _ => return None,
            };
            *slot = *estimate;
        }
        (
            Value::Actor {
                actor_id,
                attribution,
                ..
            },
            _,
        ) => {
            next.perpetrator_id = Some(*actor_id);
            if attribution.is_some() {
                next.attribution = *attribution;
            }
        }
        (Value::Attribution(attribution), _) => next.attribution = Some(*attribution),
        (Value::Place { place_id, .. }, Field::LaunchSite) => {
            next.launch_place_id = Some(*place_id)
        }
        (Value::Place { place_id, .. }, _) => next.place_id = Some(*place_id),
        (
            Value::Term {
                vocabulary, key, ..
            },
            _,
        ) => {
            let slot = match vocabulary {
                Vocabulary::Weapon => &mut next.weapon,
                Vocabulary::EventType => &mut next.event_type,
                Vocabulary::SubType => &mut next.sub_type,
                Vocabulary::TargetType => &mut next.target_type,
                Vocabulary::Tag => {
                    if !next.tags.contains(key) {
                        next.tags.push(key.clone());
                    }
                    return Some(next);
                }
            };
            *slot = Some(key.clone());
        }
        (Value::Text(text), Field::TimeOfDay) => next.time_of_day = Some(text.clone()),
        (Value::Text(text), _) => next.summary.clone_from(text),
    }
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorId, Attribution, DatePrecision, Estimate};
    use jiff::civil::date;

    fn draft() -> Incident {
        Incident::new_draft("a", jiff::Timestamp::UNIX_EPOCH)
    }

    fn proposal(field: Field, value: Value) -> Proposal {
        Proposal {
            field,
            value,
            reason: String::new(),
        }
    }

    #[test]
    fn each_kind_of_value_lands_in_its_field() {
        let d = date(2020, 11, 17);
        let dated = apply(
            &draft(),
            &proposal(
                Field::Date,
                Value::Date {
                    start: d,
                    end: d,
                    precision: DatePrecision::Day,
                },
            ),
        );
        let dated = dated.expect("applies");
        assert_eq!(
            (dated.date_start, dated.date_end, dated.date_precision),
            (Some(d), None, Some(DatePrecision::Day))
        );

        let counted = apply(
            &draft(),
            &proposal(
                Field::Wounded,
                Value::Count(CountValue::Known(Estimate::exact(5))),
            ),
        );
        assert_eq!(counted.expect("applies").wounded, Estimate::exact(5));
        assert_eq!(
            apply(
                &draft(),
                &proposal(Field::Munitions, Value::Count(CountValue::Unknown))
            ),
            None
        );

        let actor_id = ActorId::new();
        let actor = Value::Actor {
            actor_id,
            name: "KH".into(),
            attribution: Some(Attribution::Denied),
        };
        let attributed = apply(&draft(), &proposal(Field::Perpetrator, actor)).expect("applies");
        assert_eq!(
            (attributed.perpetrator_id, attributed.attribution),
            (Some(actor_id), Some(Attribution::Denied))
        );

        let weapon = Value::Term {
            vocabulary: Vocabulary::Weapon,
            key: "rocket".into(),
            label: "Rocket".into(),
        };
        assert_eq!(
            apply(&draft(), &proposal(Field::Weapon, weapon))
                .expect("applies")
                .weapon
                .as_deref(),
            Some("rocket")
        );

        let time = Value::Text("around 2100 local time".into());
        let timed = apply(&draft(), &proposal(Field::TimeOfDay, time)).expect("applies");
        assert_eq!(timed.time_of_day.as_deref(), Some("around 2100 local time"));
    }
}
