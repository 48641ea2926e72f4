-- The roles of a team project, enforced by the server itself: an analyst who bypasses the
-- window with psql still cannot do more than the role allows. Roles belong to the whole server
-- (PostgreSQL's roles are cluster-wide), so they are created only where missing; the grants are
-- this database's. An administrator makes an analyst a member:
--   CREATE ROLE "r.haddad" LOGIN PASSWORD '…';  GRANT spanline_coder TO "r.haddad";
--
--   spanline_reader    views and exports
--   spanline_coder     + articles, incidents, evidence, places, actors, context; drafts only
--   spanline_reviewer  + incidents marked reviewed (accepting drafts, merges)
--   spanline_codebook  + the vocabularies
--   spanline_admin     all of the above, and the project's own facts
DO $$
DECLARE
    name TEXT;
BEGIN
    FOREACH name IN ARRAY ARRAY['spanline_reader', 'spanline_coder', 'spanline_reviewer',
                                'spanline_codebook', 'spanline_admin']
    LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- another database's init made it meanwhile
            END;
        END IF;
    END LOOP;
END
$$;

GRANT spanline_reader TO spanline_coder, spanline_codebook;
GRANT spanline_coder TO spanline_reviewer;
GRANT spanline_reviewer, spanline_codebook TO spanline_admin;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO spanline_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO spanline_reader;
GRANT INSERT, UPDATE, DELETE ON articles, actors, actor_aliases, places, place_aliases,
    incidents, incident_tags, evidence, evidence_fields, context_events TO spanline_coder;
-- The change log is only ever added to.
GRANT INSERT ON change_log TO spanline_coder;
GRANT INSERT, UPDATE, DELETE ON vocab_terms TO spanline_codebook;
GRANT INSERT, UPDATE, DELETE ON project_meta TO spanline_admin;
-- Each table's row_seq numbers the rows added to it.
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO spanline_coder, spanline_codebook;

-- A coder writes drafts; only a reviewer writes (or unmarks) a reviewed incident. The owner
-- (who ran `spanline team init`, and publishes) is not bound by these rules.
ALTER TABLE incidents ENABLE ROW LEVEL SECURITY;
CREATE POLICY anyone_reads ON incidents FOR SELECT USING (true);
CREATE POLICY drafts_unless_reviewer_add ON incidents FOR INSERT
    WITH CHECK (status = 'draft' OR pg_has_role('spanline_reviewer', 'MEMBER'));
CREATE POLICY drafts_unless_reviewer_change ON incidents FOR UPDATE
    USING (status = 'draft' OR pg_has_role('spanline_reviewer', 'MEMBER'))
    WITH CHECK (status = 'draft' OR pg_has_role('spanline_reviewer', 'MEMBER'));
CREATE POLICY drafts_unless_reviewer_remove ON incidents FOR DELETE
    USING (status = 'draft' OR pg_has_role('spanline_reviewer', 'MEMBER'));

-- Anyone may say which article they are coding, and only for themselves.
GRANT INSERT, UPDATE, DELETE ON team_presence TO spanline_reader;
ALTER TABLE team_presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY anyone_sees_who_codes_what ON team_presence FOR SELECT USING (true);
CREATE POLICY each_for_themselves ON team_presence FOR ALL
    USING (login = current_user) WITH CHECK (login = current_user);
