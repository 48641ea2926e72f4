//! PostgreSQL's connection service file (`~/.pg_service.conf`, or the file `PGSERVICEFILE`
//! names, then `pg_service.conf` in `PGSYSCONFDIR`), read the way libpq reads it: a team's
//! server can be named once (`service=desk`) with its host, port, database and user.
//!
//! The file is INI-like: `[name]` opens a service, `key=value` lines give its parameters,
//! lines starting with `#` are comments.

use std::path::PathBuf;

/// The parameters of service `name` in the file's text, in order; `None` when the file has
/// no such service.
pub fn parameters(text: &str, name: &str) -> Option<Vec<(String, String)>> {
    let mut found = None;
    let mut current: Option<&str> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(section) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(section.trim());
            if current == Some(name) && found.is_none() {
                found = Some(Vec::new());
            }
            continue;
        }
        if current == Some(name)
            && let (Some(parameters), Some((key, value))) = (found.as_mut(), line.split_once('='))
        {
            let parameters: &mut Vec<(String, String)> = parameters;
            parameters.push((key.trim().to_owned(), value.trim().to_owned()));
        }
    }
    found
}

/// The service files to look in, in libpq's order.
pub fn candidates(env: &dyn Fn(&str) -> Option<String>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    if let Some(file) = env("PGSERVICEFILE") {
        files.push(PathBuf::from(file));
    } else if let Some(home) = env("HOME") {
        files.push(PathBuf::from(home).join(".pg_service.conf"));
    }
    if let Some(folder) = env("PGSYSCONFDIR") {
        files.push(PathBuf::from(folder).join("pg_service.conf"));
    }
    files
}

/// Service `name`'s parameters from the first file that has it.
pub fn find(name: &str, env: &dyn Fn(&str) -> Option<String>) -> Option<Vec<(String, String)>> {
    candidates(env).into_iter().find_map(|file| {
        let text = std::fs::read_to_string(file).ok()?;
        parameters(&text, name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_services_parameters_are_read_and_others_ignored() {
        let text = "# the desk's servers\n\
                    [archive]\nhost=old.example\n\n\
                    [desk]\nhost = db.desk.example\nport=6543\ndbname=iraq\n# note\nuser=r.haddad\n";
        assert_eq!(
            parameters(text, "desk"),
            Some(vec![
                ("host".into(), "db.desk.example".into()),
                ("port".into(), "6543".into()),
                ("dbname".into(), "iraq".into()),
                ("user".into(), "r.haddad".into()),
            ])
        );
        assert_eq!(parameters(text, "missing"), None);
    }
}
