//! Shared by the Office readers: opening a zip archive within limits, so a
//! zip bomb or a huge part is refused instead of exhausting memory.

use crate::{ImportError, Limits};
use std::io::{Cursor, Read};

pub type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

pub fn open<'a>(bytes: &'a [u8], what: &str) -> Result<Archive<'a>, ImportError> {
    let archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ImportError::Corrupt(format!("{what} 压缩包无法打开：{e}")))?;
    Ok(archive)
}

/// Whether the archive holds an entry of that name.
pub fn has(archive: &mut Archive<'_>, name: &str) -> bool {
    archive.by_name(name).is_ok()
}

/// Reads one entry as UTF-8 text, refusing it beyond the limit (the
/// declared size may lie, so reading itself is bounded too).
pub fn read_entry(archive: &mut Archive<'_>, name: &str, limits: &Limits, what: &str) -> Result<String, ImportError> {
    let entry = archive.by_name(name).map_err(|e| ImportError::Corrupt(format!("{what} 缺少 {name}：{e}")))?;
    if entry.encrypted() {
        return Err(ImportError::Encrypted);
    }
    if entry.size() > limits.max_unpacked_bytes {
        return Err(ImportError::TooLarge(format!(
            "{what} 的 {name} 解压后 {} 字节，超过上限 {} 字节",
            entry.size(),
            limits.max_unpacked_bytes
        )));
    }
    let mut buf = Vec::with_capacity(entry.size().min(limits.max_unpacked_bytes) as usize);
    entry
        .take(limits.max_unpacked_bytes + 1)
        .read_to_end(&mut buf)
        .map_err(|e| ImportError::Corrupt(format!("{what} 的 {name} 读取失败（文件可能被截断）：{e}")))?;
    if buf.len() as u64 > limits.max_unpacked_bytes {
        return Err(ImportError::TooLarge(format!(
            "{what} 的 {name} 解压后超过上限 {} 字节",
            limits.max_unpacked_bytes
        )));
    }
    String::from_utf8(buf).map_err(|_| ImportError::Corrupt(format!("{what} 的 {name} 不是 UTF-8 的 XML")))
}
