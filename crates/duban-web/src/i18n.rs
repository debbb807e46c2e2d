//! Chinese first, English available. Every page gets a [`Tr`] and writes
//! its labels in Chinese through it (`tr.t("分工表")`, `tr.f("第 {} 版", n)`);
//! in English the catalogue below answers. The language is `?lang=en|zh`
//! (remembered in a cookie), else the cookie, else the browser's first
//! preference, else Chinese. Plan texts, department names and the
//! importer's diagnostics are data and stay as written.

use axum::extract::{FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::OnceLock;

/// The cookie that remembers a chosen language.
const COOKIE: &str = "duban_lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a request asks for.
    fn of(parts: &Parts) -> Lang {
        if let Some(lang) = query_lang(parts.uri.query()) {
            return lang;
        }
        let cookies = parts.headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok());
        let remembered = cookies
            .flat_map(|c| c.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find_map(|(name, value)| (name == COOKIE).then(|| Lang::parse(value)).flatten());
        if let Some(lang) = remembered {
            return lang;
        }
        let first = parts
            .headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
            .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase());
        match first {
            Some(l) if l.starts_with("en") => Lang::En,
            _ => Lang::Zh,
        }
    }
}

fn query_lang(query: Option<&str>) -> Option<Lang> {
    query?.split('&').find_map(|pair| pair.strip_prefix("lang=")).and_then(Lang::parse)
}

