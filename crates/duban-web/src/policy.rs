//! Who may do what, decided in one place. Every route is listed in
//! [`RULES`] with the action it performs; [`allows`] says which roles may
//! perform it. A route missing from the table is refused to everyone
//! (fail closed), and the authorisation test walks the table.

use axum::http::Method;
use duban_core::AccountRole;

/// What a request does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Open to anyone: the login page, the API's description.
    Public,
    /// Read published plans, departments, the registry; sign out.
    Read,
    /// Sign for a department's assignments (the store checks it is the
    /// account's own department).
    Acknowledge,
    /// Write and submit the department's progress reports.
    Report,
    /// Return or accept submitted reports.
    Review,
    /// Import, review, correct and publish plans (drafts included).
    ManagePlans,
    /// Create accounts, set passwords; the outbox of failed messages.
    Administer,
    /// Disable and enable accounts.
    Secure,
    /// See the list of accounts (those who administer or secure them).
    SeeAccounts,
    /// Read and export the audit log.
    Audit,
}

/// Whether a role (or an anonymous request, `None`) may perform an action,
/// without the separation of the three administrators.
pub fn allows(role: Option<AccountRole>, action: Action) -> bool {
    allows_with(role, action, false)
}

/// Whether a role may perform an action; `separated`: the three
/// administrators' duties are separated (三员分立), so the system
/// administrator no longer disables accounts nor reads the audit log.
pub fn allows_with(role: Option<AccountRole>, action: Action, separated: bool) -> bool {
    use AccountRole::*;
    match (action, role) {
        (Action::Public, _) => true,
        (_, None) => false,
        (Action::Read, Some(_)) => true,
        (Action::Acknowledge | Action::Report, Some(r)) => r == Liaison,
        (Action::Review, Some(r)) => matches!(r, Admin | Supervisor),
        (Action::ManagePlans, Some(r)) => matches!(r, Admin | Supervisor),
        (Action::Administer, Some(r)) => r == Admin,
        (Action::Secure, Some(r)) => r == Security || (r == Admin && !separated),
        (Action::Audit, Some(r)) => r == Auditor || (r == Admin && !separated),
        (Action::SeeAccounts, r) => {
            allows_with(r, Action::Administer, separated) || allows_with(r, Action::Secure, separated)
        }
    }
}

