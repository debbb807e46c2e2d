//! Test support shared by the store conformance story and the web tests:
//! a PostgreSQL database created for one test and dropped after it, and a
//! lookup of a measure's participant. The conformance story itself is in
//! tests/conformance.rs.

use sqlx::Connection;

/// A database of its own for one test on the server at
/// `DUBAN_TEST_PG_URL` (default `postgres://postgres@127.0.0.1:5432/test`).
pub struct TestDatabase {
    admin: sqlx::PgConnection,
    name: String,
    /// URL of the new database.
    pub url: String,
}

impl TestDatabase {
    /// Creates the database, or says why it cannot: under CI (`CI=true`)
    /// an unreachable server fails the test; elsewhere the test is skipped
    /// with the printed reason (`None`).
    pub async fn create(prefix: &str) -> Option<TestDatabase> {
        let admin_url =
            std::env::var("DUBAN_TEST_PG_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        let mut admin = match sqlx::PgConnection::connect(&admin_url).await {
            Ok(c) => c,
            Err(e) => {
                let msg = format!("PostgreSQL not reachable at {admin_url}: {e}");
                if std::env::var("CI").is_ok_and(|v| v == "true") {
                    panic!("{msg}");
                }
                eprintln!("skipped: {msg}");
                return None;
            }
        };
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let name = format!("{prefix}_{}_{}", std::process::id(), nanos);
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0")))
            .execute(&mut admin)
            .await
            .expect("create the test database");
        let base = admin_url.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin_url);
        let url = format!("{base}/{name}");
        Some(TestDatabase { admin, name, url })
    }

    /// Drops the database, closing any connection still open to it.
    pub async fn drop_database(mut self) {
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE {} WITH (FORCE)", self.name)))
            .execute(&mut self.admin)
            .await
            .expect("drop the test database");
    }
}

/// A participant department of the measure `item_id` and its assignment.
pub async fn participant_of(store: &impl duban_store::Store, item_id: i64) -> (String, i64) {
    let detail = store.item(item_id).await.expect("the item");
    let org = detail
        .item
        .assignments
        .iter()
        .find(|a| a.role == duban_core::Role::Participant)
        .expect("a participant")
        .org
        .to_string();
    let assignment = store
        .workspace(&org, duban_store::Page::first(500))
        .await
        .expect("the participant's workspace")
        .items
        .into_iter()
        .find(|e| e.item_id == item_id)
        .expect("its assignment on the measure")
        .assignment_id;
    (org, assignment)
}
