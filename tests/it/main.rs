//! The one integration test binary.
#![allow(clippy::print_stderr, clippy::needless_pass_by_value)]

mod cli;
mod common;
mod consumers;
mod cost;
mod exports;
mod generated;
mod hostile;
mod lifecycle;
mod migrate;
mod people;
mod policy;
mod properties;
mod trust;
mod vectors;
