//! The SQLite store: the embedded default, one file. Every connection runs
//! with WAL, foreign keys on, a busy timeout, and synchronous=FULL so that
//! a committed write survives a power cut.

use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::time::Duration;

/// A SQLite database behind duban's `Store` trait.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    /// Reads: several connections, which WAL lets run beside the writer.
    reader: SqlitePool,
    /// Writes: one connection, since SQLite has one writer.
    writer: SqlitePool,
}

static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

impl SqliteStore {
    fn migrator() -> &'static Migrator {
        &MIGRATOR
    }

    /// Opens (creating if missing) the database at `url`
    /// (`sqlite://path/to/duban.db` or `sqlite::memory:`) and migrates it.
    pub async fn connect(url: &str) -> Result<SqliteStore, duban_store::StoreError> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| duban_store::StoreError::Database(format!("数据库地址无效：{e}")))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        // SQLite has one writer: a single connection serialises writes
        // instead of failing them with "database is locked".
        let writer =
            SqlitePoolOptions::new().max_connections(1).connect_with(options.clone()).await.map_err(db_error)?;
        let readers = std::thread::available_parallelism().map_or(4, |n| n.get() * 2).clamp(4, 16) as u32;
        // An in-memory database exists once per connection: share the writer.
        let reader = if url.contains(":memory:") || url.contains("mode=memory") {
            writer.clone()
        } else {
            SqlitePoolOptions::new().max_connections(readers).connect_lazy_with(options)
        };
        let store = SqliteStore { reader, writer };
        duban_store::Store::migrate(&store).await?;
        Ok(store)
    }
}

duban_store::impl_store_sql!(SqliteStore, sqlx::Sqlite);
