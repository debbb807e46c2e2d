//! Corrections that teach: a name corrected on the review page may be kept
//! as an alias in the installation's registry file, so that the next
//! import reads the written name as the body chosen. Each kept correction
//! is written to the file, taken up by the running registry at once, and
//! audited.

use crate::{AppState, WebError};
use duban_core::Assignment;
use duban_store::Store;

/// What a correction renamed: per role, the written names that left and
/// the bodies that came, paired in order when as many left as came (a
/// correction that adds or drops a department renames nothing).
pub fn renamed(before: &[Assignment], after: &[Assignment]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for role in [duban_core::Role::Lead, duban_core::Role::Responsible, duban_core::Role::Participant] {
        let left: Vec<&Assignment> = before
            .iter()
            .filter(|a| a.role == role && !after.iter().any(|b| b.role == role && b.org == a.org))
            .collect();
        let came: Vec<&Assignment> = after
            .iter()
            .filter(|b| b.role == role && !before.iter().any(|a| a.role == role && a.org == b.org))
            .collect();
        if left.len() == came.len() {
            out.extend(left.iter().zip(&came).map(|(a, b)| (a.as_written.to_string(), b.org.as_str().to_string())));
        }
    }
    out
}

/// One writer at a time: the file is rewritten whole.
static WRITING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Keeps each (written, body) as an alias: appended to the registry file
/// (written beside it and renamed over it, so a crash leaves the old file
/// whole), learned by the running registry, and audited.
pub async fn keep<S: Store>(
    state: &AppState<S>,
    actor: Option<&str>,
    pairs: &[(String, String)],
) -> Result<(), WebError> {
    let (Some(registry), Some(path)) = (state.registry.clone(), state.learned_orgs.clone()) else {
        return Ok(());
    };
    if pairs.is_empty() {
        return Ok(());
    }
    let at = crate::clock::today().to_string();
    let by = actor.unwrap_or("-").to_string();
    let text: String = pairs.iter().map(|(w, o)| duban_orgs::alias_entry(w, o, &by, &at)).collect();
    let _guard = WRITING.lock().await;
    let file = path.clone();
    let written = tokio::task::spawn_blocking(move || -> std::io::Result<()> {
        let mut all = match std::fs::read_to_string(&file) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                "# 在核对页上保留的部门名称更正（督办自动写入，格式见 crates/duban-orgs/data/README.md）\n".to_string()
            }
            Err(e) => return Err(e),
        };
        all.push_str(&text);
        let tmp = file.with_extension("toml.tmp");
        std::fs::write(&tmp, all)?;
        std::fs::rename(&tmp, &file)
    })
    .await
    .map_err(|_| WebError::internal("写入机构名录文件时出错"))?;
    if let Err(e) = written {
        eprintln!("duban-web: cannot write {}: {e}", path.display());
        let mut err = WebError::internal("cannot write the learned registry file");
        err.detail = format!("更正已保存，但无法把名称更正写入机构名录文件 {}：{e}", path.display());
        return Err(err);
    }
    for (w, o) in pairs {
        registry.learned().learn(w, o);
        let target = format!("{w} → {o}");
        crate::auth::audit(state.store.as_ref(), actor, "keep-alias", &target, &path.display().to_string(), None).await;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use duban_core::{Basis, OrgName, Role};

    fn a(role: Role, written: &str, org: &str) -> Assignment {
        Assignment {
            role,
            as_written: written.into(),
            org: OrgName::parse(org).unwrap(),
            successors: Vec::new(),
            basis: Basis::Verb,
        }
    }

    #[test]
    fn a_renamed_department_pairs_with_its_correction() {
        let before = [a(Role::Lead, "县发该局", "县发该局"), a(Role::Participant, "县财政局", "县财政局")];
        let after = [a(Role::Lead, "县发改局", "永丰县发展和改革局"), a(Role::Participant, "县财政局", "县财政局")];
        assert_eq!(renamed(&before, &after), [("县发该局".to_string(), "永丰县发展和改革局".to_string())]);
        // Adding a department renames nothing.
        let added = [a(Role::Lead, "县发该局", "县发该局"), a(Role::Lead, "县统计局", "县统计局")];
        assert!(renamed(&before[..1], &added).is_empty());
    }
}