/// Remembers `?lang=` in a cookie, so that the choice holds on the next pages.
pub async fn remember(req: Request, next: Next) -> Response {
    let chosen = query_lang(req.uri().query());
    let mut response = next.run(req).await;
    if let Some(lang) = chosen {
        let value =
            format!("{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", if lang == Lang::En { "en" } else { "zh" });
        if let Ok(v) = HeaderValue::from_str(&value) {
            response.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    response
}

/// What every page's frame needs from its request: the language (and the
/// translator for it) and the signed-in account.
#[derive(Debug, Clone, Default)]
pub struct Tr {
    pub lang: Lang,
    pub me: Option<crate::auth::Me>,
}

impl<S: Send + Sync> FromRequestParts<S> for Tr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Tr, Infallible> {
        Ok(Tr { lang: Lang::of(parts), me: parts.extensions.get::<crate::auth::Me>().cloned() })
    }
}

impl Tr {
    /// A label in the page's language.
    pub fn t(&self, zh: &'static str) -> &'static str {
        match self.lang {
            Lang::Zh => zh,
            Lang::En => english().get(zh).copied().unwrap_or(zh),
        }
    }

    /// A label with one value in it, at `{}`.
    pub fn f(&self, zh: &'static str, value: impl std::fmt::Display) -> String {
        self.t(zh).replacen("{}", &value.to_string(), 1)
    }

    /// The `lang` attribute of the page.
    pub fn html_lang(&self) -> &'static str {
        match self.lang {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    pub fn is_en(&self) -> bool {
        self.lang == Lang::En
    }

    /// The CSRF token every form sends back (`?csrf=` on its action).
    pub fn csrf(&self) -> &str {
        self.me.as_ref().map_or("", |m| m.csrf.as_str())
    }

    /// Whether the account may import, correct and publish plans.
    pub fn manages_plans(&self) -> bool {
        crate::policy::allows(self.me.as_ref().map(|m| m.role), crate::policy::Action::ManagePlans)
    }

    /// Whether the account may perform `action` on this server.
    pub fn may(&self, action: crate::policy::Action) -> bool {
        let me = self.me.as_ref();
        crate::policy::allows_with(me.map(|m| m.role), action, me.is_some_and(|m| m.separated))
    }

    /// Whether the account administers (creates accounts, sets passwords, the outbox).
    pub fn administers(&self) -> bool {
        self.may(crate::policy::Action::Administer)
    }

    /// Whether the account disables and enables accounts.
    pub fn secures(&self) -> bool {
        self.may(crate::policy::Action::Secure)
    }

    /// Whether the account reads the audit log.
    pub fn audits(&self) -> bool {
        self.may(crate::policy::Action::Audit)
    }
}

fn english() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| EN.iter().copied().collect())
}

/// Chinese label → English.
const EN: &[(&str, &str)] = &[
    // layout
    ("督办", "Duban"),
    ("督办 · 分工表", "Duban · division tables"),
    ("导入", "Import"),
    ("机构名录", "Registry"),
    ("搜索任务、措施", "Search tasks and measures"),
    ("搜索", "Search"),
    // roles and severities
    ("牵头", "lead"),
    ("负责", "responsible"),
    ("参加", "participant"),
    ("错误", "error"),
    ("警告", "warning"),
    ("提示", "note"),
    // plans
    ("分工表", "Division tables"),
    (
        "还没有导入任何分工表。可用 <code>duban import 文件</code> 导入。",
        "No division table imported yet. Import one with <code>duban import FILE</code>.",
    ),
    ("名称", "Name"),
    ("版本", "Version"),
    ("状态", "Status"),
    ("措施数", "Measures"),
    ("导入时间", "Imported"),
    ("来源文件", "Source file"),
    ("第 {} 版", "version {}"),
    ("已发布", "published"),
    ("草稿", "draft"),
    ("下一页 →", "Next page →"),
    ("责任矩阵", "Responsibility matrix"),
    ("{} 项措施", "{} measures"),
    ("导入自", "imported from"),
    ("来自", "from"),
    ("编号", "No."),
    ("内容", "Text"),
    ("责任部门", "Departments"),
    ("完成时限", "Deadline"),
    // items
    ("未写明", "not stated"),
    ("原文：", "as written: "),
    ("已撤并，现由 {} 承接", "ceased; now carried by {}"),
    ("{} 前", "by {}"),
    ("备注", "Note"),
    ("原文位置", "Source"),
    ("第 {} 行", "line {}"),
    ("下设 {} 项", "{} items below"),
    // departments
    ("我的任务", "Assignments"),
    ("在已导入的分工表中没有这个部门的任务。", "This department has no assignment in the imported tables."),
    ("本页 {} 项", "{} on this page"),
    ("，后面还有", ", more follow"),
    ("角色", "Role"),
    ("承接自 {}", "inherited from {}"),
    ("在机构名录中查看", "See in the registry"),
    // import
    ("导入分工表", "Import a division table"),
    ("文件（文本、HTML、CSV、Word、Excel、PDF）：", "File (text, HTML, CSV, Word, Excel, PDF): "),
    ("分工表名称（可不填，默认取文件中的标题）：", "Title (optional; default: the title in the file): "),
    ("导入并预览", "Import and preview"),
    (
        "导入后先成为草稿，核对无误再发布；同名分工表再次导入时成为新版本。",
        "An import is a draft until it is reviewed and published; importing a table with the same title makes a new version.",
    ),
    ("核对", "Review"),
    ("核对：", "Review: "),
    (
        "黄色的行有存疑之处。点“修改”可以就地更正编号、内容、责任部门和完成时限；全部核对后发布。",
        "Yellow rows hold doubts. Use “Edit” to correct the number, text, departments and deadline in place; publish when all is reviewed.",
    ),
    ("核对无误，发布", "Reviewed: publish"),
    ("还原的分工", "Recovered assignments"),
    ("先核对这 {} 行", "Check these {} rows first"),
    (
        "共 {} 行；其余各行的角色都由原文的角色词、标签或列名写明。下列各行的分工是默认、沿用或推断的，或导入时有警告，按存疑程度排列。",
        "{} rows in all; in the others every role is written in the document (a role word, a label or a column). In these the roles are defaults, carried or guessed, or the import warned; most doubtful first.",
    ),
    ("存疑之处", "Doubt"),
    (
        "记住改过的部门名称：以后导入时把原写法识别为改后的部门",
        "Remember renamed departments: later imports read the old spelling as the corrected department",
    ),
    ("导入时有警告", "the import warned"),
    ("原文写明角色", "role word in the document"),
    ("原文标注牵头", "lead mark in the document"),
    ("原文标签", "label in the document"),
    ("表格列名", "table column"),
    ("按文件说明“列第一位的为牵头单位”", "the document's rule: the first listed leads"),
    ("沿用上级标题所列的部门", "carried from a heading above"),
    ("原文未写角色，默认为负责", "no role written: responsible by default"),
    ("按顺序推断，请核对", "paired by order: please check"),
    ("人工填写", "entered by a person"),
    ("未记录依据", "not recorded"),
    ("已修改", "edited"),
    ("修改", "Edit"),
    (
        "例：省发展改革委牵头，省财政厅负责，省教育厅、省科技厅参加",
        "e.g. 省发展改革委牵头，省财政厅负责，省教育厅参加 (role words: 牵头 lead, 负责 responsible, 参加 participant)",
    ),
    ("例：2025年底前、持续推进", "e.g. 2025年底前, 持续推进"),
    ("保存", "Save"),
    ("全部诊断（{}）", "All diagnostics ({})"),
    ("级别", "Level"),
    ("代码", "Code"),
    ("行", "Line"),
    ("说明", "Message"),
    // matrix
    ("只看部门", "Only department"),
    ("筛选", "Filter"),
    ("导出 CSV", "Export CSV"),
    ("{} 个部门", "{} departments"),
    // search
    ("搜索：", "Search: "),
    ("按词查找：", "Words: "),
    ("（每个词都要出现）", "(each must occur)"),
    ("没有找到。", "Nothing found."),
    ("找到 {} 项", "{} found"),
    ("（本页）", " (this page)"),
    // registry
    ("层级", "Level"),
    ("全部", "All"),
    ("国家", "national"),
    ("省级", "provincial"),
    ("市级", "city"),
    ("县级", "county"),
    ("地区", "Region"),
    ("全称或简称的一部分", "part of a name or short form"),
    ("共 {} 个机构。灰色的已因机构改革撤并。", "{} bodies. Grey ones ceased in institutional reforms."),
    ("简称", "Short forms"),
    ("类别", "Kind"),
    ("存续", "Existed"),
    ("查看这个部门的任务 →", "This department's assignments →"),
    ("层级 · 地区 · 类别", "Level · region · kind"),
    ("存续至今", "to this day"),
    ("（已撤并）", " (ceased)"),
    ("现由", "Now carried by"),
    ("承接", ""),
    ("数据来源", "Data source"),
    ("沿革", "History"),
    ("（无承接单位）", " (no successor)"),
    ("国家级", "national"),
    ("党委机关", "Party organ"),
    ("政府部门", "government department"),
    ("中央驻地机构", "central agency in the region"),
    ("司法机关", "court or procuratorate"),
    ("集合主体", "collective"),
    ("人民团体", "people's organisation"),
    ("事业单位", "public institution"),
    ("企业", "enterprise"),
    ("更名为", "renamed to"),
    ("并入", "merged into"),
    ("分设为", "split into"),
    ("撤销，职责划入", "abolished; duties moved to"),
    ("签收", "Acknowledge"),
    ("已签收", "acknowledged"),
    ("未签收", "not acknowledged"),
    ("本部门任务", "My department"),
    ("进展报告", "Progress reports"),
    ("还没有报告。", "No report yet."),
    ("本期进展", "Done this period"),
    ("存在问题", "Problems"),
    ("下步打算", "Next steps"),
    ("审核意见", "Review comments"),
    ("审核通过", "Accept"),
    ("退回修改", "Return for revision"),
    ("修改本期报告", "Revise this period's report"),
    ("历史版本（{}）", "Earlier versions ({})"),
    ("填写进展", "Report progress"),
    ("报送期", "Period"),
    ("进展情况", "Progress"),
    ("完成进度（%）", "Complete (%)"),
    ("保存草稿", "Save draft"),
    ("报送", "Submit"),
    ("本期没有进展时，选择“未开始”并直接报送。", "With no progress this period, choose “not started” and submit."),
    ("未开始", "not started"),
    ("正常推进", "on track"),
    ("存在风险", "at risk"),
    ("已完成", "done"),
    ("受阻", "blocked"),
    ("已报送", "submitted"),
    ("已退回", "returned"),
    ("已审核通过", "accepted"),
    ("督办看板", "Dashboard"),
    ("截至 {}", "as of {}"),
    ("红灯", "red"),
    ("黄灯", "yellow"),
    ("绿灯", "green"),
    ("各领域", "By area"),
    ("领域", "Area"),
    ("分布", "Share"),
    ("部门排名", "Departments ranked"),
    (
        "得分 = 100 ×（绿灯数 + 黄灯数 ÷ 2）÷ 任务数；同分时任务多者在前。",
        "Score = 100 × (green + yellow ÷ 2) ÷ assignments; on a tie, more assignments first.",
    ),
    ("部门", "Department"),
    ("得分", "Score"),
    ("红灯任务（{}）", "On red ({})"),
    ("黄灯任务（{}）", "At risk: on yellow ({})"),
    ("报送及时率 = 按时报送数 ÷ 应报送数。", "Reporting timeliness = reports on time ÷ reports owed."),
    ("应报送", "Owed"),
    ("按时", "On time"),
    ("逾期报送", "Late"),
    ("未报送", "Missing"),
    ("待报送", "Open"),
    ("按时报送", "On time"),
    ("报送及时率", "Timeliness"),
    ("报送周期与及时率", "Reporting cycle and timeliness"),
    ("设置人：{}", "set by {}"),
    ("全部报送及时率", "Overall timeliness"),
    ("各期趋势", "Trend across periods"),
    (
        "柱：各期报送及时率；折线：各期报告的平均完成进度。",
        "Bars: timeliness per period; line: mean progress reported.",
    ),
    ("截止日期", "Due"),
    ("平均完成进度", "Mean progress"),
    (
        "尚未设置报送周期：各部门按需报送，不计报送及时率。",
        "No reporting cycle yet: departments report when they choose and timeliness is not counted.",
    ),
    ("报送周期", "Reporting cycle"),
    ("每月", "Monthly"),
    ("每季度", "Quarterly"),
    ("每半年", "Half-yearly"),
    ("每年", "Yearly"),
    ("按通知", "Ad hoc"),
    ("每期结束后次月第几日前报送（1–28）", "Due on day (1–28) of the month after each period"),
    ("起始日期", "Starts"),
    ("按通知报送的日期（逗号分隔）", "Ad hoc due dates (comma-separated)"),
    ("保存报送周期", "Save reporting cycle"),
    ("应报送的报告", "Reports owed"),
    ("我的账户", "My account"),
    ("部门看板", "Department dashboard"),
    ("催办", "Urge"),
    ("督办意见（可不填）", "The office's words (optional)"),
    ("发送催办", "Send the urging"),
    ("各领域与任务", "By area and task"),
    ("各分工表", "By plan"),
    ("任务数", "Assignments"),
    ("未设置报送周期", "no reporting cycle"),
    ("逾期未完成（{}）", "Overdue and not done ({})"),
    ("安全管理员", "security administrator"),
    ("安全审计员", "security auditor"),
    ("导出 CSV", "Export CSV"),
    ("修改密码", "Change password"),
    ("当前密码", "Current password"),
    (
        "新密码（至少 10 位，含大写、小写、数字、符号中的三类，不含登录名）",
        "New password (10 or more characters of three kinds: upper, lower, digit, symbol; not the login)",
    ),
    ("再次输入新密码", "New password again"),
    (
        "修改后所有已登录的会话都会退出，请用新密码重新登录。",
        "Every session ends after the change: sign in again with the new password.",
    ),
    ("API 令牌", "API tokens"),
    (
        "系统对接时在请求头中携带 Authorization: Bearer 令牌，即以本账户的权限调用 /api/v1。",
        "Integrations send the header Authorization: Bearer <token> and call /api/v1 with this account's rights.",
    ),
    ("新令牌（只显示这一次，请立即保存）：", "New token (shown this once; keep it now):"),
    ("创建时间", "Created"),
    ("最近使用", "Last used"),
    ("已吊销", "revoked"),
    ("有效", "live"),
    ("吊销", "Revoke"),
    ("令牌用途", "What the token is for"),
    ("如：统计系统对接", "e.g. statistics system"),
    ("新建令牌", "New token"),
    ("新密码", "New password"),
    ("设置新密码", "Set password"),
    ("新建账户", "New account"),
    ("部门（部门联络员必填）", "Department (required for liaisons)"),
    ("初始密码", "Initial password"),
    ("佐证材料", "Evidence"),
    ("{} 的佐证材料", "Evidence for {}"),
    (
        "上传佐证材料（PDF、OFD、Word、Excel、WPS、图片、文本、ZIP）",
        "Upload evidence (PDF, OFD, Word, Excel, WPS, images, text, ZIP)",
    ),
    ("上传", "Upload"),
    ("报送情况", "Filed"),
    ("灯", "Light"),
    ("参加单位的报告（供牵头单位汇总）", "Participants' reports (for the lead to consolidate)"),
    ("同一措施其他部门的报告", "Other departments' reports on this measure"),
    ("通报", "Circular"),
    ("消息", "Messages"),
    ("发送失败的消息", "Undelivered messages"),
    ("没有消息。", "No messages."),
    ("标题", "Subject"),
    ("渠道", "Channel"),
    ("收件人", "Recipient"),
    ("错误", "Error"),
    ("{} 的报告已报送或已通过，不能再修改。", "The report for {} is submitted or accepted and can no longer change."),
    ("填写其他报送期", "Write another period"),
    ("填写", "Write"),
    ("账户", "Accounts"),
    ("密码已修改，请用新密码登录。", "The password was changed: sign in with the new one."),
    ("邮箱", "E-mail"),
    ("停用", "disabled"),
    ("暂时锁定", "locked for now"),
    ("正常", "active"),
    ("启用此账户", "Enable"),
    ("停用此账户", "Disable"),
    // accounts
    ("登录", "Sign in"),
    ("登录名", "Login"),
    ("密码", "Password"),
    ("退出", "Sign out"),
    ("审计日志", "Audit log"),
    ("时间", "Time"),
    ("操作人", "Actor"),
    ("操作", "Action"),
    ("对象", "Target"),
    ("详情", "Detail"),
    ("来源地址", "Address"),
    ("系统管理员", "administrator"),
    ("督办人员", "supervisor"),
    ("部门联络员", "department liaison"),
    ("查阅人员", "viewer"),
    // API docs
    ("API 文档", "API documentation"),
    ("机器可读的说明：", "Machine-readable description: "),
    ("方法", "Method"),
    ("路径", "Path"),
    ("参数", "Parameters"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_translate_and_fall_back() {
        let en = Tr { lang: Lang::En, me: None };
        assert_eq!(en.t("导入"), "Import");
        assert_eq!(en.f("第 {} 版", 3), "version 3");
        assert_eq!(Tr::default().f("第 {} 版", 3), "第 3 版");
        assert_eq!(en.t("没有的词"), "没有的词");
        assert_eq!(query_lang(Some("q=x&lang=en")), Some(Lang::En));
        assert_eq!(query_lang(Some("lang=fr")), None);
    }

    /// Every label a template passes through `tr.t` or `tr.f` has an
    /// English entry.
    #[test]
    fn every_template_label_is_translated() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/routes");
        let mut files = vec![root.join("layout.html")];
        for area in std::fs::read_dir(&root).unwrap() {
            let area = area.unwrap().path();
            if area.is_dir() {
                for f in std::fs::read_dir(&area).unwrap() {
                    let f = f.unwrap().path();
                    if f.extension().is_some_and(|e| e == "html") {
                        files.push(f);
                    }
                }
            }
        }
        let mut missing = Vec::new();
        let mut seen = 0;
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for call in ["tr.t(\"", "tr.f(\""] {
                for piece in text.split(call).skip(1) {
                    let label = piece.split('"').next().unwrap();
                    seen += 1;
                    if !english().contains_key(label) {
                        missing.push(format!("{}: {label}", file.display()));
                    }
                }
            }
        }
        assert!(seen > 50, "templates use the translator ({seen} labels)");
        assert!(missing.is_empty(), "labels without English: {missing:#?}");
    }
}
