//! Tests only: see tests/conformance.rs.
