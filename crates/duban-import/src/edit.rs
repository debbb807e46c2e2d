//! The departments of one item as a person types them when fixing an
//! import: the same role grammar as the documents (`A牵头，B、C负责，D参加`,
//! `牵头单位：A；配合单位：B`), and the way back, so that an edit form can
//! show an item's assignments as text that reads back unchanged.

use crate::phrase::parse_phrase;
use duban_core::{Assignment, Basis, Context, ResolveOrg, Role};

/// Why a typed department phrase was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhraseError {
    #[error("「{0}」不像部门名称")]
    NotADepartment(String),
}

/// Reads typed departments into assignments, each name resolved through
/// the registry; names without a role word carry the measure (负责).
/// An empty text means no department.
pub fn assignments_from(
    text: &str,
    resolver: &dyn ResolveOrg,
    context: &Context<'_>,
) -> Result<Vec<Assignment>, PhraseError> {
    let phrase = parse_phrase(text, None, 0);
    let mut out: Vec<Assignment> = Vec::new();
    for named in phrase.names {
        let Some(resolved) = resolver.resolve(&named.name, context) else {
            return Err(PhraseError::NotADepartment(named.name));
        };
        if out.iter().any(|a| a.role == named.role && *a.as_written == *named.name) {
            continue;
        }
        out.push(Assignment {
            role: named.role,
            as_written: named.name.as_str().into(),
            org: resolved.org,
            successors: resolved.successors,
            basis: Basis::Entered,
        });
    }
    Ok(out)
}

/// Writes assignments as a phrase [`assignments_from`] reads back: names
/// as written, grouped by role (lead, responsible, participant).
pub fn phrase_of(assignments: &[Assignment]) -> String {
    [(Role::Lead, "牵头"), (Role::Responsible, "负责"), (Role::Participant, "参加")]
        .into_iter()
        .filter_map(|(role, verb)| {
            let names: Vec<&str> = assignments.iter().filter(|a| a.role == role).map(|a| &*a.as_written).collect();
            (!names.is_empty()).then(|| format!("{}{verb}", names.join("、")))
        })
        .collect::<Vec<_>>()
        .join("，")
}

#[cfg(test)]
mod tests {
    use super::*;
    use duban_core::WrittenName;

    fn read(text: &str) -> Vec<(Role, String)> {
        assignments_from(text, &WrittenName, &Context::default())
            .unwrap()
            .into_iter()
            .map(|a| (a.role, a.as_written.to_string()))
            .collect()
    }

    #[test]
    fn typed_phrases_follow_the_role_grammar() {
        assert_eq!(
            read("市发展改革委牵头，市财政局、市统计局负责，各区政府参加"),
            vec![
                (Role::Lead, "市发展改革委".into()),
                (Role::Responsible, "市财政局".into()),
                (Role::Responsible, "市统计局".into()),
                (Role::Participant, "各区政府".into()),
            ]
        );
        assert_eq!(
            read("牵头单位：县教育局；配合单位：县卫健委"),
            vec![(Role::Lead, "县教育局".into()), (Role::Participant, "县卫健委".into())]
        );
        assert_eq!(read("县民政局"), vec![(Role::Responsible, "县民政局".into())]);
        assert!(read("  ").is_empty());
    }

    #[test]
    fn phrases_read_back_unchanged() {
        for text in
            ["省科技厅牵头，省财政厅负责，省教育厅、省人力资源社会保障厅参加", "省公安厅负责", "县农业农村局牵头"]
        {
            let assignments = assignments_from(text, &WrittenName, &Context::default()).unwrap();
            assert_eq!(phrase_of(&assignments), text);
            assert_eq!(
                assignments_from(&phrase_of(&assignments), &WrittenName, &Context::default()).unwrap(),
                assignments
            );
        }
    }
}
