-- Spanline project schema, version 3: the rest of an article's details.
--
--   published_precision  how exactly `published` is known ('day' when NULL and a date is set);
--   published_guessed    1 while the date is a guess made at import (a dateline), until the
--                        analyst confirms it;
--   language             a BCP 47 tag ('en', 'ar');
--   reliability          the Admiralty grade of the source, 'A' (completely reliable) … 'F'
--                        (cannot be judged);
--   credibility          the Admiralty grade of the information, '1' (confirmed) … '6' (cannot be
--                        judged);
--   scale                how far the outlet reports, as ACLED's source_scale names it;
--   notes                the analyst's own notes on the source.
ALTER TABLE articles ADD COLUMN published_precision TEXT
    CHECK (published_precision IN ('day', 'week', 'month', 'year'));
ALTER TABLE articles ADD COLUMN published_guessed INTEGER NOT NULL DEFAULT 0
    CHECK (published_guessed IN (0, 1));
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN reliability TEXT
    CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F'));
ALTER TABLE articles ADD COLUMN credibility TEXT
    CHECK (credibility IN ('1', '2', '3', '4', '5', '6'));
ALTER TABLE articles ADD COLUMN scale TEXT CHECK (scale IN ('local', 'subnational', 'national',
    'regional', 'international', 'new media', 'other'));
ALTER TABLE articles ADD COLUMN notes TEXT;
