-- Extensions the schema relies on (drizzle-kit never writes CREATE EXTENSION). pg_trgm is a trusted extension:
-- a database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
