-- CRM search's typo tolerance and duplicate detection need pg_trgm on every
-- server: the embedded PostgreSQL 18, CI's PostgreSQL 15 and the managed hosts
-- all ship it. The crm migration created it only where available (the embedded
-- PGlite of earlier versions had none). From here on it is required, so search
-- runs one way everywhere. IF NOT EXISTS: servers that had it keep their indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS "Contact_search_trgm_idx" ON "Contact" USING gin (lower("searchText") gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "Company_search_trgm_idx" ON "Company" USING gin (lower("searchText") gin_trgm_ops);
CREATE INDEX IF NOT EXISTS "Deal_search_trgm_idx" ON "Deal" USING gin (lower("searchText") gin_trgm_ops);
