//! `duban user add|passwd|disable|enable|list|token|tokens|revoke`:
//! accounts and their API tokens from the command line. Passwords are read from standard input (one line), never from
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
                    bail!("未知的角色「{role}」，可选 admin、security、auditor、supervisor、liaison、viewer");
                };
                if role == AccountRole::Liaison && org.is_none() {
                    bail!("部门联络员须用 --org 指定所在部门");
                }
                let password = read_password(&login)?;
                let hash = duban_web::hash_password(&password).map_err(anyhow::Error::msg)?;
                let name = name.unwrap_or_else(|| login.to_string());
                if let Some(bad) = email.as_deref().filter(|e| !e.contains('@') || e.contains(char::is_whitespace)) {
                    bail!("电子邮箱「{bad}」格式不对");
                }
                let email = email.as_deref();
                let user =
                    NewUser { login: &login, name: &name, role, org: org.as_deref(), email, password_hash: &hash, now };
                store.create_user(&user).await?;
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
            UserCommand::Token { login, name, .. } => {
                let (token, hash) = duban_web::new_api_token().map_err(|e| anyhow::anyhow!("{e:?}"))?;
                let made = store.create_token(&login.trim().to_ascii_lowercase(), name.trim(), &hash, now).await?;
                eprintln!("已为 {} 新建 API 令牌（编号 {}，{}），只显示这一次：", made.login, made.id, made.name);
                println!("{token}");
            }
            UserCommand::Tokens { login, .. } => {
                println!("编号\t用途\t创建时间\t最近使用\t状态");
                let when = |t: i64| {
                    duban_core::DateTime::from_timestamp(t, 0)
                        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
                        .unwrap_or_default()
                };
                for t in store.tokens(&login.trim().to_ascii_lowercase()).await? {
                    let state = if t.revoked_at.is_some() { "已吊销" } else { "有效" };
                    let used = t.last_used.map(when).unwrap_or_default();
                    println!("{}\t{}\t{}\t{used}\t{state}", t.id, t.name, when(t.created_at));
                }
            }
            UserCommand::Revoke { login, id, .. } => {
                store.revoke_token(&login.trim().to_ascii_lowercase(), id, now).await?;
                println!("已吊销 {login} 的 API 令牌 {id}");
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
