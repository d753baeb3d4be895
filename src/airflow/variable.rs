//! Variable values as Airflow's own `airflow variables import` stores them (semantics §e).

use super::pyjson::{self, PyValue};

/// The Airflow line whose rules apply where the lines differ (PRODUCT.md `--airflow-version`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AirflowLine {
    #[default]
    V3,
    V2,
}

impl AirflowLine {
    /// The reader that a server of this line uses (imports run on servers).
    pub fn core_reader(self) -> super::Reader {
        match self {
            AirflowLine::V3 => super::Reader::Core,
            AirflowLine::V2 => super::Reader::Airflow2,
        }
    }
}

/// What one exported variable becomes in Airflow's database after an import.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedVariable {
    /// The stored text: a string verbatim, anything else `json.dumps(v, indent=2)`.
    pub value: String,
    /// Airflow 3's `{"value": ..., "description": ...}` wrapper (not stored by the backend).
    pub description: Option<String>,
}

/// The largest value worth serialising: Secrets Manager holds at most 65,536 bytes, so the
/// serialisation stops one byte past that (indentation makes deep values grow fast).
pub const MAX_STORED_BYTES: usize = 65_536;

/// `variables import` for one value. Airflow 3 unwraps a dict holding `value`; 2.10 stores the
/// dict itself as JSON. Err when the stored text would be over [`MAX_STORED_BYTES`].
pub fn import_value(v: &PyValue, line: AirflowLine) -> Result<ImportedVariable, String> {
    let (value, description) = match v {
        PyValue::Dict(_) if line == AirflowLine::V3 && v.get("value").is_some() => {
            let description = v.get("description").and_then(|d| match d {
                PyValue::Null => None,
                other => Some(pyjson::py_str(other)),
            });
            (v.get("value").unwrap_or(&PyValue::Null), description)
        }
        _ => (v, None),
    };
    let value = match value {
        PyValue::Str(s) => s.clone(),
        other => pyjson::dumps_indent_within(other, 2, MAX_STORED_BYTES).ok_or_else(|| {
            format!(
                "the value is more than {MAX_STORED_BYTES} bytes once serialised; Secrets Manager holds at most that"
            )
        })?,
    };
    Ok(ImportedVariable { value, description })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_matches_airflow() {
        let v = |t: &str| pyjson::loads(t).unwrap();
        assert_eq!(import_value(&v("42"), AirflowLine::V3).unwrap().value, "42");
        assert_eq!(
            import_value(&v("1000.0"), AirflowLine::V3).unwrap().value,
            "1000.0"
        );
        assert_eq!(
            import_value(&v("null"), AirflowLine::V3).unwrap().value,
            "null"
        );
        assert_eq!(
            import_value(&v("\"\\\"q\\\"\""), AirflowLine::V3)
                .unwrap()
                .value,
            "\"q\""
        );
        let wrapped = v(r#"{"description": "d", "value": {"b": 1}}"#);
        let got = import_value(&wrapped, AirflowLine::V3).unwrap();
        assert_eq!(
            (got.value.as_str(), got.description.as_deref()),
            ("{\n  \"b\": 1\n}", Some("d"))
        );
        assert_eq!(
            import_value(&wrapped, AirflowLine::V2).unwrap().value,
            "{\n  \"description\": \"d\",\n  \"value\": {\n    \"b\": 1\n  }\n}"
        );
    }
}
