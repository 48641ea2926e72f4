//! Who is coding which article: each window tells the server which article its analyst has
//! open, and reads what the others said.

use std::collections::HashMap;

use super::TeamSession;
use crate::model::ArticleId;
use crate::team::TeamError;

/// The channel a window announces on that its analyst opened another article.
pub(super) const PRESENCE_CHANNEL: &str = "spanline_presence";
/// How long a window's word on what its analyst codes holds without being renewed (a window
/// that closed without saying so drops out after it).
const PRESENCE_HOLDS_MINUTES: i32 = 30;

impl TeamSession {
    /// Tells the others which article this analyst is coding (`None`: none), as `analyst`.
    pub fn set_coding(
        &mut self,
        analyst: &str,
        article: Option<ArticleId>,
    ) -> Result<(), TeamError> {
        let article = article.map(|id| id.to_string());
        let mut client = self.client()?;
        let mut tx = client.transaction()?;
        tx.execute(
            "INSERT INTO team_presence (analyst, article_id) VALUES ($1, $2)
             ON CONFLICT (login, analyst) DO UPDATE
             SET article_id = EXCLUDED.article_id, at = now()",
            &[&analyst, &article],
        )?;
        tx.execute("SELECT pg_notify($1, '')", &[&PRESENCE_CHANNEL])?;
        tx.commit()?;
        Ok(())
    }

    /// Who else than `analyst` is coding which article, by article (names sorted).
    pub fn others_coding(
        &mut self,
        analyst: &str,
    ) -> Result<HashMap<ArticleId, Vec<String>>, TeamError> {
        let rows = self.client()?.query(
            "SELECT analyst, article_id FROM team_presence
             WHERE NOT (login = current_user AND analyst = $2) AND article_id IS NOT NULL
               AND at > now() - make_interval(mins => $1)
             ORDER BY analyst",
            &[&PRESENCE_HOLDS_MINUTES, &analyst],
        )?;
        let mut coding: HashMap<ArticleId, Vec<String>> = HashMap::new();
        for row in rows {
            let analyst: String = row.try_get(0)?;
            let article: String = row.try_get(1)?;
            // A value from the server that is no article id is passed over.
            if let Ok(article) = article.parse() {
                coding.entry(article).or_default().push(analyst);
            }
        }
        Ok(coding)
    }
}
