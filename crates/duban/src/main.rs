//! The `duban` command line: thin glue between arguments and the libraries.
//!
//! Errors end here: every failure prints one line on stderr, prefixed with
//! `duban:`, and the process exits non-zero.

mod config;
mod export_cmd;
mod org_cmd;
mod parse_cmd;
mod registry;
mod render;
mod store_cmd;
mod user_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// duban（督办）：还原并督办政府工作方案的重点任务分工表。
#[derive(Debug, Parser)]
#[command(name = "duban", version, about, long_about = None)]
struct Cli {
    /// 配置文件（TOML，各项见 duban.example.toml）；默认读取当前目录下的 duban.toml（如有）。也可用环境变量 DUBAN_CONFIG。
    #[arg(long, global = true, value_name = "FILE", env = "DUBAN_CONFIG")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 读取分工表文件，还原 领域→任务→措施 及其责任部门，并列出存疑之处（不写数据库）。
    Parse(ParseArgs),
    /// 机构名录：查询部门名称、简称、层级与机构改革沿革。
    #[command(subcommand)]
    Org(OrgCommand),
    /// 把分工表（原文件，或 parse --json 得到的 JSON）导出为 XLSX、DOCX、CSV 或 JSON。
    Export(ExportArgs),
    /// 把分工表导入数据库；同名分工表再次导入时成为新版本。
    Import(ImportArgs),
    /// 创建或升级数据库结构（启动服务时也会自动执行）。
    Migrate(DatabaseArgs),
    /// 启动网页服务与 JSON API（/api/v1）。
    Serve(ServeArgs),
    /// 账户：添加、改密码、停用、启用、列出（密码从标准输入读取）；API 令牌。
    #[command(subcommand)]
    User(UserCommand),
    /// 演示：新建一个 SQLite 数据库，导入内置的山东分工表样例，在 127.0.0.1:8080 启动服务。
    Demo(DemoArgs),
}

#[derive(Debug, clap::Args)]
struct ServeArgs {
    /// 监听地址（默认 127.0.0.1:8080）；也可用环境变量 DUBAN_BIND 或配置文件中的 bind。
    #[arg(long, value_name = "ADDR", env = "DUBAN_BIND")]
    bind: Option<String>,
    #[command(flatten)]
    database: DatabaseArgs,
    #[command(flatten)]
    orgs: OrgsArgs,
}

#[derive(Debug, clap::Args)]
struct DemoArgs {
    /// 监听地址。
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    bind: String,
}

/// Where the data lives.
#[derive(Debug, Clone, clap::Args)]
struct DatabaseArgs {
    /// 数据库地址：sqlite://文件路径（默认 sqlite://duban.db）或 postgres://用户@主机/库名；也可用环境变量 DUBAN_DATABASE_URL 或配置文件中的 database。
    #[arg(long = "database", value_name = "URL", env = "DUBAN_DATABASE_URL")]
    url: Option<String>,
}

#[derive(Debug, clap::Args)]
struct ImportArgs {
    /// 分工表文件（文本、HTML、CSV、DOCX、XLSX、PDF）。
    file: PathBuf,
    /// 分工表名称；默认取文件中的标题，没有标题时取文件名。
    #[arg(long, value_name = "TITLE")]
    plan_title: Option<String>,
    /// 导入后立即发布（否则为草稿，待核对后发布）。
    #[arg(long)]
    publish: bool,
    #[command(flatten)]
    database: DatabaseArgs,
    #[command(flatten)]
    read: ReadArgs,
}

#[derive(Debug, clap::Args)]
struct ExportArgs {
    /// 输入：分工表文件（文本、HTML、CSV、DOCX、XLSX、PDF）或 duban parse --json 的结果。
    input: PathBuf,
    /// 导出为 Excel 工作簿（合并单元格、每页重复表头、A4 横向）。
    #[arg(long, value_name = "OUT")]
    xlsx: Option<PathBuf>,
    /// 导出为 Word 文档（同样的版式）。
    #[arg(long, value_name = "OUT")]
    docx: Option<PathBuf>,
    /// 导出为 CSV（UTF-8 带 BOM，中文版 Excel 可直接打开）。
    #[arg(long, value_name = "OUT")]
    csv: Option<PathBuf>,
    /// 导出为 JSON（格式见 docs/plan-json.md）。
    #[arg(long, value_name = "OUT")]
    json: Option<PathBuf>,
    #[command(flatten)]
    read: ReadArgs,
}

/// How an input document is read.
#[derive(Debug, Clone, clap::Args)]
struct ReadArgs {
    /// 输入格式；auto 按内容判断，其次看扩展名。
    #[arg(long, value_enum, default_value_t = FormatArg::Auto)]
    format: FormatArg,
    /// 工作簿中要读取的工作表名；默认自动选择最像分工表的一张。
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// 以哪一天为准判断部门是否已撤并（YYYY-MM-DD），默认今天。
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    #[command(flatten)]
    orgs: OrgsArgs,
}

