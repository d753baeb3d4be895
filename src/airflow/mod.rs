//! The pure core: Airflow's model and formats, reproduced byte for byte from real Airflow
//! (../shared/airflow-semantics.md). No I/O, no AWS, no printing.

pub mod compat;
pub mod connection;
pub mod environment;
pub mod export;
pub mod fidelity;
pub mod files;
pub mod masking;
pub mod naming;
pub mod pyjson;
pub mod pyurl;
pub mod secret_json;
pub mod uri;
pub mod variable;

pub use connection::{Connection, Password, Port, ReadError, Reader};
