import type { Migration } from './migration'

// The first schema: articles and what extraction finds in them, matches, the append-only verdict
// history, and the bookkeeping a shared file needs (reviewers, presence, a change log).
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema',
  up(db) {
    db.exec(`
      CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE reviewers (
        name TEXT PRIMARY KEY,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        outlet TEXT,
        byline TEXT,
        url TEXT,
        published_at TEXT,
        role TEXT NOT NULL CHECK (role IN ('draft', 'source', 'transcript')),
        format TEXT NOT NULL CHECK (format IN ('txt', 'md', 'html', 'docx', 'paste')),
        file_name TEXT,
        text TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        imported_by TEXT
      ) STRICT;

      CREATE TABLE speakers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation'))
      ) STRICT;

      -- "from_id is the same speaker as to_id": proposed by fuzzy name matching, decided by an editor.
      CREATE TABLE speaker_links (
        from_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        to_id TEXT NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
        score REAL NOT NULL,
        reason TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'rejected')),
        decided_by TEXT,
        decided_at TEXT,
        PRIMARY KEY (from_id, to_id),
        CHECK (from_id <> to_id)
      ) STRICT;

      CREATE TABLE quotes (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        text TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'title')),
        utterance_id TEXT NOT NULL,
        speaker_id TEXT REFERENCES speakers(id) ON DELETE SET NULL,
        speaker_mention TEXT,
        cue TEXT
      ) STRICT;
      CREATE INDEX quotes_by_article ON quotes(article_id, ordinal);
      CREATE INDEX quotes_by_speaker ON quotes(speaker_id);

      -- Searchable spans of every article: its quotes and its sentences of narration.
      -- The text lives in articles.text; the index is contentless to keep the file small.
      CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        quote_id TEXT REFERENCES quotes(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX passages_by_article ON passages(article_id);
      CREATE VIRTUAL TABLE passages_fts USING fts5(
        text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'
      );
      -- How many passages hold each word: lets retrieval query by a quote's rarest words.
      CREATE VIRTUAL TABLE passages_vocab USING fts5vocab(passages_fts, row);
      CREATE TRIGGER passages_unindex AFTER DELETE ON passages BEGIN
        DELETE FROM passages_fts WHERE rowid = old.id;
      END;

      CREATE TABLE matches (
        quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        source_article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source_quote_id TEXT REFERENCES quotes(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        relation TEXT NOT NULL CHECK (relation IN ('identical', 'minor', 'fragment', 'reworded')),
        score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
        speaker_agrees INTEGER,
        diff TEXT NOT NULL,
        PRIMARY KEY (quote_id, source_article_id, start, end)
      ) STRICT;
      CREATE INDEX matches_by_source ON matches(source_article_id);

      -- Verdicts are appended, never updated: the current verdict of a quote is its latest head.
      CREATE TABLE verdicts (
        id TEXT PRIMARY KEY,
        quote_id TEXT NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
        -- 'withdrawn' undoes the verdict it supersedes, restoring what that one replaced
        status TEXT NOT NULL CHECK (status IN ('verified', 'disputed', 'unverifiable', 'withdrawn')),
        note TEXT NOT NULL DEFAULT '',
        evidence TEXT,
        reviewer TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX verdicts_by_quote ON verdicts(quote_id, created_at);

      -- Which earlier verdicts the reviewer saw and replaced; two heads left = a conflict.
      CREATE TABLE verdict_supersedes (
        verdict_id TEXT NOT NULL REFERENCES verdicts(id) ON DELETE CASCADE,
        superseded_id TEXT NOT NULL REFERENCES verdicts(id) ON DELETE CASCADE,
        PRIMARY KEY (verdict_id, superseded_id)
      ) STRICT;
      CREATE INDEX verdict_supersedes_by_old ON verdict_supersedes(superseded_id);

      -- What changed, by whom: read by the other open apps to say "Ana marked q… disputed".
      CREATE TABLE change_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        reviewer TEXT,
        kind TEXT NOT NULL,
        subject TEXT,
        summary TEXT NOT NULL,
        session_id TEXT
      ) STRICT;

      CREATE TABLE presence (
        session_id TEXT PRIMARY KEY,
        reviewer TEXT NOT NULL,
        host TEXT,
        heartbeat_at TEXT NOT NULL
      ) STRICT;
    `)
  },
}
