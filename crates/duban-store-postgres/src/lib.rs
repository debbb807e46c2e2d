//! The PostgreSQL store, for deployments with several server instances.
//! Migrations take PostgreSQL's advisory lock, so instances starting
//! together migrate once.

use sqlx::migrate::Migrator;
use sqlx::postgres::{PgPool, PgPoolOptions};

/// A PostgreSQL database behind duban's `Store` trait.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    /// One pool serves reads and writes (the fields are clones of it).
    reader: PgPool,
    writer: PgPool,
}

static MIGRATOR: Migrator = sqlx::migrate!("./migrations");

impl PostgresStore {
    fn migrator() -> &'static Migrator {
        &MIGRATOR
    }

    /// Connects to `url` (`postgres://…`) and migrates the schema.
    pub async fn connect(url: &str) -> Result<PostgresStore, duban_store::StoreError> {
        let pool = PgPoolOptions::new().max_connections(16).connect(url).await.map_err(db_error)?;
        let store = PostgresStore { reader: pool.clone(), writer: pool };
        duban_store::Store::migrate(&store).await?;
        Ok(store)
    }
}

duban_store::impl_store_sql!(PostgresStore, sqlx::Postgres);

/// A held lead: the connection that holds the job's advisory lock.
/// Dropped without [`duban_store::Leader::release`], the connection is
/// closed rather than returned to the pool, which releases the lock too.
#[derive(Debug)]
pub struct PgLead {
    job: i64,
    connection: Option<sqlx::pool::PoolConnection<sqlx::Postgres>>,
}

impl Drop for PgLead {
    fn drop(&mut self) {
        if let Some(c) = self.connection.take() {
            drop(c.detach());
        }
    }
}

impl duban_store::Leader for PostgresStore {
    type Lead = PgLead;

    async fn try_lead(&self, job: i64, _now: i64) -> Result<Option<PgLead>, duban_store::StoreError> {
        let mut connection = self.writer.acquire().await.map_err(db_error)?;
        let (taken,): (bool,) = sqlx::query_as("SELECT pg_try_advisory_lock($1)")
            .bind(job)
            .fetch_one(&mut *connection)
            .await
            .map_err(db_error)?;
        Ok(taken.then(|| PgLead { job, connection: Some(connection) }))
    }

    async fn release(&self, mut lead: PgLead) -> Result<(), duban_store::StoreError> {
        if let Some(mut connection) = lead.connection.take() {
            sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(lead.job)
                .execute(&mut *connection)
                .await
                .map_err(db_error)?;
        }
        Ok(())
    }
}
