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

/// How long a lead lasts if its holder never gives it back (seconds).
const LEASE_SECS: i64 = 15 * 60;

/// A held lease: the job and the holder's token.
#[derive(Debug)]
pub struct SqliteLead {
    job: i64,
    holder: String,
}

impl duban_store::Leader for SqliteStore {
    type Lead = SqliteLead;

    async fn try_lead(&self, job: i64, now: i64) -> Result<Option<SqliteLead>, duban_store::StoreError> {
        static TAKEN: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let count = TAKEN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let holder = format!("{}-{nanos}-{count}", std::process::id());
        let taken = sqlx::query(
            "INSERT INTO leader_leases (job, holder, until) VALUES ($1, $2, $3) ON CONFLICT (job) DO UPDATE \
             SET holder = excluded.holder, until = excluded.until WHERE leader_leases.until < $4",
        )
        .bind(job)
        .bind(&holder)
        .bind(now + LEASE_SECS)
        .bind(now)
        .execute(&self.writer)
        .await
        .map_err(db_error)?;
        Ok((taken.rows_affected() == 1).then_some(SqliteLead { job, holder }))
    }

    async fn release(&self, lead: SqliteLead) -> Result<(), duban_store::StoreError> {
        sqlx::query("DELETE FROM leader_leases WHERE job = $1 AND holder = $2")
            .bind(lead.job)
            .bind(&lead.holder)
            .execute(&self.writer)
            .await
            .map_err(db_error)?;
        Ok(())
    }
}
