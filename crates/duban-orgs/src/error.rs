//! Why registry data was rejected: always with the file and line.

/// Bad registry data, found at load time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistryError {
    #[error("{file}:{line}: 格式错误（malformed）：{message}")]
    Malformed { file: String, line: usize, message: String },
    #[error("{file}:{line}: 机构「{name}」重复定义（also at {other_file}:{other_line}）")]
    DuplicateName { file: String, line: usize, name: String, other_file: String, other_line: usize },
    #[error("{file}:{line}: 简称/别名「{alias}」同时属于「{first}」和「{second}」（alias claimed twice）")]
    AliasConflict { file: String, line: usize, alias: String, first: String, second: String },
    #[error("{file}:{line}: 沿革事件引用了不存在的机构「{name}」（unknown body）")]
    UnknownBody { file: String, line: usize, name: String },
    #[error("{file}:{line}: 沿革关系出现循环：{cycle}（succession cycle）")]
    SuccessionCycle { file: String, line: usize, cycle: String },
}
