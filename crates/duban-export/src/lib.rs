//! Writes a plan as the division table offices circulate: a title, a header
//! row repeated on every printed page, area rows merged across the item
//! columns, task cells merged down over their measures, and the columns
//! 序号 / 重点任务 / 具体措施 / 牵头单位 / 配合单位 / 责任单位 / 完成时限 / 备注,
//! on A4 landscape with CJK fonts named in the styles. XLSX, DOCX, CSV.
//!
//! Every writer works from one [`Layout`], so the three formats agree, and
//! the importer reads each of them back into the same plan.

mod circular;
mod csv_out;
mod docx_out;
mod layout;
mod xlsx_out;

pub use circular::{Circular, Section, circular_docx, circular_xlsx};
pub use csv_out::write_csv;
pub use docx_out::write_docx;
pub use layout::{COLUMNS, Layout, Line, LineKind};
pub use xlsx_out::write_xlsx;

/// A writer failed (an internal limit of the format, not bad input).
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("写出 XLSX 失败：{0}")]
    Xlsx(String),
    #[error("写出 DOCX 失败：{0}")]
    Docx(String),
    #[error("写出 CSV 失败：{0}")]
    Csv(String),
}

/// Body font: 仿宋 is what 公文 tables use; LibreOffice substitutes an
/// installed CJK font (Noto) when it is missing.
pub const BODY_FONT: &str = "仿宋_GB2312";
/// Title and header font.
pub const HEAD_FONT: &str = "黑体";
