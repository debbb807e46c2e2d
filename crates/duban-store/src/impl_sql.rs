//! The SQL shared by the backends, as a macro expanded in each backend
//! crate against its own `sqlx::Pool`. Only portable SQL lives here:
//! `$N` placeholders in textual order, `RETURNING`, `COALESCE`, `LIKE …
//! ESCAPE`. What differs (connection options, DDL) stays in the backends.

/// Implements [`crate::Store`] for `$store`, a struct with a `pool` field
/// of type `sqlx::Pool<$db>` and a `migrator()` associated function.
#[macro_export]
macro_rules! impl_store_sql {
    ($store:ty, $db:ty) => {
        fn db_error(e: ::sqlx::Error) -> $crate::StoreError {
            match e {
                ::sqlx::Error::RowNotFound => $crate::StoreError::NotFound("row".into()),
                other => $crate::StoreError::Database(other.to_string()),
            }
        }

        impl $store {
            async fn summary(&self, plan_id: i64, version: Option<i64>) -> Result<($crate::PlanSummary, i64), $crate::StoreError> {
                let row: Option<(i64, String, i64, bool, String, String, i64, i64)> = ::sqlx::query_as(
                    "SELECT p.id, p.title, v.version, v.published, v.source_name, v.imported_at, v.measures, v.id \
                     FROM plans p JOIN plan_versions v ON v.plan_id = p.id \
                     WHERE p.id = $1 AND (v.version = $2 OR ($3 AND v.latest = $4))",
                )
                .bind(plan_id)
                .bind(version.unwrap_or(-1))
                .bind(version.is_none())
                .bind(true)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_error)?;
                let Some((id, title, version, published, source_name, imported_at, measures, version_id)) = row else {
                    return Err($crate::StoreError::NotFound(format!("分工表 {plan_id}")));
                };
                Ok(($crate::PlanSummary { id, title, version, published, source_name, imported_at, measures }, version_id))
            }
        }

        impl $crate::Store for $store {
            async fn migrate(&self) -> Result<(), $crate::StoreError> {
                Self::migrator().run(&self.pool).await.map_err(|e| $crate::StoreError::Migration(e.to_string()))
            }

            async fn import_plan(
                &self,
                title: &str,
                source_name: &str,
                parsed: &::duban_core::Parsed,
                publish: bool,
            ) -> Result<$crate::Imported, $crate::StoreError> {
                let now = $crate::now_text();
                let diagnostics = ::serde_json::to_string(&parsed.diagnostics)
                    .map_err(|e| $crate::StoreError::Database(e.to_string()))?;
                let mut tx = self.pool.begin().await.map_err(db_error)?;
                let existing: Option<(i64,)> = ::sqlx::query_as("SELECT id FROM plans WHERE title = $1")
                    .bind(title)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                let plan_id = match existing {
                    Some((id,)) => id,
                    None => {
                        let (id,): (i64,) = ::sqlx::query_as("INSERT INTO plans (title, created_at) VALUES ($1, $2) RETURNING id")
                            .bind(title)
                            .bind(&now)
                            .fetch_one(&mut *tx)
                            .await
                            .map_err(db_error)?;
                        id
                    }
                };
                let (last,): (i64,) = ::sqlx::query_as("SELECT COALESCE(MAX(version), 0) FROM plan_versions WHERE plan_id = $1")
                    .bind(plan_id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_error)?;
                let version = last + 1;
                ::sqlx::query("UPDATE plan_versions SET latest = $1 WHERE plan_id = $2")
                    .bind(false)
                    .bind(plan_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                let measures = parsed.plan.leaves().len() as i64;
                let (version_id,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO plan_versions (plan_id, version, published, source_name, imported_at, diagnostics, latest, measures) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(plan_id)
                .bind(version)
                .bind(publish)
                .bind(source_name)
                .bind(&now)
                .bind(&diagnostics)
                .bind(true)
                .bind(measures)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                let flat = $crate::flatten(&parsed.plan.items);
                let mut ids: Vec<i64> = Vec::with_capacity(flat.len());
                for f in &flat {
                    let item = f.item;
                    let d = item.deadline.as_ref();
                    let (item_id,): (i64,) = ::sqlx::query_as(
                        "INSERT INTO items (version_id, parent_id, position, depth, number, text, line, deadline_text, due, deadline_kind, every, note) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                    )
                    .bind(version_id)
                    .bind(f.parent.map(|p| ids[p]))
                    .bind(f.position)
                    .bind(f.depth)
                    .bind(item.number.as_deref())
                    .bind(&item.text)
                    .bind(item.line as i64)
                    .bind(d.map(|d| d.as_written.as_str()))
                    .bind(d.and_then(|d| d.due).map(|due| due.to_string()))
                    .bind(d.map($crate::kind_text))
                    .bind(d.and_then(|d| d.every.as_deref()))
                    .bind(item.note.as_deref())
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_error)?;
                    ids.push(item_id);
                    for (k, a) in item.assignments.iter().enumerate() {
                        let (assignment_id,): (i64,) = ::sqlx::query_as(
                            "INSERT INTO assignments (item_id, position, role, as_written, org) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                        )
                        .bind(item_id)
                        .bind(k as i64)
                        .bind($crate::role_to_db(a.role))
                        .bind(&*a.as_written)
                        .bind(a.org.as_str())
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(db_error)?;
                        for s in &a.successors {
                            ::sqlx::query("INSERT INTO assignment_successors (assignment_id, org) VALUES ($1, $2)")
                                .bind(assignment_id)
                                .bind(s.as_str())
                                .execute(&mut *tx)
                                .await
                                .map_err(db_error)?;
                        }
                    }
                }
                tx.commit().await.map_err(db_error)?;
                Ok($crate::Imported { plan_id, version })
            }

            async fn publish(&self, plan_id: i64, version: i64) -> Result<(), $crate::StoreError> {
                let done = ::sqlx::query("UPDATE plan_versions SET published = $1 WHERE plan_id = $2 AND version = $3")
                    .bind(true)
                    .bind(plan_id)
                    .bind(version)
                    .execute(&self.pool)
                    .await
                    .map_err(db_error)?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound(format!("分工表 {plan_id} 第 {version} 版")));
                }
                Ok(())
            }

            async fn plans(&self) -> Result<Vec<$crate::PlanSummary>, $crate::StoreError> {
                let rows: Vec<(i64, String, i64, bool, String, String, i64)> = ::sqlx::query_as(
                    "SELECT p.id, p.title, v.version, v.published, v.source_name, v.imported_at, v.measures \
                     FROM plans p JOIN plan_versions v ON v.plan_id = p.id WHERE v.latest = $1 ORDER BY p.id DESC",
                )
                .bind(true)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, title, version, published, source_name, imported_at, measures)| $crate::PlanSummary {
                        id,
                        title,
                        version,
                        published,
                        source_name,
                        imported_at,
                        measures,
                    })
                    .collect())
            }

            async fn plan(&self, plan_id: i64, version: Option<i64>) -> Result<($crate::PlanSummary, ::duban_core::Plan), $crate::StoreError> {
                let (summary, version_id) = self.summary(plan_id, version).await?;
                type ItemTuple = (i64, Option<i64>, Option<String>, String, i64, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>);
                let rows: Vec<ItemTuple> = ::sqlx::query_as(
                    "SELECT id, parent_id, number, text, line, deadline_text, due, deadline_kind, every, note \
                     FROM items WHERE version_id = $1 ORDER BY id",
                )
                .bind(version_id)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
                let assignments: Vec<(i64, i64, String, String, String)> = ::sqlx::query_as(
                    "SELECT a.item_id, a.id, a.role, a.as_written, a.org FROM assignments a JOIN items i ON i.id = a.item_id \
                     WHERE i.version_id = $1 ORDER BY a.item_id, a.position",
                )
                .bind(version_id)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
                let successors: Vec<(i64, String)> = ::sqlx::query_as(
                    "SELECT s.assignment_id, s.org FROM assignment_successors s JOIN assignments a ON a.id = s.assignment_id \
                     JOIN items i ON i.id = a.item_id WHERE i.version_id = $1",
                )
                .bind(version_id)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
                let mut by_item: ::std::collections::HashMap<i64, Vec<::duban_core::Assignment>> = Default::default();
                for (item_id, assignment_id, role, as_written, org) in assignments {
                    let successors = successors
                        .iter()
                        .filter(|(a, _)| *a == assignment_id)
                        .filter_map(|(_, o)| ::duban_core::OrgName::parse(o).ok())
                        .collect();
                    let org = ::duban_core::OrgName::parse(&org).map_err(|e| $crate::StoreError::Database(e.to_string()))?;
                    by_item.entry(item_id).or_default().push(::duban_core::Assignment {
                        role: $crate::role_from_db(&role)?,
                        as_written: as_written.into(),
                        org,
                        successors,
                    });
                }
                let items = rows
                    .into_iter()
                    .map(|(id, parent_id, number, text, line, dtext, due, kind, every, note)| {
                        let mut item = ::duban_core::Item::new(number, text, line as usize);
                        item.assignments = by_item.remove(&id).unwrap_or_default();
                        item.deadline = $crate::deadline_from(dtext, due, kind, every);
                        item.note = note;
                        $crate::ItemRow { id, parent_id, item }
                    })
                    .collect();
                let title = Some(summary.title.clone());
                Ok((summary, ::duban_core::Plan { title, items: $crate::rebuild(items) }))
            }

            async fn workspace(&self, org: &str) -> Result<Vec<$crate::WorkspaceEntry>, $crate::StoreError> {
                type Row = (i64, String, i64, Option<String>, String, String, String, i32, Option<String>, Option<String>);
                let rows: Vec<Row> = ::sqlx::query_as(
                    "SELECT p.id, p.title, i.id, i.number, i.text, a.role, a.org, CASE WHEN a.org = $1 THEN 0 ELSE 1 END, i.deadline_text, i.due \
                     FROM assignments a JOIN items i ON i.id = a.item_id JOIN plan_versions v ON v.id = i.version_id JOIN plans p ON p.id = v.plan_id \
                     WHERE (a.org = $1 OR a.id IN (SELECT s.assignment_id FROM assignment_successors s WHERE s.org = $1)) \
                     AND v.latest = $2 \
                     ORDER BY p.id, i.id, a.position",
                )
                .bind(org)
                .bind(true)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
                rows.into_iter()
                    .map(|(plan_id, plan_title, item_id, number, text, role, org, inherited, deadline, due)| {
                        Ok($crate::WorkspaceEntry {
                            plan_id,
                            plan_title,
                            item_id,
                            number,
                            text,
                            role: $crate::role_from_db(&role)?,
                            org,
                            inherited: inherited != 0,
                            deadline,
                            due,
                        })
                    })
                    .collect()
            }

            async fn diagnostics(&self, plan_id: i64, version: i64) -> Result<Vec<::duban_core::Diagnostic>, $crate::StoreError> {
                let row: Option<(String,)> =
                    ::sqlx::query_as("SELECT diagnostics FROM plan_versions WHERE plan_id = $1 AND version = $2")
                        .bind(plan_id)
                        .bind(version)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(db_error)?;
                let Some((json,)) = row else {
                    return Err($crate::StoreError::NotFound(format!("分工表 {plan_id} 第 {version} 版")));
                };
                ::serde_json::from_str(&json).map_err(|e| $crate::StoreError::Database(e.to_string()))
            }

            async fn search(&self, query: &str, limit: i64) -> Result<Vec<$crate::SearchHit>, $crate::StoreError> {
                let q = query.trim();
                if q.is_empty() {
                    return Ok(Vec::new());
                }
                let pattern = format!("%{}%", q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                let rows: Vec<(i64, String, i64, String)> = ::sqlx::query_as(
                    "SELECT p.id, p.title, i.id, i.text FROM items i JOIN plan_versions v ON v.id = i.version_id JOIN plans p ON p.id = v.plan_id \
                     WHERE i.text LIKE $1 ESCAPE '\\' AND v.latest = $2 ORDER BY p.id, i.id LIMIT $3",
                )
                .bind(pattern)
                .bind(true)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err(db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(plan_id, plan_title, item_id, text)| $crate::SearchHit { plan_id, plan_title, item_id, text })
                    .collect())
            }
        }
    };
}
