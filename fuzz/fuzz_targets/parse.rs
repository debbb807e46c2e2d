//! Fuzz target: any bytes through decoding and every reader. Calls the
//! unguarded stages so a panic reaches the fuzzer instead of being turned
//! into `ImportError::Internal` by `parse`'s guard.
//!
//! Run (needs a nightly toolchain or RUSTC_BOOTSTRAP=1 for the sanitizer):
//! `cargo fuzz run parse`; on stable, `cargo check` proves it builds.

#![no_main]

use duban_import::{Format, decode, parse_text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = decode(data) {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let _ = parse_text(&text, format);
        }
    }
});
