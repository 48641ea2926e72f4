-- Spanline project schema, version 1.
--
-- A project is this one SQLite file. Conventions for every table:
--   * ids are UUID v7 strings ('0190a3c4-…'), unique across projects so that projects merge;
--   * dates are ISO 8601 calendar dates ('2020-11-17'); timestamps are RFC 3339 in UTC;
--   * evidence offsets count Unicode code points of articles.text, end exclusive;
--   * analysts are named by the free text they chose ('r.haddad').
-- The file carries PRAGMA application_id = 0x53504C4E ('SPLN') and PRAGMA user_version = the
-- schema version. There are no triggers and no views: Spanline writes every table itself.

-- Key/value facts about the project: 'project_id', 'name', 'created_at', 'created_by'.
CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- Source texts, stored exactly as evidence offsets refer to them.
CREATE TABLE articles (
    article_seq   INTEGER PRIMARY KEY,          -- local row number, for the search index only
    article_id    TEXT NOT NULL UNIQUE,
    content_hash  TEXT NOT NULL UNIQUE,         -- hex SHA-256 of text: same text, same article
    title         TEXT NOT NULL,
    outlet        TEXT,
    author        TEXT,
    published     TEXT,                         -- publication date, if known
    url           TEXT,
    source_name   TEXT,                         -- file name it was imported from
    source_format TEXT NOT NULL CHECK (source_format IN ('txt', 'md', 'html')),
    text          TEXT NOT NULL,
    char_count    INTEGER NOT NULL CHECK (char_count >= 0),  -- code points in text
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL
) STRICT;

-- Armed groups, state forces, front names. parent_actor_id: the group a front name belongs to.
CREATE TABLE actors (
    actor_id        TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    kind            TEXT,
    parent_actor_id TEXT REFERENCES actors (actor_id),
    notes           TEXT
) STRICT;

-- Other spellings of an actor's name, as found in sources ('KH', 'Kataib Hezbollah').
CREATE TABLE actor_aliases (
    actor_id TEXT NOT NULL REFERENCES actors (actor_id),
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
) STRICT;

-- The gazetteer. geo_precision follows UCDP where_prec: 1 exact place … 7 country.
CREATE TABLE places (
    place_id      TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    admin1        TEXT,
    country       TEXT,
    iso3          TEXT,
    latitude      REAL CHECK (latitude BETWEEN -90 AND 90),
    longitude     REAL CHECK (longitude BETWEEN -180 AND 180),
    geo_precision INTEGER CHECK (geo_precision BETWEEN 1 AND 7),
    notes         TEXT
) STRICT;

CREATE TABLE place_aliases (
    place_id TEXT NOT NULL REFERENCES places (place_id),
    alias    TEXT NOT NULL,
    PRIMARY KEY (place_id, alias)
) STRICT;

-- Open vocabularies. Incidents store a term's key (incidents.event_type = 'explosions_remote_violence').
CREATE TABLE vocab_terms (
    term_id    TEXT PRIMARY KEY NOT NULL,
    vocabulary TEXT NOT NULL CHECK (vocabulary IN ('event_type', 'sub_type', 'weapon', 'target_type', 'tag')),
    key        TEXT NOT NULL,
    label      TEXT NOT NULL,
    parent_key TEXT,                            -- sub_type: the event_type it refines
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (vocabulary, key)
) STRICT;

-- Incidents. Counts are stored as *_low / *_best / *_high, each optional
-- ('at least 32 attacks' is munitions_low = 32).
CREATE TABLE incidents (
    incident_id       TEXT PRIMARY KEY NOT NULL,
    date_start        TEXT,
    date_end          TEXT,
    date_precision    TEXT CHECK (date_precision IN ('day', 'week', 'month', 'year')),
    time_of_day       TEXT,                     -- as stated: 'around 2100 local time'
    event_type        TEXT,
    sub_type          TEXT,
    weapon            TEXT,
    munitions_low     INTEGER, munitions_best   INTEGER, munitions_high   INTEGER,
    impacted_low      INTEGER, impacted_best    INTEGER, impacted_high    INTEGER,
    intercepted_low   INTEGER, intercepted_best INTEGER, intercepted_high INTEGER,
    target_type       TEXT,
    target            TEXT,
    place_id          TEXT REFERENCES places (place_id),
    launch_place_id   TEXT REFERENCES places (place_id),  -- where it was fired from
    geo_precision     INTEGER CHECK (geo_precision BETWEEN 1 AND 7),
    perpetrator_id    TEXT REFERENCES actors (actor_id),
    attribution       TEXT CHECK (attribution IN ('claimed', 'attributed', 'suspected', 'denied', 'unknown')),
    attributed_by     TEXT,
    killed_low        INTEGER, killed_best      INTEGER, killed_high      INTEGER,
    wounded_low       INTEGER, wounded_best     INTEGER, wounded_high     INTEGER,
    casualty_detail   TEXT,                     -- who: 'one girl; five civilians'
    summary           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    confidence        TEXT CHECK (confidence IN ('low', 'medium', 'high')),
    status            TEXT NOT NULL CHECK (status IN ('draft', 'reviewed')),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
) STRICT;
CREATE INDEX incidents_by_date ON incidents (date_start, incident_id);

CREATE TABLE incident_tags (
    incident_id TEXT NOT NULL REFERENCES incidents (incident_id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (incident_id, tag)
) STRICT;

-- Evidence: a span of an article supporting an incident (W3C Web Annotation selectors:
-- start_char/end_char = TextPositionSelector, exact/prefix/suffix = TextQuoteSelector).
CREATE TABLE evidence (
    evidence_id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT NOT NULL REFERENCES incidents (incident_id),
    article_id  TEXT NOT NULL REFERENCES articles (article_id),
    start_char  INTEGER NOT NULL CHECK (start_char >= 0),
    end_char    INTEGER NOT NULL CHECK (end_char > start_char),
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    suffix      TEXT NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;
CREATE INDEX evidence_by_article ON evidence (article_id, start_char);
CREATE INDEX evidence_by_incident ON evidence (incident_id);

-- The incident fields each span supports ('date', 'perpetrator' …). No row: the incident as a whole.
CREATE TABLE evidence_fields (
    evidence_id TEXT NOT NULL REFERENCES evidence (evidence_id),
    field       TEXT NOT NULL,
    PRIMARY KEY (evidence_id, field)
) STRICT;

-- Timeline context: labelled events (a strike) and periods (a truce).
CREATE TABLE context_events (
    context_event_id TEXT PRIMARY KEY NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('event', 'period')),
    label            TEXT NOT NULL,
    date_start       TEXT NOT NULL,
    date_end         TEXT,
    notes            TEXT
) STRICT;

-- Who changed what and when: one row per record written by an edit, in order. data is the record
-- as JSON after the edit (articles without their text), NULL for a deletion. Rows of one undoable
-- step share change_id.
CREATE TABLE change_log (
    entry_id    TEXT PRIMARY KEY NOT NULL,
    change_id   TEXT NOT NULL,
    at          TEXT NOT NULL,
    analyst     TEXT NOT NULL,
    label       TEXT NOT NULL,                  -- what the analyst did: 'set date', 'undo: set date'
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('put', 'delete')),
    data        TEXT
) STRICT;
CREATE INDEX change_log_by_entity ON change_log (entity_kind, entity_id);
