//! Accounts: who may do what. A user has one role; a department liaison
//! also belongs to one department. The rules on names and passwords are
//! checked where the values are made ([`Login::parse`],
//! [`Password::parse`]), so a value of these types is always acceptable.

use std::fmt;

/// What an account may do. With the separation of the three
/// administrators (三员分立) switched on, the system administrator keeps
/// accounts and settings, the security administrator alone disables and
/// enables accounts, and the security auditor alone reads the audit log;
/// switched off, the system administrator does all three.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccountRole {
    /// Accounts, settings, the audit log, and everything a supervisor does.
    Admin,
    /// The security administrator (安全管理员): disables and enables accounts.
    Security,
    /// The security auditor (安全审计员): reads and exports the audit log.
    Auditor,
    /// The supervising office: imports, corrects, publishes, reviews.
    Supervisor,
    /// A department's liaison: its own department's measures and reports.
    Liaison,
    /// Reads published plans.
    Viewer,
}

impl AccountRole {
    pub const ALL: [AccountRole; 6] = [
        AccountRole::Admin,
        AccountRole::Security,
        AccountRole::Auditor,
        AccountRole::Supervisor,
        AccountRole::Liaison,
        AccountRole::Viewer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AccountRole::Admin => "admin",
            AccountRole::Security => "security",
            AccountRole::Auditor => "auditor",
            AccountRole::Supervisor => "supervisor",
            AccountRole::Liaison => "liaison",
            AccountRole::Viewer => "viewer",
        }
    }

    pub fn parse(s: &str) -> Option<AccountRole> {
        AccountRole::ALL.into_iter().find(|r| r.as_str() == s.trim())
    }

    pub fn label_zh(self) -> &'static str {
        match self {
            AccountRole::Admin => "系统管理员",
            AccountRole::Security => "安全管理员",
            AccountRole::Auditor => "安全审计员",
            AccountRole::Supervisor => "督办人员",
            AccountRole::Liaison => "部门联络员",
            AccountRole::Viewer => "查阅人员",
        }
    }
}

/// Why a login name or password was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AccountError {
    #[error("登录名须为 2 到 32 个字母、数字、下划线、点或连字符")]
    BadLogin,
    #[error("密码至少 {0} 个字符，并包含大写字母、小写字母、数字、符号中的至少三类")]
    WeakPassword(usize),
    #[error("密码不能包含登录名")]
    PasswordHasLogin,
}

/// A login name: 2–32 ASCII letters, digits, `_`, `.` or `-`, kept lower-case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Login(String);

impl Login {
    pub fn parse(s: &str) -> Result<Login, AccountError> {
        let s = s.trim().to_ascii_lowercase();
        let ok =
            (2..=32).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
        if ok { Ok(Login(s)) } else { Err(AccountError::BadLogin) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Login {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A password that meets the policy: at least [`Password::MIN_LEN`]
/// characters of at least three kinds (upper, lower, digit, symbol), not
/// containing the login name. It never prints itself.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    pub const MIN_LEN: usize = 10;

    pub fn parse(plain: &str, login: &Login) -> Result<Password, AccountError> {
        let kinds = [
            plain.chars().any(|c| c.is_ascii_uppercase()),
            plain.chars().any(|c| c.is_ascii_lowercase()),
            plain.chars().any(|c| c.is_ascii_digit()),
            plain.chars().any(|c| !c.is_ascii_alphanumeric()),
        ];
        if plain.chars().count() < Password::MIN_LEN || kinds.iter().filter(|k| **k).count() < 3 {
            return Err(AccountError::WeakPassword(Password::MIN_LEN));
        }
        if plain.to_ascii_lowercase().contains(login.as_str()) {
            return Err(AccountError::PasswordHasLogin);
        }
        Ok(Password(plain.to_string()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logins_and_passwords_follow_the_rules() {
        let login = Login::parse(" Zhang.San ").unwrap();
        assert_eq!(login.as_str(), "zhang.san");
        assert_eq!(Login::parse("张三"), Err(AccountError::BadLogin));
        assert_eq!(Login::parse("x"), Err(AccountError::BadLogin));
        assert!(Password::parse("Duban-2026!", &login).is_ok());
        assert_eq!(Password::parse("short1A!", &login), Err(AccountError::WeakPassword(10)));
        assert_eq!(Password::parse("alllowercaseletters", &login), Err(AccountError::WeakPassword(10)));
        assert_eq!(Password::parse("Zhang.San-2026", &login), Err(AccountError::PasswordHasLogin));
        assert_eq!(format!("{:?}", Password::parse("Duban-2026!", &login).unwrap()), "Password(***)");
        assert_eq!(AccountRole::parse("liaison"), Some(AccountRole::Liaison));
        assert_eq!(AccountRole::parse("root"), None);
    }
}
