//! A team project's address (`postgres://host/dbname`, or libpq's `host=… dbname=…`), the
//! credentials PostgreSQL's own places hold for it, and a connection over TLS where the server
//! offers it.
//!
//! Spanline never writes a password: it is taken, as libpq takes it, from the address itself,
//! then `PGPASSWORD`, then the password file (`PGPASSFILE` or `~/.pgpass`). A missing host,
//! port, database or user comes from `PGHOST`, `PGPORT`, `PGDATABASE` and `PGUSER`.

use std::path::{Path, PathBuf};
use std::str::FromStr as _;
use std::sync::Arc;
use std::time::Duration;

use postgres::config::{Host, SslMode};

use super::TeamError;
use super::password_file;

/// How long a connection may take before the address is reported unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Whether `text` names a team project on a server rather than a project file.
pub fn is_team_address(text: &str) -> bool {
    let lower = text.trim_start().to_ascii_lowercase();
    ["postgres://", "postgresql://", "service=", "host="]
        .iter()
        .any(|start| lower.starts_with(start))
}

/// A parsed address with its credentials filled in, ready to connect.
#[derive(Clone)]
pub struct Address {
    config: postgres::Config,
    /// A file of authorities to trust beside the web's (`PGSSLROOTCERT`): a team's own CA.
    root_certificates: Option<PathBuf>,
}

impl std::fmt::Debug for Address {
    // The password stays out of every message and log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Address({})", self.shown())
    }
}

impl Address {
    /// Parses `text` and fills what it leaves out from the process environment and the
    /// password file.
    pub fn parse(text: &str) -> Result<Self, TeamError> {
        Self::parse_with(text, &|name| std::env::var(name).ok())
    }

