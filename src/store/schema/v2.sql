-- Spanline project schema, version 2: full-text search over articles.
--
-- An external-content FTS5 index over articles(title, text), keyed by articles.article_seq.
-- Spanline keeps it in step itself when it writes articles (there are no triggers). Query it as
--   SELECT a.title FROM article_search s JOIN articles a ON a.article_seq = s.rowid
--   WHERE article_search MATCH 'rocket' ORDER BY rank;
CREATE VIRTUAL TABLE article_search USING fts5 (
    title,
    text,
    content = 'articles',
    content_rowid = 'article_seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO article_search (article_search) VALUES ('rebuild');