/// Registry files added to the built-in data (repeatable).
#[derive(Debug, Clone, clap::Args)]
struct OrgsArgs {
    /// 追加的机构名录文件（TOML，格式见 crates/duban-orgs/data/README.md）；可多次给出，后者覆盖同名机构。
    #[arg(long = "orgs", value_name = "FILE")]
    files: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// 添加用户；密码从标准输入读取一行（至少 10 个字符，含大写、小写、数字、符号中的三类）。
    Add {
        /// 登录名：2 到 32 个字母、数字、下划线、点或连字符。
        login: String,
        /// 姓名（显示用），默认同登录名。
        #[arg(long)]
        name: Option<String>,
        /// 角色：admin（系统管理员）、supervisor（督办人员）、liaison（部门联络员）、viewer（查阅人员）；
        /// 三员分立时另有 security（安全管理员）、auditor（安全审计员）。
        #[arg(long)]
        role: String,
        /// 部门联络员所在的部门（机构全称）。
        #[arg(long)]
        org: Option<String>,
        /// 电子邮箱：提醒与催办也发到这里。
        #[arg(long)]
        email: Option<String>,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// 修改密码（从标准输入读取），并结束该用户已登录的会话。
    Passwd {
        login: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// 停用用户，并结束其已登录的会话。
    Disable {
        login: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// 重新启用停用的用户。
    Enable {
        login: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// 列出全部用户。
    List {
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// 为用户新建 API 令牌（系统对接用，请求头 Authorization: Bearer 令牌），令牌只显示这一次。
    Token {
        login: String,
        /// 令牌用途，如“统计系统对接”。
        #[arg(long)]
        name: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// 列出用户的 API 令牌（含已吊销的）。
    Tokens {
        login: String,
        #[command(flatten)]
        database: DatabaseArgs,
    },
    /// 吊销用户的一个 API 令牌（编号见 duban user tokens）。
    Revoke {
        login: String,
        id: i64,
        #[command(flatten)]
        database: DatabaseArgs,
    },
}

impl UserCommand {
    fn database(&self) -> Option<&str> {
        match self {
            UserCommand::Add { database, .. }
            | UserCommand::Passwd { database, .. }
            | UserCommand::Disable { database, .. }
            | UserCommand::Enable { database, .. }
            | UserCommand::List { database }
            | UserCommand::Token { database, .. }
            | UserCommand::Tokens { database, .. }
            | UserCommand::Revoke { database, .. } => database.url.as_deref(),
        }
    }
}

#[derive(Debug, Subcommand)]
enum OrgCommand {
    /// 解析一个部门名称：如何匹配、匹配到哪个机构，以及某日的承接单位。
    Resolve {
        /// 部门名称，如“省发改委”“省工商总局”。
        name: String,
        /// 以哪一天为准给出承接单位（YYYY-MM-DD），默认今天。
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// 文件所在的地方（如“吉水县”“江西省吉安市吉水县”，或文件标题）：名录没有列出的名称按
        /// 该地的通用机构模板解析（“县发改局”→“吉水县发展和改革局”）。
        #[arg(long = "in", value_name = "PLACE")]
        place: Option<String>,
        #[command(flatten)]
        orgs: OrgsArgs,
    },
    /// 列出名录中的机构。
    List {
        /// 只列某一层级：national、provincial、city、county。
        #[arg(long)]
        level: Option<String>,
        /// 只列某一地区，如“山东省”“全国”。
        #[arg(long)]
        region: Option<String>,
        #[command(flatten)]
        orgs: OrgsArgs,
    },
    /// 显示一个机构：全称、简称、层级、类别、存续期与沿革。
    Show {
        /// 任一名称或简称。
        name: String,
        #[command(flatten)]
        orgs: OrgsArgs,
    },
}

#[derive(Debug, clap::Args)]
struct ParseArgs {
    /// 要读取的文件：文本（UTF-8、GBK/GB18030）、Markdown 或 HTML。
    file: PathBuf,
    /// 输出 JSON（格式见 docs/plan-json.md），而不是给人看的树形结果。
    #[arg(long)]
    json: bool,
    /// 颜色：auto 仅在终端上着色。
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    color: ColorArg,
    #[command(flatten)]
    read: ReadArgs,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    Auto,
    Text,
    Markdown,
    Html,
    Csv,
    Docx,
    Xlsx,
    Pdf,
    /// JSON, or JavaScript/TypeScript literals in source code.
    Data,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

fn run(cli: Cli) -> anyhow::Result<()> {
    let config = || config::load(cli.config.as_deref());
    match cli.command {
        Command::Parse(args) => parse_cmd::run(&args),
        Command::Org(cmd) => org_cmd::run(cmd),
        Command::Export(args) => export_cmd::run(&args),
        Command::Import(args) => store_cmd::import(&args, &config()?.database(args.database.url.as_deref())),
        Command::Migrate(args) => store_cmd::migrate(&config()?.database(args.url.as_deref())),
        Command::Serve(args) => {
            let config = config()?;
            // Corrections kept on review pages load last, over every other file.
            let learned = config.learned_orgs();
            let learned = learned.is_file().then_some(learned);
            let orgs =
                OrgsArgs { files: [config.orgs.clone(), args.orgs.files, learned.into_iter().collect()].concat() };
            store_cmd::serve(
                &config.database(args.database.url.as_deref()),
                &config.bind(args.bind.as_deref()),
                &orgs,
                config.web()?,
            )
        }
        Command::User(cmd) => {
            let url = config()?.database(cmd.database());
            user_cmd::run(cmd, &url)
        }
        Command::Demo(args) => store_cmd::demo(&args.bind),
    }
}

fn main() -> ExitCode {
    let result = run(Cli::parse());
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
