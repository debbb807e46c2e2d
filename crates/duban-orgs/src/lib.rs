//! The department registry: every body a division table may name, with its
//! short forms, level, region, kind, active period and the reforms that
//! merged, renamed, split or abolished it; and the resolution of a name as
//! written (省发改委, 省工商总局, 省經濟和信息化委) to one real body.
//!
//! Data comes as TOML text (the defaults are embedded from `data/`; users
//! add their own files, which override entries of the same name). Loading
//! checks the whole registry and rejects bad data with the file and line.
//! No IO: callers hand in the texts.

mod data;
mod error;
mod learned;
mod normalize;
mod registry;
mod template;

pub use error::RegistryError;
pub use learned::{Learned, alias_entry};
pub use registry::{Event, EventKind, Kind, Level, MatchKind, Org, OrgId, Registry, Resolution, Source};
pub use template::{LocalMatch, Locality, Template, TemplateEvent, Templates, Tier};
