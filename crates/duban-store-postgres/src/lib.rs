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