    /// [`Address::parse`] with the environment given (tests pass their own).
    pub fn parse_with(text: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<Self, TeamError> {
        let text = with_service(text.trim(), env)?;
        // A URL without a port is read as port 5432, which cannot be taken back: PGPORT goes
        // into the text first.
        let port = env("PGPORT").and_then(|p| p.trim().parse::<u16>().ok());
        let text = match port {
            Some(port) => with_port_unless_stated(text.trim(), port),
            None => text.trim().to_owned(),
        };
        let mut config = postgres::Config::from_str(&text).map_err(|err| {
            TeamError::Address(format!(
                "“{}” is not a PostgreSQL address ({err}); write it as postgres://host/database",
                without_password(&text)
            ))
        })?;
        if config.get_hosts().is_empty() {
            config.host(&env("PGHOST").unwrap_or_else(|| "localhost".to_owned()));
        }
        if config.get_user().is_none()
            && let Some(user) = env("PGUSER")
        {
            config.user(&user);
        }
        if config.get_dbname().is_none()
            && let Some(database) = env("PGDATABASE")
        {
            config.dbname(&database);
        }
        if config.get_password().is_none()
            && let Some(password) = env("PGPASSWORD").or_else(|| from_password_file(&config, env))
        {
            config.password(password);
        }
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("spanline");
        Ok(Self {
            config,
            root_certificates: env("PGSSLROOTCERT").map(PathBuf::from),
        })
    }

    /// The address as messages show it: user, host, port and database, never the password.
    pub fn shown(&self) -> String {
        let host = self
            .config
            .get_hosts()
            .first()
            .map_or_else(String::new, |host| match host {
                Host::Tcp(name) => name.clone(),
                #[cfg(unix)]
                Host::Unix(path) => path.display().to_string(),
            });
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let user = self
            .config
            .get_user()
            .map(|u| format!("{u}@"))
            .unwrap_or_default();
        let database = self.config.get_dbname().unwrap_or_default();
        format!("postgres://{user}{host}:{port}/{database}")
    }

    /// Whether this address insists on TLS (`sslmode=require`).
    pub fn requires_tls(&self) -> bool {
        self.config.get_ssl_mode() == SslMode::Require
    }

    /// Connects, over TLS when the server offers it (or the address requires it), checking the
    /// server's certificate against the web's root authorities and the one `PGSSLROOTCERT`
    /// names.
    pub fn connect(&self) -> Result<postgres::Client, TeamError> {
        let tls = tls_connector(self.root_certificates.as_deref())?;
        self.config
            .connect(tls)
            .map_err(|source| TeamError::Connect {
                address: self.shown(),
                detail: super::error::server_message(&source),
            })
    }
}

/// A key=value address naming a service (`service=desk`, or `PGSERVICE`) with the service's
/// parameters added where the address does not give them itself.
fn with_service(text: &str, env: &dyn Fn(&str) -> Option<String>) -> Result<String, TeamError> {
    if text.contains("://") {
        return Ok(text.to_owned());
    }
    let mut pairs: Vec<&str> = text.split_whitespace().collect();
    let named = pairs
        .iter()
        .position(|pair| pair.to_ascii_lowercase().starts_with("service="));
    let service = match named {
        Some(at) => Some(pairs.remove(at)["service=".len()..].to_owned()),
        None => env("PGSERVICE"),
    };
    let Some(service) = service else {
        return Ok(text.to_owned());
    };
    let parameters = super::service_file::find(&service, env).ok_or_else(|| {
        TeamError::Address(format!(
            "no service “{service}” in the service file (~/.pg_service.conf or PGSERVICEFILE)"
        ))
    })?;
    let given = |key: &str| {
        pairs.iter().any(|pair| {
            pair.split_once('=')
                .is_some_and(|(k, _)| k.eq_ignore_ascii_case(key))
        })
    };
    let mut out: Vec<String> = pairs.iter().map(|pair| (*pair).to_owned()).collect();
    for (key, value) in parameters {
        if !given(&key) {
            // Quoted as libpq's key=value form quotes.
            let value = value.replace('\\', "\\\\").replace('\'', "\\'");
            out.push(format!("{key}='{value}'"));
        }
    }
    Ok(out.join(" "))
}

/// `text` with `port` added where it names none (`postgres://db/x` → `postgres://db:6543/x`,
/// `host=db` → `host=db port=6543`).
fn with_port_unless_stated(text: &str, port: u16) -> String {
    let Some((scheme, rest)) = text.split_once("://") else {
        let stated = text
            .split_whitespace()
            .any(|pair| pair.to_ascii_lowercase().starts_with("port="));
        return if stated {
            text.to_owned()
        } else {
            format!("{text} port={port}")
        };
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    let host_start = authority.rfind('@').map_or(0, |at| at + 1);
    let host = &authority[host_start..];
    // An IPv6 host is bracketed; its own colons are not a port.
    let after_host = host.rfind(']').map_or(host, |close| &host[close..]);
    let stated =
        after_host.contains(':') || path.contains("port=") || host.is_empty() || host.contains(',');
    if stated {
        text.to_owned()
    } else {
        format!("{scheme}://{authority}:{port}{path}")
    }
}

/// The address text with any password blanked, for the message that says it did not parse.
pub fn without_password(text: &str) -> String {
    let text = text.trim();
    if let Some((scheme, rest)) = text.split_once("://") {
        // user:password@host…: whatever lies between the first colon and the last @ of the
        // part before the path goes, even when the rest does not parse.
        let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
        let authority = &rest[..authority_end];
        if let Some(at) = authority.rfind('@')
            && let Some(colon) = authority[..at].find(':')
        {
            return format!("{scheme}://{}:…{}", &rest[..colon], &rest[at..]);
        }
        return text.to_owned();
    }
    // key=value form: every password's value goes.
    text.split_whitespace()
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case("password") => "password=…".to_owned(),
            _ => pair.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The password the password file holds for this connection, if it is private and matches.
fn from_password_file(
    config: &postgres::Config,
    env: &dyn Fn(&str) -> Option<String>,
) -> Option<String> {
    let path = env("PGPASSFILE")
        .map(PathBuf::from)
        .or_else(|| env("HOME").map(|home| PathBuf::from(home).join(".pgpass")))?;
    let meta = std::fs::metadata(&path).ok()?;
    if !meta.is_file() || !password_file::is_private(&meta) {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    let host = match config.get_hosts().first()? {
        Host::Tcp(name) => name.clone(),
        #[cfg(unix)]
        Host::Unix(_) => "localhost".to_owned(),
    };
    let user = config
        .get_user()
        .map(str::to_owned)
        .or_else(|| env("USER"))
        .unwrap_or_default();
    let database = config
        .get_dbname()
        .map_or_else(|| user.clone(), str::to_owned);
    let lookup = password_file::Lookup {
        host: &host,
        port: config.get_ports().first().copied().unwrap_or(5432),
        database: &database,
        user: &user,
    };
    password_file::find(&text, &lookup)
}

/// TLS through rustls (no system library), trusting the web's root authorities and, when
/// `PGSSLROOTCERT` names a file, the authorities in it (a team's own CA).
fn tls_connector(
    root_certificates: Option<&Path>,
) -> Result<tokio_postgres_rustls::MakeRustlsConnect, TeamError> {
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    if let Some(path) = root_certificates {
        use rustls::pki_types::CertificateDer;
        use rustls::pki_types::pem::PemObject as _;
        let certificates = CertificateDer::pem_file_iter(path).map_err(|err| {
            TeamError::Address(format!(
                "PGSSLROOTCERT names {}, which could not be read ({err})",
                path.display()
            ))
        })?;
        roots.add_parsable_certificates(certificates.flatten());
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|err| TeamError::Address(format!("TLS could not be set up ({err})")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn a_team_address_is_told_from_a_file_name() {
        assert!(is_team_address("postgres://db.desk.example/iraq"));
        assert!(is_team_address("PostgreSQL://db/iraq"));
        assert!(!is_team_address("postgres.db"));
        assert!(!is_team_address("/home/r/postgres://x.db"));
    }

    #[test]
    fn what_the_address_leaves_out_comes_from_the_environment() {
        let env = |name: &str| match name {
            "PGUSER" => Some("r.haddad".to_owned()),
            "PGPORT" => Some("6543".to_owned()),
            "PGPASSWORD" => Some("s3cret".to_owned()),
            _ => None,
        };
        let address = Address::parse_with("postgres://db.desk.example/iraq", &env).expect("parses");
        assert_eq!(
            address.shown(),
            "postgres://r.haddad@db.desk.example:6543/iraq"
        );
        assert_eq!(address.config.get_password(), Some(&b"s3cret"[..]));
    }

    #[test]
    fn pgport_fills_a_port_the_address_does_not_state() {
        let env = |name: &str| (name == "PGPORT").then(|| "6543".to_owned());
        for (text, shown) in [
            ("postgres://db/iraq", "postgres://db:6543/iraq"),
            ("postgres://db:7000/iraq", "postgres://db:7000/iraq"),
            ("postgres://u@[::1]/iraq", "postgres://u@::1:6543/iraq"),
            ("host=db dbname=iraq", "postgres://db:6543/iraq"),
            ("host=db port=7000 dbname=iraq", "postgres://db:7000/iraq"),
        ] {
            let address = Address::parse_with(text, &env).expect("parses");
            assert_eq!(address.shown(), shown, "{text}");
        }
    }

    #[test]
    fn a_named_service_supplies_what_the_address_leaves_out() {
        let dir = std::env::temp_dir().join(format!("spanline-service-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("folder");
        let file = dir.join("pg_service.conf");
        std::fs::write(
            &file,
            "[desk]\nhost=db.desk.example\nport=6543\ndbname=iraq\n",
        )
        .expect("written");
        let file_text = file.display().to_string();
        let env = |name: &str| (name == "PGSERVICEFILE").then(|| file_text.clone());
        let address = Address::parse_with("service=desk user=r.haddad", &env).expect("parses");
        assert_eq!(
            address.shown(),
            "postgres://r.haddad@db.desk.example:6543/iraq"
        );
        // What the address says itself wins.
        let address = Address::parse_with("service=desk dbname=syria", &env).expect("parses");
        assert!(address.shown().ends_with("/syria"), "{}", address.shown());
        let Err(err) = Address::parse_with("service=nowhere", &env) else {
            panic!("an unknown service is refused");
        };
        assert!(err.to_string().contains("nowhere"), "{err}");
        assert!(is_team_address("service=desk"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_password_is_never_shown() {
        let address =
            Address::parse_with("postgres://r.haddad:s3cret@db.desk.example/iraq", &no_env)
                .expect("parses");
        assert!(!format!("{address:?} {}", address.shown()).contains("s3cret"));
        let Err(err) = Address::parse_with("postgres://r:s3cret@db/iraq?sslmode=bogus", &no_env)
        else {
            panic!("an unknown sslmode is refused");
        };
        assert!(!err.to_string().contains("s3cret"), "{err}");
        for bad in [
            "postgres://r:s3cret@db:notaport/iraq",
            "postgres://r:s3cret@db:1:2/x",
            "host=db password=s3cret port=x",
        ] {
            let Err(err) = Address::parse_with(bad, &no_env) else {
                panic!("{bad} is refused");
            };
            assert!(!err.to_string().contains("s3cret"), "{err}");
        }
    }

    #[test]
    fn a_private_password_file_supplies_the_password_and_a_shared_one_is_ignored() {
        let dir = std::env::temp_dir().join(format!("spanline-pgpass-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("folder");
        let file = dir.join("pgpass");
        std::fs::write(&file, "db.desk.example:5432:iraq:r.haddad:from-file\n").expect("written");
        let file_text = file.display().to_string();
        let env = |name: &str| (name == "PGPASSFILE").then(|| file_text.clone());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("mode");
        }
        let address =
            Address::parse_with("postgres://r.haddad@db.desk.example/iraq", &env).expect("parses");
        assert_eq!(address.config.get_password(), Some(&b"from-file"[..]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt as _;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("mode");
            let address = Address::parse_with("postgres://r.haddad@db.desk.example/iraq", &env)
                .expect("parses");
            assert_eq!(address.config.get_password(), None);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
