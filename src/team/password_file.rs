//! PostgreSQL's password file (`~/.pgpass`, or the file `PGPASSFILE` names), read the way libpq
//! reads it, so a team's password is kept where PostgreSQL keeps it and never by Spanline.
//!
//! Each line is `hostname:port:database:username:password`; `*` in any of the first four
//! fields matches anything, `\:` and `\\` are a literal colon and backslash, lines starting
//! with `#` are comments. The first line that matches wins.

/// The connection a password is looked up for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup<'a> {
    pub host: &'a str,
    pub port: u16,
    pub database: &'a str,
    pub user: &'a str,
}

/// The password the file's text holds for `lookup`, if a line matches.
pub fn find(text: &str, lookup: &Lookup<'_>) -> Option<String> {
    let port = lookup.port.to_string();
    let wanted = [lookup.host, port.as_str(), lookup.database, lookup.user];
    text.lines()
        .filter(|line| !line.trim_start().starts_with('#'))
        .filter_map(fields)
        .find(|fields| {
            fields[..4]
                .iter()
                .zip(wanted)
                .all(|(field, want)| field == "*" || field == want)
        })
        .map(|mut fields| fields.swap_remove(4))
}

/// The five fields of a line, unescaped; `None` for a line without them.
fn fields(line: &str) -> Option<Vec<String>> {
    let mut fields = vec![String::new()];
    let mut chars = line.trim_end_matches('\r').chars();
    while let Some(c) = chars.next() {
        // The password is the rest of the line, colons and all.
        if c == ':' && fields.len() < 5 {
            fields.push(String::new());
            continue;
        }
        let literal = if c == '\\' {
            chars.next().unwrap_or('\\')
        } else {
            c
        };
        fields.last_mut()?.push(literal);
    }
    (fields.len() == 5).then_some(fields)
}

/// Whether a password file may be trusted: libpq ignores one that others can read, since a
/// password there would be open to them.
#[cfg(unix)]
pub fn is_private(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::PermissionsExt as _;
    meta.permissions().mode() & 0o077 == 0
}

#[cfg(not(unix))]
pub fn is_private(_meta: &std::fs::Metadata) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOOKUP: Lookup<'static> = Lookup {
        host: "db.desk.example",
        port: 5432,
        database: "iraq_syria",
        user: "r.haddad",
    };

    #[test]
    fn the_first_matching_line_wins_and_stars_match_anything() {
        let text = "# team server\n\
                    other.example:5432:*:*:not-this\n\
                    db.desk.example:*:iraq_syria:r.haddad:s3cret\n\
                    *:*:*:*:fallback\n";
        assert_eq!(find(text, &LOOKUP).as_deref(), Some("s3cret"));
        let elsewhere = Lookup {
            host: "127.0.0.1",
            ..LOOKUP
        };
        assert_eq!(find(text, &elsewhere).as_deref(), Some("fallback"));
    }

    #[test]
    fn escaped_colons_and_backslashes_are_part_of_a_field() {
        let text = "db.desk.example:5432:iraq_syria:r.haddad:pa\\:ss\\\\word\n";
        assert_eq!(find(text, &LOOKUP).as_deref(), Some("pa:ss\\word"));
        let text = "db.desk.example:5432:iraq_syria:r.haddad:pass:with:colons\n";
        assert_eq!(find(text, &LOOKUP).as_deref(), Some("pass:with:colons"));
    }

    #[test]
    fn no_line_for_the_port_or_a_short_line_gives_nothing() {
        let text = "db.desk.example:5433:iraq_syria:r.haddad:wrong-port\n\
                    db.desk.example:5432:iraq_syria\n";
        assert_eq!(find(text, &LOOKUP), None);
    }
}
