//! The one integration test binary.
#![allow(clippy::print_stderr, clippy::needless_pass_by_value)]

mod common;
mod exports;
mod properties;
mod vectors;
