//! PDF: the text layer through pdf-extract, then the text pipeline. The
//! extractor panics on some fonts (GBK-EUC-H without ToUnicode): it runs
//! under `catch_unwind`, and its failures become clear errors. A PDF with
//! no text layer is a scan and needs OCR.

use crate::ImportError;

pub fn pdf_text(bytes: &[u8]) -> Result<String, ImportError> {
    let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes));
    let text = match result {
        Ok(Ok(text)) => text,
        Ok(Err(e)) => return Err(ImportError::Pdf(format!("无法读取 PDF 的文字：{e}"))),
        Err(_) => return Err(ImportError::Pdf("PDF 文字提取器在读取本文件时崩溃（多为特殊中文字体）".into())),
    };
    let meaningful = text.chars().filter(|c| !c.is_whitespace()).count();
    let broken = text.chars().filter(|&c| c == '\u{FFFD}').count();
    if meaningful < 10 {
        return Err(ImportError::NeedsOcr);
    }
    if broken * 5 > meaningful {
        return Err(ImportError::Pdf("PDF 的字体没有可用的文字映射，提取出的是乱码".into()));
    }
    Ok(text)
}
