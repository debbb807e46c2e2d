//! Why a document could not be read at all.
//!
//! Anything short of these becomes a plan with diagnostics; these are the
//! cases where no plan can be produced. Messages are Chinese first, with the
//! English term in brackets for integrators.

/// A document the importer cannot read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("文件为空（empty file）")]
    Empty,
    #[error("这是二进制文件，不是文本、Markdown 或 HTML（binary file）")]
    Binary,
    #[error("暂不支持 {0} 格式（unsupported format）；请另存为文本或 HTML 后导入")]
    Unsupported(String),
    #[error("无法识别文件编码（unknown encoding）：{0}")]
    Encoding(String),
    #[error("导入器内部错误（internal error）：{0}；请把文件发给维护者")]
    Internal(String),
    #[error("文件已损坏或不完整（corrupt）：{0}")]
    Corrupt(String),
    #[error("文件设有密码（encrypted）；请去掉密码后另存再导入")]
    Encrypted,
    #[error("文件超出处理上限（too large）：{0}")]
    TooLarge(String),
    #[error("{0}（PDF）；请改用 Word/Excel 原件")]
    Pdf(String),
    #[error("这个 PDF 没有文字层，是扫描件，需要先做文字识别（OCR）；请改用 Word/Excel 原件")]
    NeedsOcr,
}
