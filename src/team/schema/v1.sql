-- Spanline team project schema, version 1, on PostgreSQL.
--
-- The same tables, columns and rules as a project file at its schema version 3
-- (src/store/schema/v1.sql … v3.sql), so that a project goes to the server and back exactly:
-- INTEGER is BIGINT, REAL is DOUBLE PRECISION, TEXT is TEXT. The file's full-text index
-- (article_search) has no table here; the server searches with its own text search.
-- Every table but team_meta has row_seq: the order its rows were written in, which the file
-- keeps as rowid (aliases and the change log are read in that order).
-- Every statement is safe to run on an empty database only: `spanline team init` runs this
-- script once, in one transaction, and records the version in team_meta.

CREATE TABLE team_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE project_meta (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    article_seq         BIGINT PRIMARY KEY,
    article_id          TEXT NOT NULL UNIQUE,
    content_hash        TEXT NOT NULL UNIQUE,
    title               TEXT NOT NULL,
    outlet              TEXT,
    author              TEXT,
    published           TEXT,
    url                 TEXT,
    source_name         TEXT,
    source_format       TEXT NOT NULL CHECK (source_format IN ('txt', 'md', 'html')),
    text                TEXT NOT NULL,
    char_count          BIGINT NOT NULL CHECK (char_count >= 0),
    imported_at         TEXT NOT NULL,
    imported_by         TEXT NOT NULL,
    published_precision TEXT CHECK (published_precision IN ('day', 'week', 'month', 'year')),
    published_guessed   BIGINT NOT NULL DEFAULT 0 CHECK (published_guessed IN (0, 1)),
    language            TEXT,
    reliability         TEXT CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
    credibility         TEXT CHECK (credibility IN ('1', '2', '3', '4', '5', '6')),
    scale               TEXT CHECK (scale IN ('local', 'subnational', 'national',
                            'regional', 'international', 'new media', 'other')),
    notes               TEXT
);

CREATE TABLE actors (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    actor_id        TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL,
    kind            TEXT,
    parent_actor_id TEXT REFERENCES actors (actor_id) DEFERRABLE INITIALLY DEFERRED,
    notes           TEXT
);

CREATE TABLE actor_aliases (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    actor_id TEXT NOT NULL REFERENCES actors (actor_id) DEFERRABLE INITIALLY DEFERRED,
    alias    TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE places (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    place_id      TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    admin1        TEXT,
    country       TEXT,
    iso3          TEXT,
    latitude      DOUBLE PRECISION CHECK (latitude BETWEEN -90 AND 90),
    longitude     DOUBLE PRECISION CHECK (longitude BETWEEN -180 AND 180),
    geo_precision BIGINT CHECK (geo_precision BETWEEN 1 AND 7),
    notes         TEXT
);

CREATE TABLE place_aliases (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    place_id TEXT NOT NULL REFERENCES places (place_id) DEFERRABLE INITIALLY DEFERRED,
    alias    TEXT NOT NULL,
    PRIMARY KEY (place_id, alias)
);

CREATE TABLE vocab_terms (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    term_id    TEXT PRIMARY KEY NOT NULL,
    vocabulary TEXT NOT NULL CHECK (vocabulary IN ('event_type', 'sub_type', 'weapon', 'target_type', 'tag')),
    key        TEXT NOT NULL,
    label      TEXT NOT NULL,
    parent_key TEXT,
    sort_order BIGINT NOT NULL DEFAULT 0,
    UNIQUE (vocabulary, key)
);

CREATE TABLE incidents (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    incident_id       TEXT PRIMARY KEY NOT NULL,
    date_start        TEXT,
    date_end          TEXT,
    date_precision    TEXT CHECK (date_precision IN ('day', 'week', 'month', 'year')),
    time_of_day       TEXT,
    event_type        TEXT,
    sub_type          TEXT,
    weapon            TEXT,
    munitions_low     BIGINT, munitions_best   BIGINT, munitions_high   BIGINT,
    impacted_low      BIGINT, impacted_best    BIGINT, impacted_high    BIGINT,
    intercepted_low   BIGINT, intercepted_best BIGINT, intercepted_high BIGINT,
    target_type       TEXT,
    target            TEXT,
    place_id          TEXT REFERENCES places (place_id) DEFERRABLE INITIALLY DEFERRED,
    launch_place_id   TEXT REFERENCES places (place_id) DEFERRABLE INITIALLY DEFERRED,
    geo_precision     BIGINT CHECK (geo_precision BETWEEN 1 AND 7),
    perpetrator_id    TEXT REFERENCES actors (actor_id) DEFERRABLE INITIALLY DEFERRED,
    attribution       TEXT CHECK (attribution IN ('claimed', 'attributed', 'suspected', 'denied', 'unknown')),
    attributed_by     TEXT,
    killed_low        BIGINT, killed_best      BIGINT, killed_high      BIGINT,
    wounded_low       BIGINT, wounded_best     BIGINT, wounded_high     BIGINT,
    casualty_detail   TEXT,
    summary           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    confidence        TEXT CHECK (confidence IN ('low', 'medium', 'high')),
    status            TEXT NOT NULL CHECK (status IN ('draft', 'reviewed')),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
);
CREATE INDEX incidents_by_date ON incidents (date_start, incident_id);

CREATE TABLE incident_tags (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    incident_id TEXT NOT NULL REFERENCES incidents (incident_id) DEFERRABLE INITIALLY DEFERRED,
    tag         TEXT NOT NULL,
    PRIMARY KEY (incident_id, tag)
);

CREATE TABLE evidence (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    evidence_id TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT NOT NULL REFERENCES incidents (incident_id) DEFERRABLE INITIALLY DEFERRED,
    article_id  TEXT NOT NULL REFERENCES articles (article_id) DEFERRABLE INITIALLY DEFERRED,
    start_char  BIGINT NOT NULL CHECK (start_char >= 0),
    end_char    BIGINT NOT NULL CHECK (end_char > start_char),
    exact       TEXT NOT NULL,
    prefix      TEXT NOT NULL,
    suffix      TEXT NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
);
CREATE INDEX evidence_by_article ON evidence (article_id, start_char);
CREATE INDEX evidence_by_incident ON evidence (incident_id);

CREATE TABLE evidence_fields (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    evidence_id TEXT NOT NULL REFERENCES evidence (evidence_id) DEFERRABLE INITIALLY DEFERRED,
    field       TEXT NOT NULL,
    PRIMARY KEY (evidence_id, field)
);

CREATE TABLE context_events (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    context_event_id TEXT PRIMARY KEY NOT NULL,
    kind             TEXT NOT NULL CHECK (kind IN ('event', 'period')),
    label            TEXT NOT NULL,
    date_start       TEXT NOT NULL,
    date_end         TEXT,
    notes            TEXT
);

CREATE TABLE change_log (
    row_seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,  -- the order rows were written in
    entry_id    TEXT PRIMARY KEY NOT NULL,
    change_id   TEXT NOT NULL,
    at          TEXT NOT NULL,
    analyst     TEXT NOT NULL,
    label       TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('put', 'delete')),
    data        TEXT
);
CREATE INDEX change_log_by_entity ON change_log (entity_kind, entity_id);
