//! airsecrets: administer Airflow variables and connections in AWS Secrets Manager.

pub mod airflow;
