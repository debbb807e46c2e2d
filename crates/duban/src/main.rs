//! The `duban` command line: thin glue between arguments and the libraries.
//!
//! Errors end here: every failure prints one line on stderr, prefixed with
//! `duban:`, and the process exits non-zero.

mod parse_cmd;
mod render;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// duban（督办）：还原并督办政府工作方案的重点任务分工表。
#[derive(Debug, Parser)]
#[command(name = "duban", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 读取分工表文件，还原 领域→任务→措施 及其责任部门，并列出存疑之处（不写数据库）。
    Parse(ParseArgs),
}

#[derive(Debug, clap::Args)]
struct ParseArgs {
    /// 要读取的文件：文本（UTF-8、GBK/GB18030）、Markdown 或 HTML。
    file: PathBuf,
    /// 输出 JSON（格式见 docs/plan-json.md），而不是给人看的树形结果。
    #[arg(long)]
    json: bool,
    /// 输入格式；auto 按内容判断，其次看扩展名。
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    format: FormatArg,
    /// 颜色：auto 仅在终端上着色。
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Auto,
    Text,
    Markdown,
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse_cmd::run(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A closed pipe (`duban parse … | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("duban: {e:#}");
            ExitCode::FAILURE
        }
    }
}