/// Every route (method, pattern as registered) and its action.
pub const RULES: &[(Method, &str, Action)] = &[
    (Method::GET, "/login", Action::Public),
    (Method::POST, "/login", Action::Public),
    (Method::GET, "/api/docs", Action::Public),
    (Method::GET, "/api/v1/openapi.json", Action::Public),
    (Method::POST, "/logout", Action::Read),
    (Method::GET, "/", Action::Read),
    (Method::GET, "/plans/{id}", Action::Read),
    (Method::GET, "/plans/{id}/matrix", Action::Read),
    (Method::GET, "/plans/{id}/dashboard", Action::Read),
    (Method::POST, "/plans/{id}/cycle", Action::ManagePlans),
    (Method::GET, "/plans/{id}/circular.docx", Action::Review),
    (Method::GET, "/plans/{id}/circular.xlsx", Action::Review),
    (Method::GET, "/items/{id}", Action::Read),
    (Method::GET, "/departments/{org}", Action::Read),
    (Method::GET, "/departments/{org}/dashboard", Action::Read),
    (Method::GET, "/orgs", Action::Read),
    (Method::GET, "/orgs/{name}", Action::Read),
    (Method::GET, "/search", Action::Read),
    (Method::GET, "/api/v1/plans", Action::Read),
    (Method::GET, "/api/v1/plans/{id}", Action::Read),
    (Method::GET, "/api/v1/plans/{id}/diff", Action::Read),
    (Method::GET, "/api/v1/plans/{id}/matrix", Action::Read),
    (Method::GET, "/api/v1/plans/{id}/dashboard", Action::Read),
    (Method::GET, "/api/v1/items/{id}", Action::Read),
    (Method::GET, "/api/v1/departments/{org}/assignments", Action::Read),
    (Method::GET, "/api/v1/search", Action::Read),
    (Method::GET, "/api/v1/session", Action::Read),
    (Method::GET, "/import", Action::ManagePlans),
    (Method::POST, "/import", Action::ManagePlans),
    (Method::GET, "/plans/{id}/versions/{version}", Action::ManagePlans),
    (Method::POST, "/plans/{id}/versions/{version}/publish", Action::ManagePlans),
    (Method::POST, "/items/{id}/edit", Action::ManagePlans),
    (Method::POST, "/api/v1/imports", Action::ManagePlans),
    (Method::PUT, "/api/v1/items/{id}", Action::ManagePlans),
    (Method::POST, "/api/v1/plans/{id}/versions/{version}/publish", Action::ManagePlans),
    (Method::POST, "/assignments/{id}/acknowledge", Action::Acknowledge),
    (Method::POST, "/api/v1/assignments/{id}/acknowledge", Action::Acknowledge),
    (Method::GET, "/api/v1/assignments/{id}/reports", Action::Read),
    // The department saves and submits, the office returns and accepts:
    // the step decides, as on the page.
    (Method::POST, "/api/v1/assignments/{id}/reports", Action::Read),
    (Method::GET, "/assignments/{id}", Action::Read),
    (Method::POST, "/assignments/{id}/reports", Action::Report),
    (Method::POST, "/assignments/{id}/review", Action::Review),
    (Method::POST, "/assignments/{id}/attachments", Action::Report),
    (Method::POST, "/assignments/{id}/urge", Action::Review),
    (Method::GET, "/attachments/{id}", Action::Read),
    (Method::GET, "/admin/audit", Action::Audit),
    (Method::GET, "/admin/audit.csv", Action::Audit),
    (Method::GET, "/admin/outbox", Action::Administer),
    (Method::GET, "/admin/users", Action::SeeAccounts),
    (Method::POST, "/admin/users", Action::Administer),
    (Method::POST, "/admin/users/{login}/password", Action::Administer),
    (Method::POST, "/admin/users/{login}/{what}", Action::Secure),
    (Method::GET, "/account", Action::Read),
    (Method::POST, "/account/password", Action::Read),
    (Method::POST, "/account/tokens", Action::Read),
    (Method::POST, "/account/tokens/{id}/revoke", Action::Read),
    (Method::GET, "/inbox", Action::Read),
];

/// The action of a route; `None` for one not in the table (refused).
pub fn action_of(method: &Method, pattern: &str) -> Option<Action> {
    RULES.iter().find(|(m, p, _)| m == method && *p == pattern).map(|(_, _, a)| *a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_ordered_and_unknown_routes_refused() {
        assert!(allows(None, Action::Public) && !allows(None, Action::Read));
        assert!(allows(Some(AccountRole::Viewer), Action::Read));
        assert!(!allows(Some(AccountRole::Liaison), Action::ManagePlans));
        assert!(allows(Some(AccountRole::Liaison), Action::Acknowledge));
        assert!(!allows(Some(AccountRole::Admin), Action::Acknowledge), "only a department signs for itself");
        assert!(allows(Some(AccountRole::Supervisor), Action::ManagePlans));
        assert!(!allows(Some(AccountRole::Supervisor), Action::Administer));
        assert!(allows(Some(AccountRole::Admin), Action::Administer));
        // 三员分立: each administrator keeps one duty.
        for (role, administer, secure, audit) in [
            (AccountRole::Admin, true, false, false),
            (AccountRole::Security, false, true, false),
            (AccountRole::Auditor, false, false, true),
        ] {
            let may = |a| allows_with(Some(role), a, true);
            assert_eq!((may(Action::Administer), may(Action::Secure), may(Action::Audit)), (administer, secure, audit));
            assert!(!may(Action::ManagePlans) || role == AccountRole::Admin);
        }
        assert!(allows(Some(AccountRole::Admin), Action::Audit), "without the separation the admin does all");
        assert!(
            !allows(Some(AccountRole::Security), Action::Audit) && !allows(Some(AccountRole::Auditor), Action::Secure)
        );
        assert!(allows_with(Some(AccountRole::Security), Action::SeeAccounts, true));
        assert_eq!(action_of(&Method::DELETE, "/"), None);
    }
}
