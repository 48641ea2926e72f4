//! The tables a project is made of, in the order they are copied, and their columns as the
//! project file declares them: the one description both directions of the copy (publish and
//! checkout) follow, so that a project goes to the server and back exactly.

use postgres::types::{ToSql, Type};
use rusqlite::Connection;

use crate::store::{StoreError, StoreResult};

/// Every table of a project file that holds the project's records and facts. The file's
/// full-text index (`article_search`) is left out: it is rebuilt from the articles.
pub const TABLES: &[&str] = &[
    "project_meta",
    "articles",
    "actors",
    "actor_aliases",
    "places",
    "place_aliases",
    "vocab_terms",
    "incidents",
    "incident_tags",
    "evidence",
    "evidence_fields",
    "context_events",
    "change_log",
];

/// Where one kind of record lives: its table, keyed by `key`, and the tables of its parts
/// (aliases, tags, fields) keyed by the same column.
#[derive(Debug, Clone, Copy)]
pub struct RecordTables {
    /// The kind as the change log names it (`RecordKey::kind`).
    pub kind: &'static str,
    pub table: &'static str,
    pub key: &'static str,
    pub parts: &'static [&'static str],
}

/// Every kind of record, in an order where each comes after those it refers to (an incident
/// after its place and actor, evidence after its incident and article).
pub const RECORDS: &[RecordTables] = &[
    RecordTables {
        kind: "article",
        table: "articles",
        key: "article_id",
        parts: &[],
    },
    RecordTables {
        kind: "actor",
        table: "actors",
        key: "actor_id",
        parts: &["actor_aliases"],
    },
    RecordTables {
        kind: "place",
        table: "places",
        key: "place_id",
        parts: &["place_aliases"],
    },
    RecordTables {
        kind: "vocab_term",
        table: "vocab_terms",
        key: "term_id",
        parts: &[],
    },
    RecordTables {
        kind: "context_event",
        table: "context_events",
        key: "context_event_id",
        parts: &[],
    },
    RecordTables {
        kind: "incident",
        table: "incidents",
        key: "incident_id",
        parts: &["incident_tags"],
    },
    RecordTables {
        kind: "evidence",
        table: "evidence",
        key: "evidence_id",
        parts: &["evidence_fields"],
    },
];

/// The tables of records of `kind`, if it is one.
pub fn record_tables(kind: &str) -> Option<&'static RecordTables> {
    RECORDS.iter().find(|tables| tables.kind == kind)
}

/// A column each copy numbers for itself: the file's article row number, which two analysts'
/// copies assign independently. Live sync leaves it out; publish and checkout carry it.
pub const LOCAL_NUMBER: &str = "article_seq";

/// What a column holds; STRICT tables guarantee each value is of its column's kind or NULL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Real,
    Text,
}

impl Kind {
    fn of_declared(declared: &str) -> Option<Self> {
        match declared.to_ascii_uppercase().as_str() {
            "INTEGER" => Some(Kind::Integer),
            "REAL" => Some(Kind::Real),
            "TEXT" => Some(Kind::Text),
            _ => None,
        }
    }

    /// The type of the server's column (`BIGINT`, `DOUBLE PRECISION`, `TEXT`).
    pub fn server_type(self) -> Type {
        match self {
            Kind::Integer => Type::INT8,
            Kind::Real => Type::FLOAT8,
            Kind::Text => Type::TEXT,
        }
    }
}

/// One table's columns, in the file's order.
#[derive(Debug, Clone)]
pub struct Columns {
    pub table: &'static str,
    pub names: Vec<String>,
    pub kinds: Vec<Kind>,
}

impl Columns {
    /// The columns as the project file at `conn` declares them.
    pub fn of(conn: &Connection, table: &'static str) -> StoreResult<Self> {
        let mut stmt = conn.prepare(&format!("PRAGMA table_info(\"{table}\")"))?;
        let declared = stmt
            .query_map([], |row| {
                Ok((row.get::<_, String>(1)?, row.get::<_, String>(2)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if declared.is_empty() {
            return Err(StoreError::Rejected(format!(
                "the project has no table {table}"
            )));
        }
        let mut columns = Columns {
            table,
            names: Vec::new(),
            kinds: Vec::new(),
        };
        for (name, kind) in declared {
            let kind = Kind::of_declared(&kind).ok_or_else(|| {
                StoreError::Rejected(format!("{table}.{name} has an unknown type {kind}"))
            })?;
            columns.names.push(name);
            columns.kinds.push(kind);
        }
        Ok(columns)
    }

    /// These columns without `name`.
    pub fn without(mut self, name: &str) -> Self {
        if let Some(index) = self.names.iter().position(|n| n == name) {
            self.names.remove(index);
            self.kinds.remove(index);
        }
        self
    }

    /// The column names quoted and joined, for a statement's column list.
    pub fn list(&self) -> String {
        self.names
            .iter()
            .map(|name| format!("\"{name}\""))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn server_types(&self) -> Vec<Type> {
        self.kinds.iter().map(|kind| kind.server_type()).collect()
    }
}

/// One value on its way between the file and the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Integer(Option<i64>),
    Real(Option<f64>),
    Text(Option<String>),
}

impl Cell {
    /// The value of column `index` of a file's row.
    pub fn from_file(row: &rusqlite::Row<'_>, index: usize, kind: Kind) -> rusqlite::Result<Self> {
        Ok(match kind {
            Kind::Integer => Cell::Integer(row.get(index)?),
            Kind::Real => Cell::Real(row.get(index)?),
            Kind::Text => Cell::Text(row.get(index)?),
        })
    }

    /// The value of column `index` of a server's row.
    pub fn from_server(
        row: &postgres::Row,
        index: usize,
        kind: Kind,
    ) -> Result<Self, postgres::Error> {
        Ok(match kind {
            Kind::Integer => Cell::Integer(row.try_get(index)?),
            Kind::Real => Cell::Real(row.try_get(index)?),
            Kind::Text => Cell::Text(row.try_get(index)?),
        })
    }

    pub fn as_server_value(&self) -> &(dyn ToSql + Sync) {
        match self {
            Cell::Integer(value) => value,
            Cell::Real(value) => value,
            Cell::Text(value) => value,
        }
    }

    pub fn as_file_value(&self) -> &dyn rusqlite::ToSql {
        match self {
            Cell::Integer(value) => value,
            Cell::Real(value) => value,
            Cell::Text(value) => value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table added to the file's schema and not here would be left behind by every publish.
    #[test]
    fn every_table_of_the_file_is_copied_but_the_search_index() {
        let conn = Connection::open_in_memory().expect("memory db");
        crate::store::schema::migrate(&conn, 0, crate::store::schema::CURRENT_VERSION)
            .expect("schema");
        let mut stmt = conn
            .prepare(
                "SELECT name FROM sqlite_schema WHERE type = 'table'
                 AND name NOT LIKE 'article_search%' ORDER BY name",
            )
            .expect("query");
        let found: Vec<String> = stmt
            .query_map([], |row| row.get(0))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("names");
        let mut copied: Vec<&str> = TABLES.to_vec();
        copied.sort_unstable();
        assert_eq!(found, copied);
        for table in TABLES {
            Columns::of(&conn, table).expect("every column of a known type");
        }
        // Every record's tables are among them, and its parts carry its key.
        for record in RECORDS {
            for table in std::iter::once(&record.table).chain(record.parts) {
                assert!(TABLES.contains(table), "{table}");
                let columns = Columns::of(&conn, table).expect("columns");
                assert!(columns.names.iter().any(|n| n == record.key), "{table}");
            }
        }
    }
}
