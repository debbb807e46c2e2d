//! `duban user add|passwd|disable|enable|list`: accounts from the command
//! line. Passwords are read from standard input (one line), never from
//! arguments, so they stay out of shell history and process lists.

use crate::UserCommand;
use crate::store_cmd::{AsyncStoreFn, on_store};
use anyhow::{Context, Result, bail};
use duban_core::{AccountRole, Login, Password};
use duban_store::{NewUser, Store};
use std::io::BufRead;

fn read_password(login: &Login) -> Result<Password> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line).context("无法从标准输入读取密码")?;
    let plain = line.trim_end_matches(['\r', '\n']);
    if plain.is_empty() {
        bail!("请从标准输入提供密码，例如：printf '%s\\n' '新密码' | duban user add …");
    }
    Ok(Password::parse(plain, login)?)
}

struct Run(UserCommand);

impl AsyncStoreFn<()> for Run {
    async fn call<S: Store + Clone>(self, store: &S) -> Result<()> {
        let now = crate::registry::now();
        match self.0 {
            UserCommand::Add { login, name, role, org, email, .. } => {
                let login = Login::parse(&login)?;
                let Some(role) = AccountRole::parse(&role) else {
                    bail!("未知的角色「{role}」，可选 admin、supervisor、liaison、viewer");
                };
                if role == AccountRole::Liaison && org.is_none() {
                    bail!("部门联络员须用 --org 指定所在部门");
                }
                let password = read_password(&login)?;
                let hash = duban_web::hash_password(&password).map_err(anyhow::Error::msg)?;
                let name = name.unwrap_or_else(|| login.to_string());
                let user = NewUser { login: &login, name: &name, role, org: org.as_deref(), password_hash: &hash, now };
                if let Some(bad) = email.as_deref().filter(|e| !e.contains('@') || e.contains(char::is_whitespace)) {
                    bail!("电子邮箱「{bad}」格式不对");
                }
                store.create_user(&user).await?;
                if let Some(email) = email.as_deref() {
                    store.set_email(login.as_str(), Some(email)).await?;
                }
                println!("已创建用户 {login}（{}）", role.label_zh());
            }
            UserCommand::Passwd { login, .. } => {
                let login = Login::parse(&login)?;
                let password = read_password(&login)?;
                let hash = duban_web::hash_password(&password).map_err(anyhow::Error::msg)?;
                store.set_password(login.as_str(), &hash).await?;
                println!("已修改 {login} 的密码，其已登录的会话均已退出");
            }
            UserCommand::Disable { login, .. } => {
                store.set_disabled(&login, true).await?;
                println!("已停用用户 {login}，其已登录的会话均已退出");
            }
            UserCommand::Enable { login, .. } => {
                store.set_disabled(&login, false).await?;
                println!("已启用用户 {login}");
            }
            UserCommand::List { .. } => {
                println!("登录名\t姓名\t角色\t部门\t邮箱\t状态");
                for u in store.users().await? {
                    let state = if u.disabled {
                        "停用"
                    } else if u.locked_until > now {
                        "暂时锁定"
                    } else {
                        "正常"
                    };
                    let (org, email) = (u.org.unwrap_or_default(), u.email.unwrap_or_default());
                    println!("{}\t{}\t{}\t{org}\t{email}\t{state}", u.login, u.name, u.role.label_zh());
                }
            }
        }
        Ok(())
    }
}

pub fn run(cmd: UserCommand, url: &str) -> Result<()> {
    on_store(url, Run(cmd))
}
