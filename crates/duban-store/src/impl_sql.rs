//! The SQL shared by the backends, as a macro expanded in each backend
//! crate against its own `sqlx::Pool`. Only portable SQL lives here:
//! `$N` placeholders in textual order, `RETURNING`, `COALESCE`, `LIKE …
//! ESCAPE`. What differs (connection options, DDL) stays in the backends.

/// Implements [`crate::Store`] for `$store`, a struct with `reader` and
/// `writer` fields of type `sqlx::Pool<$db>` (they may be the same pool:
/// SQLite needs a single writer but wants many readers) and a
/// `migrator()` associated function.
#[macro_export]
macro_rules! impl_store_sql {
    ($store:ty, $db:ty) => {
        fn db_error(e: ::sqlx::Error) -> $crate::StoreError {
            match e {
                ::sqlx::Error::RowNotFound => $crate::StoreError::NotFound("row".into()),
                other => $crate::StoreError::Database(other.to_string()),
            }
        }

        /// After a change to the account `login` (`changed` rows): not found
        /// when there is no such account, else its sessions end.
        async fn end_sessions(
            tx: &mut ::sqlx::Transaction<'_, $db>,
            login: &str,
            changed: u64,
        ) -> Result<(), $crate::StoreError> {
            if changed == 0 {
                return Err($crate::StoreError::NotFound(format!("用户 {login}")));
            }
            ::sqlx::query("DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE login = $1)")
                .bind(login)
                .execute(&mut **tx)
                .await
                .map_err(db_error)?;
            Ok(())
        }

        /// Raises a plan's reports stamp inside a transaction.
        async fn bump_stamp(tx: &mut ::sqlx::Transaction<'_, $db>, plan_id: i64) -> Result<(), $crate::StoreError> {
            ::sqlx::query("UPDATE plans SET reports_stamp = reports_stamp + 1 WHERE id = $1")
                .bind(plan_id)
                .execute(&mut **tx)
                .await
                .map_err(db_error)?;
            Ok(())
        }

        type AttachmentRow = (i64, i64, String, String, String, i64, String, i64, String, i64);

        fn attachment_from(
            (id, assignment_id, period, name, mime, size, sha256, after_version, author, at): AttachmentRow,
        ) -> $crate::Attachment {
            $crate::Attachment { id, assignment_id, period, name, mime, size, sha256, after_version, author, at }
        }

        /// A report step as one guarded `INSERT … SELECT`: `None` when the
        /// guard did not hold (a stale version, a state that does not allow
        /// the step, a step its author may not take) and nothing was written.
        #[allow(clippy::too_many_arguments)]
        async fn report_step_at_once(
            writer: &::sqlx::Pool<$db>,
            assignment_id: i64,
            period: &::duban_core::Period,
            expected: i64,
            login: &str,
            department: bool,
            step: &$crate::ReportStep,
            now: i64,
        ) -> Result<Option<$crate::ReportVersion>, $crate::StoreError> {
            use ::duban_core::ReportState;
            let conflict = || $crate::StoreError::Conflict("报告已被他人同时更新，请核对后再提交；您填写的内容仍在表单中".into());
            let inserted = match step {
                $crate::ReportStep::Save(body) | $crate::ReportStep::Submit(body) if department => {
                    let state = if matches!(step, $crate::ReportStep::Save(_)) { ReportState::Draft } else { ReportState::Submitted };
                    let done = ::sqlx::query(
                        "INSERT INTO report_versions (assignment_id, period, version, state, progress, percent, done, problems, next_steps, comment, author, at) \
                         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, '', $10, $11 \
                         WHERE COALESCE((SELECT MAX(l.version) FROM report_versions l WHERE l.assignment_id = $12 AND l.period = $13), 0) = $14 \
                         AND COALESCE((SELECT l.state FROM report_versions l WHERE l.assignment_id = $15 AND l.period = $16 \
                           ORDER BY l.version DESC LIMIT 1), 'draft') IN ('draft', 'returned')",
                    )
                    .bind(assignment_id)
                    .bind(period.as_str())
                    .bind(expected + 1)
                    .bind(state.as_str())
                    .bind(body.progress.as_str())
                    .bind(i64::from(body.percent))
                    .bind(&body.done)
                    .bind(&body.problems)
                    .bind(&body.next_steps)
                    .bind(login)
                    .bind(now)
                    .bind(assignment_id)
                    .bind(period.as_str())
                    .bind(expected)
                    .bind(assignment_id)
                    .bind(period.as_str())
                    .execute(writer)
                    .await;
                    match done {
                        Ok(r) if r.rows_affected() == 1 => Some((state, body.clone(), String::new())),
                        Ok(_) => None,
                        Err(::sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(conflict()),
                        Err(e) => return Err(db_error(e)),
                    }
                }
                $crate::ReportStep::Return(comment) | $crate::ReportStep::Accept(comment)
                    if !department && (matches!(step, $crate::ReportStep::Accept(_)) || !comment.trim().is_empty()) =>
                {
                    let state = if matches!(step, $crate::ReportStep::Return(_)) { ReportState::Returned } else { ReportState::Accepted };
                    let row: Result<Option<(String, i64, String, String, String)>, ::sqlx::Error> = ::sqlx::query_as(
                        "INSERT INTO report_versions (assignment_id, period, version, state, progress, percent, done, problems, next_steps, comment, author, at) \
                         SELECT c.assignment_id, c.period, c.version + 1, $1, c.progress, c.percent, c.done, c.problems, c.next_steps, $2, $3, $4 \
                         FROM report_versions c WHERE c.assignment_id = $5 AND c.period = $6 AND c.version = $7 AND c.state = 'submitted' \
                         AND NOT EXISTS (SELECT 1 FROM report_versions l WHERE l.assignment_id = $8 AND l.period = $9 AND l.version > $10) \
                         RETURNING progress, percent, done, problems, next_steps",
                    )
                    .bind(state.as_str())
                    .bind(comment.trim())
                    .bind(login)
                    .bind(now)
                    .bind(assignment_id)
                    .bind(period.as_str())
                    .bind(expected)
                    .bind(assignment_id)
                    .bind(period.as_str())
                    .bind(expected)
                    .fetch_optional(writer)
                    .await;
                    match row {
                        Ok(Some((progress, percent, done, problems, next_steps))) => {
                            let bad = || $crate::StoreError::Database(format!("report {assignment_id}/{period}: bad body"));
                            let body = ::duban_core::ReportBody {
                                progress: ::duban_core::Progress::parse(&progress).ok_or_else(bad)?,
                                percent: u8::try_from(percent).map_err(|_| bad())?,
                                done,
                                problems,
                                next_steps,
                            };
                            Some((state, body, comment.trim().to_string()))
                        }
                        Ok(None) => None,
                        Err(::sqlx::Error::Database(e)) if e.is_unique_violation() => return Err(conflict()),
                        Err(e) => return Err(db_error(e)),
                    }
                }
                _ => None,
            };
            Ok(inserted.map(|(state, body, comment)| $crate::ReportVersion {
                assignment_id,
                period: period.as_str().to_string(),
                version: expected + 1,
                state,
                body,
                comment,
                author: login.to_string(),
                at: now,
            }))
        }

        type CycleRow = (i64, String, i64, String, String, String, i64);

        /// A plan's cycle as stored, checked again on the way out.
        fn cycle_from(
            (plan_id, cadence, day, starts, calls, set_by, set_at): CycleRow,
        ) -> Result<(i64, $crate::CycleSetting), $crate::StoreError> {
            let bad = |what: &str| $crate::StoreError::Database(format!("report cycle of plan {plan_id}: bad {what}"));
            let cadence = ::duban_core::Cadence::parse(&cadence).ok_or_else(|| bad("cadence"))?;
            let starts = ::duban_core::NaiveDate::parse_from_str(&starts, "%Y-%m-%d").map_err(|_| bad("start"))?;
            let calls = ::duban_core::Cycle::parse_calls(&calls).map_err(|_| bad("calls"))?;
            let cycle = ::duban_core::Cycle::new(cadence, day, starts, &calls).map_err(|e| bad(&e.to_string()))?;
            Ok((plan_id, $crate::CycleSetting { cycle, set_by, set_at }))
        }

        /// A report version as the timeliness reads need it: assignment,
        /// period, version, state, time, progress, percent.
        type VersionRow = (i64, String, i64, String, i64, String, i64);

        /// Folds non-draft report versions into each report's first
        /// submission and what its newest version says.
        fn fold_submissions(rows: Vec<VersionRow>) -> Vec<$crate::Submission> {
            // (assignment, period) → (first submission, newest version, what it says).
            let mut folded: ::std::collections::HashMap<(i64, String), (i64, i64, Option<::duban_core::Reported>)> =
                ::std::collections::HashMap::with_capacity(rows.len());
            for (assignment_id, period, version, state, at, progress, percent) in rows {
                let entry = folded.entry((assignment_id, period)).or_insert((i64::MAX, 0, None));
                if state == "submitted" {
                    entry.0 = entry.0.min(at);
                }
                if version > entry.1 {
                    entry.1 = version;
                    entry.2 = reported(Some(progress), Some(percent));
                }
            }
            folded
                .into_iter()
                .filter_map(|((assignment_id, period), (first_at, _, reported))| {
                    Some($crate::Submission { assignment_id, period, first_at, reported: reported? })
                })
                .filter(|s| s.first_at != i64::MAX)
                .collect()
        }

        type ReportRow = (i64, String, i64, String, String, i64, String, String, String, String, String, i64);

        fn report_from(
            (assignment_id, period, version, state, progress, percent, done, problems, next_steps, comment, author, at): ReportRow,
        ) -> Result<$crate::ReportVersion, $crate::StoreError> {
            let bad = |what: &str| $crate::StoreError::Database(format!("report {assignment_id}/{period}: bad {what}"));
            Ok($crate::ReportVersion {
                state: ::duban_core::ReportState::parse(&state).ok_or_else(|| bad("state"))?,
                body: ::duban_core::ReportBody {
                    progress: ::duban_core::Progress::parse(&progress).ok_or_else(|| bad("progress"))?,
                    percent: u8::try_from(percent).map_err(|_| bad("percent"))?,
                    done,
                    problems,
                    next_steps,
                },
                assignment_id,
                period,
                version,
                comment,
                author,
                at,
            })
        }

        /// A department's last report as read beside an assignment.
        fn reported(progress: Option<String>, percent: Option<i64>) -> Option<::duban_core::Reported> {
            Some(::duban_core::Reported {
                progress: ::duban_core::Progress::parse(progress.as_deref()?)?,
                percent: u8::try_from(percent?).ok()?,
            })
        }

        /// The newest version of a report, inside a transaction.
        async fn latest_report(
            tx: &mut ::sqlx::Transaction<'_, $db>,
            assignment_id: i64,
            period: &str,
        ) -> Result<Option<$crate::ReportVersion>, $crate::StoreError> {
            let row: Option<ReportRow> = ::sqlx::query_as(
                "SELECT assignment_id, period, version, state, progress, percent, done, problems, next_steps, comment, author, at \
                 FROM report_versions WHERE assignment_id = $1 AND period = $2 ORDER BY version DESC LIMIT 1",
            )
            .bind(assignment_id)
            .bind(period)
            .fetch_optional(&mut **tx)
            .await
            .map_err(db_error)?;
            row.map(report_from).transpose()
        }

        type MessageRow = (i64, String, String, String, String, String, i64, String, i64, Option<String>);

        fn message_from(
            (id, key, channel, recipient, subject, body, created_at, state, attempts, last_error): MessageRow,
        ) -> Result<$crate::Message, $crate::StoreError> {
            let channel = $crate::Channel::parse(&channel)
                .ok_or_else(|| $crate::StoreError::Database(format!("unknown channel {channel}")))?;
            Ok($crate::Message { id, key, channel, recipient, subject, body, created_at, state, attempts, last_error })
        }

        /// An account's columns, in the order the queries select them.
        type UserRow = (i64, String, String, String, Option<String>, String, bool, i64, i64, Option<String>);

        fn user_from(
            (id, login, name, role, org, password_hash, disabled, failed_logins, locked_until, email): UserRow,
        ) -> Result<$crate::User, $crate::StoreError> {
            let role = ::duban_core::AccountRole::parse(&role)
                .ok_or_else(|| $crate::StoreError::Database(format!("unknown account role {role}")))?;
            Ok($crate::User { id, login, name, role, org, email, password_hash, disabled, failed_logins, locked_until })
        }

        /// Inserts an item's assignments and their successors.
        async fn insert_assignments(
            tx: &mut ::sqlx::Transaction<'_, $db>,
            item_id: i64,
            assignments: &[::duban_core::Assignment],
        ) -> Result<(), $crate::StoreError> {
            for (k, a) in assignments.iter().enumerate() {
                let (assignment_id,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO assignments (item_id, position, role, as_written, org, basis) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(item_id)
                .bind(k as i64)
                .bind($crate::role_to_db(a.role))
                .bind(&*a.as_written)
                .bind(a.org.as_str())
                .bind(a.basis.as_str())
                .fetch_one(&mut **tx)
                .await
                .map_err(db_error)?;
                for s in &a.successors {
                    ::sqlx::query("INSERT INTO assignment_successors (assignment_id, org) VALUES ($1, $2)")
                        .bind(assignment_id)
                        .bind(s.as_str())
                        .execute(&mut **tx)
                        .await
                        .map_err(db_error)?;
                }
            }
            Ok(())
        }

        /// What was attached to the assignments of version `from` moves with
        /// them to version `to` where the measure is unchanged (the same
        /// text) and the department keeps the same role: acknowledgements
        /// and every report version. The old version keeps its own.
        async fn carry_over(
            tx: &mut ::sqlx::Transaction<'_, $db>,
            from: i64,
            to: i64,
        ) -> Result<(), $crate::StoreError> {
            // Each new assignment paired with the old one of the same
            // department and role on a measure of the same text.
            const ACKNOWLEDGEMENTS: &str = "INSERT INTO acknowledgements (assignment_id, login, at, note) \
                 SELECT na.id, k.login, k.at, k.note FROM assignments na JOIN items ni ON ni.id = na.item_id \
                 JOIN items oi ON oi.text = ni.text AND oi.version_id = $1 \
                 JOIN assignments oa ON oa.item_id = oi.id AND oa.org = na.org AND oa.role = na.role \
                 JOIN acknowledgements k ON k.assignment_id = oa.id WHERE ni.version_id = $2 \
                 ON CONFLICT (assignment_id) DO NOTHING";
            // Carried copies name their source, so they are not audited as steps.
            const REPORTS: &str = "INSERT INTO report_versions (assignment_id, period, version, state, progress, percent, done, problems, next_steps, comment, author, at, carried_from) \
                 SELECT na.id, r.period, r.version, r.state, r.progress, r.percent, r.done, r.problems, r.next_steps, r.comment, r.author, r.at, oa.id \
                 FROM assignments na JOIN items ni ON ni.id = na.item_id \
                 JOIN items oi ON oi.text = ni.text AND oi.version_id = $1 \
                 JOIN assignments oa ON oa.item_id = oi.id AND oa.org = na.org AND oa.role = na.role \
                 JOIN report_versions r ON r.assignment_id = oa.id WHERE ni.version_id = $2 \
                 ON CONFLICT (assignment_id, period, version) DO NOTHING";
            const ATTACHMENTS: &str = "INSERT INTO attachments (assignment_id, period, name, mime, sha256, after_version, author, at) \
                 SELECT na.id, f.period, f.name, f.mime, f.sha256, f.after_version, f.author, f.at \
                 FROM assignments na JOIN items ni ON ni.id = na.item_id \
                 JOIN items oi ON oi.text = ni.text AND oi.version_id = $1 \
                 JOIN assignments oa ON oa.item_id = oi.id AND oa.org = na.org AND oa.role = na.role \
                 JOIN attachments f ON f.assignment_id = oa.id WHERE ni.version_id = $2 \
                 ON CONFLICT (assignment_id, period, sha256) DO NOTHING";
            for sql in [ACKNOWLEDGEMENTS, REPORTS, ATTACHMENTS] {
                ::sqlx::query(sql).bind(from).bind(to).execute(&mut **tx).await.map_err(db_error)?;
            }
            Ok(())
        }

        /// Adds items (id, text) to the search index.
        async fn index_items(
            tx: &mut ::sqlx::Transaction<'_, $db>,
            items: &[(i64, String)],
        ) -> Result<(), $crate::StoreError> {
            let mut rows: Vec<(String, i64)> = Vec::new();
            let mut counts: ::std::collections::BTreeMap<String, i64> = Default::default();
            for (id, text) in items {
                for g in $crate::grams(text) {
                    *counts.entry(g.clone()).or_default() += 1;
                    rows.push((g, *id));
                }
            }
            insert_pairs(tx, "INSERT INTO item_grams (gram, item_id) ", "", &rows).await?;
            let counts: Vec<(String, i64)> = counts.into_iter().collect();
            let add = " ON CONFLICT (gram) DO UPDATE SET items = gram_counts.items + excluded.items";
            insert_pairs(tx, "INSERT INTO gram_counts (gram, items) ", add, &counts).await
        }

        /// Inserts (text, number) rows a few hundred per statement, well
        /// inside the backends' limits on bound parameters.
        async fn insert_pairs(
            tx: &mut ::sqlx::Transaction<'_, $db>,
            head: &'static str,
            tail: &'static str,
            rows: &[(String, i64)],
        ) -> Result<(), $crate::StoreError> {
            for chunk in rows.chunks(400) {
                ::sqlx::QueryBuilder::<$db>::new(head)
                    .push_values(chunk, |mut row, (text, n)| {
                        row.push_bind(text.as_str()).push_bind(*n);
                    })
                    .push(tail)
                    .build()
                    .execute(&mut **tx)
                    .await
                    .map_err(db_error)?;
            }
            Ok(())
        }

        /// Takes items (id, text as indexed) out of the search index.
        async fn unindex_items(
            tx: &mut ::sqlx::Transaction<'_, $db>,
            items: &[(i64, String)],
        ) -> Result<(), $crate::StoreError> {
            let mut counts: ::std::collections::BTreeMap<String, i64> = Default::default();
            for (id, text) in items {
                let grams = $crate::grams(text);
                for chunk in grams.chunks(400) {
                    let mut q = ::sqlx::QueryBuilder::<$db>::new("DELETE FROM item_grams WHERE item_id = ");
                    q.push_bind(*id).push(" AND gram IN (");
                    let mut list = q.separated(", ");
                    for g in chunk {
                        list.push_bind(g.as_str());
                    }
                    q.push(")").build().execute(&mut **tx).await.map_err(db_error)?;
                }
                for g in grams {
                    *counts.entry(g).or_default() += 1;
                }
            }
            // One statement per distinct decrement (most pairs lose one or
            // two items) rather than one per pair.
            let mut by_decrement: ::std::collections::BTreeMap<i64, Vec<String>> = Default::default();
            for (gram, n) in counts {
                by_decrement.entry(n).or_default().push(gram);
            }
            for (n, grams) in by_decrement {
                for chunk in grams.chunks(400) {
                    let mut q = ::sqlx::QueryBuilder::<$db>::new("UPDATE gram_counts SET items = items - ");
                    q.push_bind(n).push(" WHERE gram IN (");
                    let mut list = q.separated(", ");
                    for g in chunk {
                        list.push_bind(g.as_str());
                    }
                    q.push(")").build().execute(&mut **tx).await.map_err(db_error)?;
                }
            }
            Ok(())
        }

        impl $store {
            /// Fills the search index from the latest versions once, for
            /// data stored before the index existed.
            async fn build_search_index(&self) -> Result<(), $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let (built,): (i32,) = ::sqlx::query_as("SELECT built FROM search_index_state")
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(db_error)?;
                if built != 0 {
                    return Ok(());
                }
                let items: Vec<(i64, String)> = ::sqlx::query_as(
                    "SELECT i.id, i.text FROM items i JOIN plan_versions v ON v.id = i.version_id WHERE v.latest = $1",
                )
                .bind(true)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_error)?;
                index_items(&mut tx, &items).await?;
                ::sqlx::query("UPDATE search_index_state SET built = 1").execute(&mut *tx).await.map_err(db_error)?;
                tx.commit().await.map_err(db_error)
            }

            async fn version_summary(&self, plan_id: i64, version: Option<i64>) -> Result<($crate::PlanSummary, i64), $crate::StoreError> {
                let row: Option<(i64, String, i64, bool, String, String, i64, i64)> = ::sqlx::query_as(
                    "SELECT p.id, p.title, v.version, v.published, v.source_name, v.imported_at, v.measures, v.id \
                     FROM plans p JOIN plan_versions v ON v.plan_id = p.id \
                     WHERE p.id = $1 AND (v.version = $2 OR ($3 AND v.latest = $4))",
                )
                .bind(plan_id)
                .bind(version.unwrap_or(-1))
                .bind(version.is_none())
                .bind(true)
                .fetch_optional(&self.reader)
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
                Self::migrator().run(&self.writer).await.map_err(|e| $crate::StoreError::Migration(e.to_string()))?;
                self.build_search_index().await
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
                let mut tx = self.writer.begin().await.map_err(db_error)?;
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
                let previous: Option<(i64,)> = ::sqlx::query_as("SELECT id FROM plan_versions WHERE plan_id = $1 AND latest = $2")
                    .bind(plan_id)
                    .bind(true)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                // The version being replaced leaves the search index.
                let replaced: Vec<(i64, String)> = ::sqlx::query_as(
                    "SELECT i.id, i.text FROM items i JOIN plan_versions v ON v.id = i.version_id WHERE v.plan_id = $1 AND v.latest = $2",
                )
                .bind(plan_id)
                .bind(true)
                .fetch_all(&mut *tx)
                .await
                .map_err(db_error)?;
                unindex_items(&mut tx, &replaced).await?;
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
                    insert_assignments(&mut tx, item_id, &item.assignments).await?;
                }
                let indexed: Vec<(i64, String)> = ids.iter().zip(&flat).map(|(id, f)| (*id, f.item.text.clone())).collect();
                index_items(&mut tx, &indexed).await?;
                if let Some((previous,)) = previous {
                    carry_over(&mut tx, previous, version_id).await?;
                }
                tx.commit().await.map_err(db_error)?;
                Ok($crate::Imported { plan_id, version })
            }

            async fn publish(&self, plan_id: i64, version: i64) -> Result<(), $crate::StoreError> {
                let done = ::sqlx::query("UPDATE plan_versions SET published = $1 WHERE plan_id = $2 AND version = $3")
                    .bind(true)
                    .bind(plan_id)
                    .bind(version)
                    .execute(&self.writer)
                    .await
                    .map_err(db_error)?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound(format!("分工表 {plan_id} 第 {version} 版")));
                }
                Ok(())
            }

            async fn plans(&self, page: $crate::Page) -> Result<$crate::Paged<$crate::PlanSummary>, $crate::StoreError> {
                let rows: Vec<(i64, String, i64, bool, String, String, i64)> = ::sqlx::query_as(
                    "SELECT p.id, p.title, v.version, v.published, v.source_name, v.imported_at, v.measures \
                     FROM plans p JOIN plan_versions v ON v.plan_id = p.id WHERE v.latest = $1 AND p.id < $2 \
                     ORDER BY p.id DESC LIMIT $3",
                )
                .bind(true)
                .bind(page.after.unwrap_or(i64::MAX))
                .bind(page.limit + 1)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let rows = rows
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
                    .collect();
                Ok($crate::Paged::from_rows(rows, page, |p| p.id))
            }

            async fn item_refs(&self, plan_id: i64, version: i64) -> Result<Vec<$crate::ItemRef>, $crate::StoreError> {
                let (_, version_id) = self.version_summary(plan_id, Some(version)).await?;
                // Items are inserted depth first, so id order is tree order.
                let ids: Vec<(i64, Option<String>)> =
                    ::sqlx::query_as("SELECT id, edited_at FROM items WHERE version_id = $1 ORDER BY id")
                        .bind(version_id)
                        .fetch_all(&self.reader)
                        .await
                        .map_err(db_error)?;
                Ok(ids.into_iter().map(|(id, edited)| $crate::ItemRef { id, edited: edited.is_some() }).collect())
            }

            async fn edit_item(&self, item_id: i64, edit: &$crate::ItemEdit) -> Result<(), $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let state: Option<(bool, bool, String)> = ::sqlx::query_as(
                    "SELECT v.published, v.latest, i.text FROM items i JOIN plan_versions v ON v.id = i.version_id WHERE i.id = $1",
                )
                .bind(item_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
                let (latest, old_text) = match state {
                    None => return Err($crate::StoreError::NotFound(format!("条目 {item_id}"))),
                    Some((true, _, _)) => {
                        return Err($crate::StoreError::Conflict(
                            "这一版已经发布，不能再修改；请修改原表后重新导入，成为新版本".into(),
                        ))
                    }
                    Some((false, latest, text)) => (latest, text),
                };
                if latest {
                    unindex_items(&mut tx, &[(item_id, old_text)]).await?;
                    index_items(&mut tx, &[(item_id, edit.text().to_string())]).await?;
                }
                let d = edit.deadline();
                ::sqlx::query(
                    "UPDATE items SET number = $1, text = $2, deadline_text = $3, due = $4, deadline_kind = $5, every = $6, edited_at = $7 \
                     WHERE id = $8",
                )
                .bind(edit.number())
                .bind(edit.text())
                .bind(d.map(|d| d.as_written.as_str()))
                .bind(d.and_then(|d| d.due).map(|due| due.to_string()))
                .bind(d.map($crate::kind_text))
                .bind(d.and_then(|d| d.every.as_deref()))
                .bind($crate::now_text())
                .bind(item_id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
                ::sqlx::query(
                    "DELETE FROM assignment_successors WHERE assignment_id IN (SELECT id FROM assignments WHERE item_id = $1)",
                )
                .bind(item_id)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
                ::sqlx::query("DELETE FROM assignments WHERE item_id = $1")
                    .bind(item_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                insert_assignments(&mut tx, item_id, edit.assignments()).await?;
                tx.commit().await.map_err(db_error)?;
                Ok(())
            }

            async fn item(&self, item_id: i64) -> Result<$crate::ItemDetail, $crate::StoreError> {
                type ItemTuple = (i64, Option<String>, String, i64, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>);
                let row: Option<ItemTuple> = ::sqlx::query_as(
                    "SELECT version_id, number, text, line, deadline_text, due, deadline_kind, every, note FROM items WHERE id = $1",
                )
                .bind(item_id)
                .fetch_optional(&self.reader)
                .await
                .map_err(db_error)?;
                let Some((version_id, number, text, line, dtext, due, kind, every, note)) = row else {
                    return Err($crate::StoreError::NotFound(format!("条目 {item_id}")));
                };
                let (plan_id, version): (i64, i64) =
                    ::sqlx::query_as("SELECT plan_id, version FROM plan_versions WHERE id = $1")
                        .bind(version_id)
                        .fetch_one(&self.reader)
                        .await
                        .map_err(db_error)?;
                let (plan, _) = self.version_summary(plan_id, Some(version)).await?;
                let ancestors: Vec<(i64, Option<String>, String)> = ::sqlx::query_as(
                    "WITH RECURSIVE up(id, parent_id, number, text, depth) AS ( \
                       SELECT id, parent_id, number, text, depth FROM items WHERE id = $1 \
                       UNION ALL SELECT i.id, i.parent_id, i.number, i.text, i.depth FROM items i JOIN up ON i.id = up.parent_id) \
                     SELECT id, number, text FROM up WHERE id <> $2 ORDER BY depth",
                )
                .bind(item_id)
                .bind(item_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let children: Vec<(i64, Option<String>, String)> =
                    ::sqlx::query_as("SELECT id, number, text FROM items WHERE parent_id = $1 ORDER BY position")
                        .bind(item_id)
                        .fetch_all(&self.reader)
                        .await
                        .map_err(db_error)?;
                let assignments: Vec<(i64, String, String, String, String)> = ::sqlx::query_as(
                    "SELECT id, role, as_written, org, basis FROM assignments WHERE item_id = $1 ORDER BY position",
                )
                .bind(item_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let successors: Vec<(i64, String)> = ::sqlx::query_as(
                    "SELECT s.assignment_id, s.org FROM assignment_successors s JOIN assignments a ON a.id = s.assignment_id \
                     WHERE a.item_id = $1",
                )
                .bind(item_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let mut item = ::duban_core::Item::new(number, text, line as usize);
                item.deadline = $crate::deadline_from(dtext, due, kind, every);
                item.note = note;
                for (assignment_id, role, as_written, org, basis) in assignments {
                    item.assignments.push(::duban_core::Assignment {
                        basis: ::duban_core::Basis::parse(&basis).unwrap_or_default(),
                        role: $crate::role_from_db(&role)?,
                        as_written: as_written.into(),
                        org: ::duban_core::OrgName::parse(&org).map_err(|e| $crate::StoreError::Database(e.to_string()))?,
                        successors: successors
                            .iter()
                            .filter(|(a, _)| *a == assignment_id)
                            .filter_map(|(_, o)| ::duban_core::OrgName::parse(o).ok())
                            .collect(),
                    });
                }
                let link = |(id, number, text): (i64, Option<String>, String)| $crate::ItemLink { id, number, text };
                Ok($crate::ItemDetail {
                    plan,
                    id: item_id,
                    item,
                    ancestors: ancestors.into_iter().map(link).collect(),
                    children: children.into_iter().map(link).collect(),
                })
            }

            async fn summary(&self, plan_id: i64, version: Option<i64>) -> Result<$crate::PlanSummary, $crate::StoreError> {
                Ok(self.version_summary(plan_id, version).await?.0)
            }

            async fn plan(&self, plan_id: i64, version: Option<i64>) -> Result<($crate::PlanSummary, ::duban_core::Plan), $crate::StoreError> {
                let (summary, version_id) = self.version_summary(plan_id, version).await?;
                type ItemTuple = (i64, Option<i64>, Option<String>, String, i64, Option<String>, Option<String>, Option<String>, Option<String>, Option<String>);
                let rows: Vec<ItemTuple> = ::sqlx::query_as(
                    "SELECT id, parent_id, number, text, line, deadline_text, due, deadline_kind, every, note \
                     FROM items WHERE version_id = $1 ORDER BY id",
                )
                .bind(version_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let assignments: Vec<(i64, i64, String, String, String, String)> = ::sqlx::query_as(
                    "SELECT a.item_id, a.id, a.role, a.as_written, a.org, a.basis FROM assignments a JOIN items i ON i.id = a.item_id \
                     WHERE i.version_id = $1 ORDER BY a.id",
                )
                .bind(version_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let successors: Vec<(i64, String)> = ::sqlx::query_as(
                    "SELECT s.assignment_id, s.org FROM assignment_successors s JOIN assignments a ON a.id = s.assignment_id \
                     JOIN items i ON i.id = a.item_id WHERE i.version_id = $1",
                )
                .bind(version_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let mut by_item: ::std::collections::HashMap<i64, Vec<::duban_core::Assignment>> = Default::default();
                for (item_id, assignment_id, role, as_written, org, basis) in assignments {
                    let successors = successors
                        .iter()
                        .filter(|(a, _)| *a == assignment_id)
                        .filter_map(|(_, o)| ::duban_core::OrgName::parse(o).ok())
                        .collect();
                    let org = ::duban_core::OrgName::parse(&org).map_err(|e| $crate::StoreError::Database(e.to_string()))?;
                    by_item.entry(item_id).or_default().push(::duban_core::Assignment {
                        basis: ::duban_core::Basis::parse(&basis).unwrap_or_default(),
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

            async fn workspace(
                &self,
                org: &str,
                page: $crate::Page,
            ) -> Result<$crate::Paged<$crate::WorkspaceEntry>, $crate::StoreError> {
                type Row = (i64, String, i64, Option<String>, String, String, String, i32, Option<String>, Option<String>, i64, Option<String>, Option<i64>, String, Option<String>, Option<i64>);
                // Its own assignments and those of bodies it succeeded, each
                // read in assignment order from its index, merged.
                let rows: Vec<Row> = ::sqlx::query_as(
                    // The page is chosen first; only its rows read their last report.
                    "SELECT w.*, r.progress, r.percent FROM (SELECT * FROM ( \
                       SELECT p.id AS plan_id, p.title, i.id AS item_id, i.number, i.text, a.role, a.org, 0 AS inherited, i.deadline_text, i.due, a.id AS aid, \
                              k.login, k.at, v.imported_at \
                       FROM assignments a JOIN items i ON i.id = a.item_id JOIN plan_versions v ON v.id = i.version_id JOIN plans p ON p.id = v.plan_id \
                       LEFT JOIN acknowledgements k ON k.assignment_id = a.id \
                       WHERE a.org = $1 AND a.id > $2 AND v.latest = $3 \
                       UNION ALL \
                       SELECT p.id, p.title, i.id, i.number, i.text, a.role, a.org, 1, i.deadline_text, i.due, a.id, k.login, k.at, v.imported_at \
                       FROM assignment_successors s JOIN assignments a ON a.id = s.assignment_id JOIN items i ON i.id = a.item_id \
                       JOIN plan_versions v ON v.id = i.version_id JOIN plans p ON p.id = v.plan_id \
                       LEFT JOIN acknowledgements k ON k.assignment_id = a.id \
                       WHERE s.org = $4 AND a.id > $5 AND v.latest = $6 \
                     ) u ORDER BY aid LIMIT $7) w \
                     LEFT JOIN report_versions r ON r.id = \
                       (SELECT MAX(l.id) FROM report_versions l WHERE l.assignment_id = w.aid AND l.state <> 'draft') \
                     ORDER BY w.aid",
                )
                .bind(org)
                .bind(page.after.unwrap_or(0))
                .bind(true)
                .bind(org)
                .bind(page.after.unwrap_or(0))
                .bind(true)
                .bind(page.limit + 1)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let rows = rows
                    .into_iter()
                    .map(|(plan_id, plan_title, item_id, number, text, role, org, inherited, deadline, due, assignment_id, by, at, since, progress, percent)| {
                        Ok($crate::WorkspaceEntry {
                            assignment_id,
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
                            acknowledged: by.zip(at),
                            reported: reported(progress, percent),
                            since,
                        })
                    })
                    .collect::<Result<Vec<_>, $crate::StoreError>>()?;
                Ok($crate::Paged::from_rows(rows, page, |e| e.assignment_id))
            }

            async fn acknowledge(
                &self,
                assignment_id: i64,
                org: &str,
                login: &str,
                note: &str,
                now: i64,
            ) -> Result<(), $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let found: Option<(bool, Option<String>)> = ::sqlx::query_as(
                    "SELECT v.published, k.login FROM assignments a JOIN items i ON i.id = a.item_id \
                     JOIN plan_versions v ON v.id = i.version_id LEFT JOIN acknowledgements k ON k.assignment_id = a.id \
                     WHERE a.id = $1 AND (a.org = $2 OR EXISTS \
                       (SELECT 1 FROM assignment_successors s WHERE s.assignment_id = a.id AND s.org = $3))",
                )
                .bind(assignment_id)
                .bind(org)
                .bind(org)
                .fetch_optional(&mut *tx)
                .await
                .map_err(db_error)?;
                match found {
                    None => return Err($crate::StoreError::NotFound(format!("本部门的任务 {assignment_id}"))),
                    Some((false, _)) => return Err($crate::StoreError::Conflict("分工表尚未发布，不能签收".into())),
                    Some((true, Some(by))) => return Err($crate::StoreError::Conflict(format!("已由 {by} 签收"))),
                    Some((true, None)) => {}
                }
                ::sqlx::query("INSERT INTO acknowledgements (assignment_id, login, at, note) VALUES ($1, $2, $3, $4)")
                    .bind(assignment_id)
                    .bind(login)
                    .bind(now)
                    .bind(note.trim())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                tx.commit().await.map_err(db_error)
            }

            async fn diagnostics(&self, plan_id: i64, version: i64) -> Result<Vec<::duban_core::Diagnostic>, $crate::StoreError> {
                let row: Option<(String,)> =
                    ::sqlx::query_as("SELECT diagnostics FROM plan_versions WHERE plan_id = $1 AND version = $2")
                        .bind(plan_id)
                        .bind(version)
                        .fetch_optional(&self.reader)
                        .await
                        .map_err(db_error)?;
                let Some((json,)) = row else {
                    return Err($crate::StoreError::NotFound(format!("分工表 {plan_id} 第 {version} 版")));
                };
                ::serde_json::from_str(&json).map_err(|e| $crate::StoreError::Database(e.to_string()))
            }

            async fn create_user(&self, user: &$crate::NewUser<'_>) -> Result<i64, $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let taken: Option<(i64,)> = ::sqlx::query_as("SELECT id FROM users WHERE login = $1")
                    .bind(user.login.as_str())
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                if taken.is_some() {
                    return Err($crate::StoreError::Conflict(format!("登录名 {} 已被使用", user.login)));
                }
                let (id,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO users (login, name, role, org, password_hash, created_at, email, duty) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(user.login.as_str())
                .bind(user.name)
                .bind(match user.role {
                    ::duban_core::AccountRole::Security | ::duban_core::AccountRole::Auditor => "admin",
                    other => other.as_str(),
                })
                .bind(user.org)
                .bind(user.password_hash)
                .bind(user.now)
                .bind(user.email)
                .bind(match user.role {
                    ::duban_core::AccountRole::Security => Some("security"),
                    ::duban_core::AccountRole::Auditor => Some("audit"),
                    _ => None,
                })
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                tx.commit().await.map_err(db_error)?;
                Ok(id)
            }

            async fn user(&self, login: &str) -> Result<Option<$crate::User>, $crate::StoreError> {
                let row: Option<UserRow> = ::sqlx::query_as("SELECT u.id, u.login, u.name, CASE u.duty WHEN 'security' THEN 'security' WHEN 'audit' THEN 'auditor' ELSE u.role END, u.org, u.password_hash, u.disabled, u.failed_logins, u.locked_until, u.email FROM users u WHERE u.login = $1")
                    .bind(login.trim().to_ascii_lowercase())
                    .fetch_optional(&self.writer)
                    .await
                    .map_err(db_error)?;
                row.map(user_from).transpose()
            }

            async fn users(&self) -> Result<Vec<$crate::User>, $crate::StoreError> {
                let rows: Vec<UserRow> = ::sqlx::query_as("SELECT u.id, u.login, u.name, CASE u.duty WHEN 'security' THEN 'security' WHEN 'audit' THEN 'auditor' ELSE u.role END, u.org, u.password_hash, u.disabled, u.failed_logins, u.locked_until, u.email FROM users u ORDER BY u.login")
                    .fetch_all(&self.reader)
                    .await
                    .map_err(db_error)?;
                rows.into_iter().map(user_from).collect()
            }

            async fn set_password(&self, login: &str, hash: &str) -> Result<(), $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let done = ::sqlx::query("UPDATE users SET password_hash = $1, failed_logins = 0, locked_until = 0 WHERE login = $2")
                    .bind(hash)
                    .bind(login)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                end_sessions(&mut tx, login, done.rows_affected()).await?;
                tx.commit().await.map_err(db_error)
            }

            async fn set_disabled(&self, login: &str, disabled: bool) -> Result<(), $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let done = ::sqlx::query("UPDATE users SET disabled = $1, failed_logins = 0, locked_until = 0 WHERE login = $2")
                    .bind(disabled)
                    .bind(login)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                end_sessions(&mut tx, login, done.rows_affected()).await?;
                tx.commit().await.map_err(db_error)
            }

            async fn login_failed(&self, user_id: i64, lock_until: Option<i64>) -> Result<i64, $crate::StoreError> {
                let (failures,): (i64,) = ::sqlx::query_as(
                    "UPDATE users SET failed_logins = failed_logins + 1, locked_until = CASE WHEN $1 > 0 THEN $2 ELSE locked_until END \
                     WHERE id = $3 RETURNING failed_logins",
                )
                .bind(lock_until.unwrap_or(0))
                .bind(lock_until.unwrap_or(0))
                .bind(user_id)
                .fetch_one(&self.writer)
                .await
                .map_err(db_error)?;
                Ok(failures)
            }

            async fn open_session(&self, user_id: i64, token_hash: &str, csrf: &str, now: i64) -> Result<(), $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                ::sqlx::query("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = $1")
                    .bind(user_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                ::sqlx::query("INSERT INTO sessions (token_hash, user_id, csrf, created_at, last_seen) VALUES ($1, $2, $3, $4, $5)")
                    .bind(token_hash)
                    .bind(user_id)
                    .bind(csrf)
                    .bind(now)
                    .bind(now)
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                tx.commit().await.map_err(db_error)
            }

            async fn session(&self, token_hash: &str) -> Result<Option<$crate::Session>, $crate::StoreError> {
                type Row = (i64, String, String, String, Option<String>, String, bool, i64, i64, Option<String>, String, i64, i64);
                let row: Option<Row> = ::sqlx::query_as(
                    "SELECT u.id, u.login, u.name, CASE u.duty WHEN 'security' THEN 'security' WHEN 'audit' THEN 'auditor' ELSE u.role END, u.org, u.password_hash, u.disabled, u.failed_logins, u.locked_until, u.email, \
                     s.csrf, s.created_at, s.last_seen FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&self.reader)
                .await
                .map_err(db_error)?;
                let Some((id, login, name, role, org, hash, disabled, failed, locked, email, csrf, created_at, last_seen)) = row else {
                    return Ok(None);
                };
                let user = user_from((id, login, name, role, org, hash, disabled, failed, locked, email))?;
                Ok(Some($crate::Session { user, csrf, created_at, last_seen }))
            }

            async fn create_token(
                &self,
                login: &str,
                name: &str,
                token_hash: &str,
                now: i64,
            ) -> Result<$crate::ApiToken, $crate::StoreError> {
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let user: Option<(i64, bool)> = ::sqlx::query_as("SELECT id, disabled FROM users WHERE login = $1")
                    .bind(login)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                let Some((user_id, disabled)) = user else {
                    return Err($crate::StoreError::NotFound(format!("用户 {login}")));
                };
                if disabled {
                    return Err($crate::StoreError::Conflict(format!("用户 {login} 已停用")));
                }
                let (id,): (i64,) = ::sqlx::query_as(
                    "INSERT INTO api_tokens (token_hash, user_id, name, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(token_hash)
                .bind(user_id)
                .bind(name)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(db_error)?;
                tx.commit().await.map_err(db_error)?;
                Ok($crate::ApiToken { id, login: login.to_string(), name: name.to_string(), created_at: now, last_used: None, revoked_at: None })
            }

            async fn token_user(&self, token_hash: &str, now: i64) -> Result<Option<$crate::User>, $crate::StoreError> {
                type Row = (i64, String, String, String, Option<String>, String, bool, i64, i64, Option<String>, Option<i64>);
                let row: Option<Row> = ::sqlx::query_as(
                    "SELECT u.id, u.login, u.name, CASE u.duty WHEN 'security' THEN 'security' WHEN 'audit' THEN 'auditor' ELSE u.role END, u.org, u.password_hash, u.disabled, u.failed_logins, u.locked_until, u.email, \
                     t.last_used FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1 AND t.revoked_at IS NULL",
                )
                .bind(token_hash)
                .fetch_optional(&self.reader)
                .await
                .map_err(db_error)?;
                let Some((id, login, name, role, org, hash, disabled, failed, locked, email, last_used)) = row else {
                    return Ok(None);
                };
                if last_used.is_none_or(|t| now - t >= 60) {
                    ::sqlx::query("UPDATE api_tokens SET last_used = $1 WHERE token_hash = $2")
                        .bind(now)
                        .bind(token_hash)
                        .execute(&self.writer)
                        .await
                        .map_err(db_error)?;
                }
                user_from((id, login, name, role, org, hash, disabled, failed, locked, email)).map(Some)
            }

            async fn tokens(&self, login: &str) -> Result<Vec<$crate::ApiToken>, $crate::StoreError> {
                let rows: Vec<(i64, String, String, i64, Option<i64>, Option<i64>)> = ::sqlx::query_as(
                    "SELECT t.id, u.login, t.name, t.created_at, t.last_used, t.revoked_at FROM api_tokens t \
                     JOIN users u ON u.id = t.user_id WHERE u.login = $1 ORDER BY t.id DESC",
                )
                .bind(login)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, login, name, created_at, last_used, revoked_at)| $crate::ApiToken { id, login, name, created_at, last_used, revoked_at })
                    .collect())
            }

            async fn revoke_token(&self, login: &str, id: i64, now: i64) -> Result<(), $crate::StoreError> {
                let done = ::sqlx::query(
                    "UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL \
                     AND user_id = (SELECT id FROM users WHERE login = $3)",
                )
                .bind(now)
                .bind(id)
                .bind(login)
                .execute(&self.writer)
                .await
                .map_err(db_error)?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound(format!("{login} 的有效令牌 {id}")));
                }
                Ok(())
            }

            async fn touch_session(&self, token_hash: &str, now: i64) -> Result<(), $crate::StoreError> {
                ::sqlx::query("UPDATE sessions SET last_seen = $1 WHERE token_hash = $2")
                    .bind(now)
                    .bind(token_hash)
                    .execute(&self.writer)
                    .await
                    .map_err(db_error)?;
                Ok(())
            }

            async fn close_session(&self, token_hash: &str) -> Result<(), $crate::StoreError> {
                ::sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
                    .bind(token_hash)
                    .execute(&self.writer)
                    .await
                    .map_err(db_error)?;
                Ok(())
            }

            async fn statuses(
                &self,
                plan_id: i64,
                version: i64,
                due_until: Option<&str>,
            ) -> Result<Vec<$crate::AssignmentStatus>, $crate::StoreError> {
                let (_, version_id) = self.version_summary(plan_id, Some(version)).await?;
                let rows: Vec<(i64, i64, String, Option<String>, Option<String>, Option<i64>)> = ::sqlx::query_as(
                    // The last submitted (or later) report of each assignment.
                    "SELECT a.id, i.id, a.org, i.due, r.progress, r.percent \
                     FROM assignments a JOIN items i ON i.id = a.item_id \
                     LEFT JOIN report_versions r ON r.id = \
                       (SELECT MAX(l.id) FROM report_versions l WHERE l.assignment_id = a.id AND l.state <> 'draft') \
                     WHERE i.version_id = $1 AND ($2 = '' OR (i.due IS NOT NULL AND i.due <= $3)) ORDER BY i.id, a.position",
                )
                .bind(version_id)
                .bind(due_until.unwrap_or(""))
                .bind(due_until.unwrap_or(""))
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(assignment_id, item_id, org, due, progress, percent)| $crate::AssignmentStatus {
                        assignment_id,
                        item_id,
                        org,
                        due,
                        reported: reported(progress, percent),
                    })
                    .collect())
            }

            async fn assignment(&self, id: i64) -> Result<$crate::AssignmentInfo, $crate::StoreError> {
                let row: Option<(i64, String, String, i64, bool)> = ::sqlx::query_as(
                    "SELECT a.item_id, a.role, a.org, v.plan_id, v.published FROM assignments a JOIN items i ON i.id = a.item_id \
                     JOIN plan_versions v ON v.id = i.version_id WHERE a.id = $1",
                )
                .bind(id)
                .fetch_optional(&self.reader)
                .await
                .map_err(db_error)?;
                let Some((item_id, role, org, plan_id, published)) = row else {
                    return Err($crate::StoreError::NotFound(format!("任务 {id}")));
                };
                let successors: Vec<(String,)> = ::sqlx::query_as("SELECT org FROM assignment_successors WHERE assignment_id = $1")
                    .bind(id)
                    .fetch_all(&self.reader)
                    .await
                    .map_err(db_error)?;
                Ok($crate::AssignmentInfo {
                    id,
                    item_id,
                    role: $crate::role_from_db(&role)?,
                    org,
                    successors: successors.into_iter().map(|(s,)| s).collect(),
                    plan_id,
                    published,
                })
            }

            async fn item_assignments(&self, item_id: i64) -> Result<Vec<$crate::AssignmentInfo>, $crate::StoreError> {
                let ids: Vec<(i64,)> = ::sqlx::query_as("SELECT id FROM assignments WHERE item_id = $1 ORDER BY position")
                    .bind(item_id)
                    .fetch_all(&self.reader)
                    .await
                    .map_err(db_error)?;
                let mut out = Vec::with_capacity(ids.len());
                for (id,) in ids {
                    out.push(self.assignment(id).await?);
                }
                Ok(out)
            }

            async fn report_step(
                &self,
                assignment_id: i64,
                period: &::duban_core::Period,
                expected_version: i64,
                who: $crate::Reporter<'_>,
                step: &$crate::ReportStep,
                now: i64,
            ) -> Result<$crate::ReportVersion, $crate::StoreError> {
                use ::duban_core::ReportState;
                let info = self.assignment(assignment_id).await?;
                if !info.published {
                    return Err($crate::StoreError::Conflict("分工表尚未发布，不能报送".into()));
                }
                let (login, department) = match who {
                    $crate::Reporter::Department { login, org } => {
                        if !info.belongs_to(org) {
                            // Another department's assignment is not told to exist.
                            return Err($crate::StoreError::NotFound(format!("本部门的任务 {assignment_id}")));
                        }
                        (login, true)
                    }
                    $crate::Reporter::Office { login } => (login, false),
                };
                // The common case in one guarded statement (the database
                // checks the version and the state as it inserts): one round
                // trip to the single writer. When the guard does not hold, the
                // transaction below finds out why, or finds it holds by now.
                if let Some(saved) = report_step_at_once(&self.writer, assignment_id, period, expected_version, login, department, step, now).await? {
                    return Ok(saved);
                }
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let current = latest_report(&mut tx, assignment_id, period.as_str()).await?;
                let current_version = current.as_ref().map_or(0, |c| c.version);
                if current_version != expected_version {
                    return Err($crate::StoreError::Conflict(format!(
                        "报告已被他人更新（现为第 {current_version} 版），请核对后再提交；您填写的内容仍在表单中"
                    )));
                }
                let state = current.as_ref().map(|c| c.state);
                let editable = state.is_none_or(|s| s.editable());
                let (state, body, comment) = match step {
                    $crate::ReportStep::Save(body) | $crate::ReportStep::Submit(body) => {
                        if !department {
                            return Err($crate::StoreError::Conflict("报告由承担任务的部门填写".into()));
                        }
                        if !editable {
                            return Err($crate::StoreError::Conflict("报告已报送，等待审核，暂不能修改".into()));
                        }
                        let next = if matches!(step, $crate::ReportStep::Save(_)) { ReportState::Draft } else { ReportState::Submitted };
                        (next, body.clone(), String::new())
                    }
                    $crate::ReportStep::Return(comment) | $crate::ReportStep::Accept(comment) => {
                        if department {
                            return Err($crate::StoreError::Conflict("报告由督办人员审核".into()));
                        }
                        let Some(c) = current.as_ref().filter(|c| c.state == ReportState::Submitted) else {
                            return Err($crate::StoreError::Conflict("只有已报送的报告可以退回或通过".into()));
                        };
                        if matches!(step, $crate::ReportStep::Return(_)) && comment.trim().is_empty() {
                            return Err($crate::StoreError::Invalid("退回时请写明意见".into()));
                        }
                        let next = if matches!(step, $crate::ReportStep::Return(_)) { ReportState::Returned } else { ReportState::Accepted };
                        (next, c.body.clone(), comment.trim().to_string())
                    }
                };
                let saved = $crate::ReportVersion {
                    assignment_id,
                    period: period.as_str().to_string(),
                    version: current_version + 1,
                    state,
                    body,
                    comment,
                    author: login.to_string(),
                    at: now,
                };
                let inserted = ::sqlx::query(
                    "INSERT INTO report_versions (assignment_id, period, version, state, progress, percent, done, problems, next_steps, comment, author, at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                )
                .bind(assignment_id)
                .bind(&saved.period)
                .bind(saved.version)
                .bind(saved.state.as_str())
                .bind(saved.body.progress.as_str())
                .bind(i64::from(saved.body.percent))
                .bind(&saved.body.done)
                .bind(&saved.body.problems)
                .bind(&saved.body.next_steps)
                .bind(&saved.comment)
                .bind(&saved.author)
                .bind(now)
                .execute(&mut *tx)
                .await;
                match inserted {
                    Ok(_) => {}
                    // Another save of the same version won the race.
                    Err(::sqlx::Error::Database(e)) if e.is_unique_violation() => {
                        return Err($crate::StoreError::Conflict("报告已被他人同时更新，请核对后再提交；您填写的内容仍在表单中".into()));
                    }
                    Err(e) => return Err(db_error(e)),
                }
                // The database's trigger wrote the step's audit line and raised
                // the plan's reports stamp with the insert (migration 0015).
                tx.commit().await.map_err(db_error)?;
                Ok(saved)
            }

            async fn set_cycle(
                &self,
                plan_id: i64,
                cycle: &::duban_core::Cycle,
                login: &str,
                now: i64,
            ) -> Result<(), $crate::StoreError> {
                let calls: Vec<String> = cycle.calls().iter().map(|d| d.to_string()).collect();
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let found: Option<(i64,)> = ::sqlx::query_as("SELECT id FROM plans WHERE id = $1")
                    .bind(plan_id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(db_error)?;
                if found.is_none() {
                    return Err($crate::StoreError::NotFound(format!("分工表 {plan_id}")));
                }
                ::sqlx::query(
                    "INSERT INTO report_cycles (plan_id, cadence, day, starts, calls, set_by, set_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (plan_id) DO UPDATE SET \
                     cadence = excluded.cadence, day = excluded.day, starts = excluded.starts, calls = excluded.calls, \
                     set_by = excluded.set_by, set_at = excluded.set_at",
                )
                .bind(plan_id)
                .bind(cycle.cadence().as_str())
                .bind(i64::from(cycle.day()))
                .bind(cycle.starts().to_string())
                .bind(calls.join(","))
                .bind(login)
                .bind(now)
                .execute(&mut *tx)
                .await
                .map_err(db_error)?;
                bump_stamp(&mut tx, plan_id).await?;
                tx.commit().await.map_err(db_error)
            }

            async fn reports_stamp(&self, plan_id: i64) -> Result<i64, $crate::StoreError> {
                let row: Option<(i64,)> = ::sqlx::query_as("SELECT reports_stamp FROM plans WHERE id = $1")
                    .bind(plan_id)
                    .fetch_optional(&self.reader)
                    .await
                    .map_err(db_error)?;
                row.map(|(s,)| s).ok_or_else(|| $crate::StoreError::NotFound(format!("分工表 {plan_id}")))
            }

            async fn cycle(&self, plan_id: i64) -> Result<Option<$crate::CycleSetting>, $crate::StoreError> {
                let row: Option<CycleRow> = ::sqlx::query_as(
                    "SELECT plan_id, cadence, day, starts, calls, set_by, set_at FROM report_cycles WHERE plan_id = $1",
                )
                .bind(plan_id)
                .fetch_optional(&self.reader)
                .await
                .map_err(db_error)?;
                row.map(cycle_from).transpose().map(|c| c.map(|(_, s)| s))
            }

            async fn submissions(&self, plan_id: i64, version: i64) -> Result<Vec<$crate::Submission>, $crate::StoreError> {
                let (_, version_id) = self.version_summary(plan_id, Some(version)).await?;
                // The non-draft versions of the version's reports, folded here
                // rather than grouped in SQL: one index walk, no temporary
                // B-tree (half the time on SQLite at 10,000 reports a plan).
                // Every version after a draft follows a submission, so each
                // report has a first submission and a newest version.
                let rows: Vec<VersionRow> = ::sqlx::query_as(
                    "SELECT r.assignment_id, r.period, r.version, r.state, r.at, r.progress, r.percent \
                     FROM items i JOIN assignments a ON a.item_id = i.id JOIN report_versions r ON r.assignment_id = a.id \
                     WHERE i.version_id = $1 AND r.state <> 'draft'",
                )
                .bind(version_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                Ok(fold_submissions(rows))
            }

            async fn department_submissions(&self, org: &str) -> Result<Vec<$crate::Submission>, $crate::StoreError> {
                let rows: Vec<VersionRow> = ::sqlx::query_as(
                    "SELECT r.assignment_id, r.period, r.version, r.state, r.at, r.progress, r.percent FROM report_versions r \
                     WHERE r.state <> 'draft' AND r.assignment_id IN \
                     (SELECT a.id FROM assignments a WHERE a.org = $1 UNION SELECT s.assignment_id FROM assignment_successors s WHERE s.org = $2)",
                )
                .bind(org)
                .bind(org)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                Ok(fold_submissions(rows))
            }

            async fn cycles(&self) -> Result<Vec<(i64, $crate::CycleSetting)>, $crate::StoreError> {
                let rows: Vec<CycleRow> = ::sqlx::query_as(
                    "SELECT plan_id, cadence, day, starts, calls, set_by, set_at FROM report_cycles ORDER BY plan_id",
                )
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                rows.into_iter().map(cycle_from).collect()
            }

            async fn attach(
                &self,
                assignment_id: i64,
                period: &::duban_core::Period,
                org: &str,
                login: &str,
                file: &::duban_core::Evidence,
                now: i64,
            ) -> Result<$crate::Attachment, $crate::StoreError> {
                let info = self.assignment(assignment_id).await?;
                if !info.belongs_to(org) {
                    return Err($crate::StoreError::NotFound(format!("本部门的任务 {assignment_id}")));
                }
                if !info.published {
                    return Err($crate::StoreError::Conflict("分工表尚未发布，不能报送".into()));
                }
                let mut tx = self.writer.begin().await.map_err(db_error)?;
                let current = latest_report(&mut tx, assignment_id, period.as_str()).await?;
                if current.as_ref().is_some_and(|c| !c.state.editable()) {
                    return Err($crate::StoreError::Conflict(format!(
                        "{} 的报告已报送，等待审核或已通过，不能再添加附件",
                        period
                    )));
                }
                let size = i64::try_from(file.bytes().len()).unwrap_or(i64::MAX);
                ::sqlx::query("INSERT INTO evidence_blobs (sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING")
                    .bind(file.sha256())
                    .bind(size)
                    .bind(file.bytes())
                    .execute(&mut *tx)
                    .await
                    .map_err(db_error)?;
                let after_version = current.map_or(0, |c| c.version);
                let inserted: Result<(i64,), ::sqlx::Error> = ::sqlx::query_as(
                    "INSERT INTO attachments (assignment_id, period, name, mime, sha256, after_version, author, at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                )
                .bind(assignment_id)
                .bind(period.as_str())
                .bind(file.name())
                .bind(file.mime())
                .bind(file.sha256())
                .bind(after_version)
                .bind(login)
                .bind(now)
                .fetch_one(&mut *tx)
                .await;
                let id = match inserted {
                    Ok((id,)) => id,
                    Err(::sqlx::Error::Database(e)) if e.is_unique_violation() => {
                        return Err($crate::StoreError::Conflict(format!("「{}」的内容已附在这份报告上", file.name())));
                    }
                    Err(e) => return Err(db_error(e)),
                };
                tx.commit().await.map_err(db_error)?;
                Ok($crate::Attachment {
                    id,
                    assignment_id,
                    period: period.as_str().to_string(),
                    name: file.name().to_string(),
                    mime: file.mime().to_string(),
                    size,
                    sha256: file.sha256().to_string(),
                    after_version,
                    author: login.to_string(),
                    at: now,
                })
            }

            async fn attachments(&self, assignment_id: i64) -> Result<Vec<$crate::Attachment>, $crate::StoreError> {
                let rows: Vec<AttachmentRow> = ::sqlx::query_as(
                    "SELECT f.id, f.assignment_id, f.period, f.name, f.mime, b.size, f.sha256, f.after_version, f.author, f.at \
                     FROM attachments f JOIN evidence_blobs b ON b.sha256 = f.sha256 WHERE f.assignment_id = $1 ORDER BY f.id",
                )
                .bind(assignment_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                Ok(rows.into_iter().map(attachment_from).collect())
            }

            async fn attachment(&self, id: i64) -> Result<($crate::Attachment, Vec<u8>), $crate::StoreError> {
                let row: Option<AttachmentRow> = ::sqlx::query_as(
                    "SELECT f.id, f.assignment_id, f.period, f.name, f.mime, b.size, f.sha256, f.after_version, f.author, f.at \
                     FROM attachments f JOIN evidence_blobs b ON b.sha256 = f.sha256 WHERE f.id = $1",
                )
                .bind(id)
                .fetch_optional(&self.reader)
                .await
                .map_err(db_error)?;
                let Some(row) = row else { return Err($crate::StoreError::NotFound(format!("附件 {id}"))) };
                let attachment = attachment_from(row);
                let (content,): (Vec<u8>,) = ::sqlx::query_as("SELECT content FROM evidence_blobs WHERE sha256 = $1")
                    .bind(&attachment.sha256)
                    .fetch_one(&self.reader)
                    .await
                    .map_err(db_error)?;
                Ok((attachment, content))
            }

            async fn reports(&self, assignment_id: i64, department: bool) -> Result<Vec<$crate::ReportVersion>, $crate::StoreError> {
                let rows: Vec<ReportRow> = ::sqlx::query_as(
                    "SELECT assignment_id, period, version, state, progress, percent, done, problems, next_steps, comment, author, at \
                     FROM report_versions WHERE assignment_id = $1 AND (state <> 'draft' OR $2) ORDER BY period DESC, version DESC",
                )
                .bind(assignment_id)
                .bind(department)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                rows.into_iter().map(report_from).collect()
            }

            async fn sibling_reports(
                &self,
                assignment_id: i64,
            ) -> Result<Vec<($crate::AssignmentInfo, $crate::ReportVersion)>, $crate::StoreError> {
                let rows: Vec<ReportRow> = ::sqlx::query_as(
                    "SELECT r.assignment_id, r.period, r.version, r.state, r.progress, r.percent, r.done, r.problems, r.next_steps, \
                     r.comment, r.author, r.at FROM report_versions r JOIN assignments o ON o.id = r.assignment_id \
                     JOIN assignments me ON me.item_id = o.item_id \
                     WHERE me.id = $1 AND o.id <> $2 AND r.state <> 'draft' ORDER BY r.id DESC",
                )
                .bind(assignment_id)
                .bind(assignment_id)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let mut out = Vec::with_capacity(rows.len());
                for row in rows {
                    let report = report_from(row)?;
                    out.push((self.assignment(report.assignment_id).await?, report));
                }
                Ok(out)
            }

            async fn enqueue(&self, messages: &[$crate::NewMessage], now: i64) -> Result<usize, $crate::StoreError> {
                const INSERT: &str = "INSERT INTO outbox (key, channel, recipient, subject, body, created_at, state, next_attempt, sent_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (key) DO NOTHING";
                // In-app messages are delivered by being stored.
                let state = |m: &$crate::NewMessage| if m.channel == $crate::Channel::InApp { "sent" } else { "pending" };
                macro_rules! insert {
                    ($m:expr, $on:expr) => {
                        ::sqlx::query(INSERT)
                            .bind(&$m.key)
                            .bind($m.channel.as_str())
                            .bind(&$m.recipient)
                            .bind(&$m.subject)
                            .bind(&$m.body)
                            .bind(now)
                            .bind(state($m))
                            .bind(now)
                            .bind((state($m) == "sent").then_some(now))
                            .execute($on)
                            .await
                            .map_err(db_error)?
                            .rows_affected() as usize
                    };
                }
                // Nothing to write, or one row: no transaction of its own
                // (one statement is atomic), so a notice costs the single
                // writer as little as it can.
                match messages {
                    [] => Ok(0),
                    [m] => Ok(insert!(m, &self.writer)),
                    _ => {
                        let mut tx = self.writer.begin().await.map_err(db_error)?;
                        let mut queued = 0;
                        for m in messages {
                            queued += insert!(m, &mut *tx);
                        }
                        tx.commit().await.map_err(db_error)?;
                        Ok(queued)
                    }
                }
            }

            async fn claim_due(&self, now: i64, limit: i64) -> Result<Vec<$crate::Message>, $crate::StoreError> {
                let candidates: Vec<(i64,)> = ::sqlx::query_as(
                    "SELECT id FROM outbox WHERE state = 'pending' AND next_attempt <= $1 ORDER BY id LIMIT $2",
                )
                .bind(now)
                .bind(limit)
                .fetch_all(&self.writer)
                .await
                .map_err(db_error)?;
                let mut claimed = Vec::new();
                for (id,) in candidates {
                    // Only one sender wins the update from pending to sending.
                    let row: Option<MessageRow> = ::sqlx::query_as(
                        "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = $1 AND state = 'pending' \
                         RETURNING id, key, channel, recipient, subject, body, created_at, state, attempts, last_error",
                    )
                    .bind(id)
                    .fetch_optional(&self.writer)
                    .await
                    .map_err(db_error)?;
                    if let Some(row) = row {
                        claimed.push(message_from(row)?);
                    }
                }
                Ok(claimed)
            }

            async fn sent(&self, id: i64, outcome: Result<(), String>, now: i64, retry_at: Option<i64>) -> Result<(), $crate::StoreError> {
                let query = match (&outcome, retry_at) {
                    (Ok(()), _) => ::sqlx::query("UPDATE outbox SET state = 'sent', sent_at = $1, last_error = NULL WHERE id = $2")
                        .bind(now)
                        .bind(id),
                    (Err(e), Some(at)) => ::sqlx::query("UPDATE outbox SET state = 'pending', next_attempt = $1, last_error = $2 WHERE id = $3")
                        .bind(at)
                        .bind(e.clone())
                        .bind(id),
                    (Err(e), None) => ::sqlx::query("UPDATE outbox SET state = 'failed', last_error = $1 WHERE id = $2")
                        .bind(e.clone())
                        .bind(id),
                };
                query.execute(&self.writer).await.map_err(db_error)?;
                Ok(())
            }

            async fn inbox(&self, login: &str, page: $crate::Page) -> Result<$crate::Paged<$crate::Message>, $crate::StoreError> {
                let rows: Vec<MessageRow> = ::sqlx::query_as(
                    "SELECT id, key, channel, recipient, subject, body, created_at, state, attempts, last_error FROM outbox \
                     WHERE channel = 'inapp' AND recipient = $1 AND id < $2 ORDER BY id DESC LIMIT $3",
                )
                .bind(login)
                .bind(page.after.unwrap_or(i64::MAX))
                .bind(page.limit + 1)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let rows = rows.into_iter().map(message_from).collect::<Result<Vec<_>, _>>()?;
                Ok($crate::Paged::from_rows(rows, page, |m| m.id))
            }

            async fn recent_notices(&self, prefix: &str, since: i64) -> Result<Vec<$crate::Message>, $crate::StoreError> {
                let pattern = format!("{}%", prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                let rows: Vec<MessageRow> = ::sqlx::query_as(
                    "SELECT id, key, channel, recipient, subject, body, created_at, state, attempts, last_error FROM outbox \
                     WHERE channel = 'inapp' AND created_at >= $1 AND key LIKE $2 ESCAPE '\\' ORDER BY id",
                )
                .bind(since)
                .bind(pattern)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                rows.into_iter().map(message_from).collect()
            }

            async fn failed_messages(&self, page: $crate::Page) -> Result<$crate::Paged<$crate::Message>, $crate::StoreError> {
                let rows: Vec<MessageRow> = ::sqlx::query_as(
                    "SELECT id, key, channel, recipient, subject, body, created_at, state, attempts, last_error FROM outbox \
                     WHERE (state = 'failed' OR (state = 'pending' AND attempts > 0)) AND id < $1 ORDER BY id DESC LIMIT $2",
                )
                .bind(page.after.unwrap_or(i64::MAX))
                .bind(page.limit + 1)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let rows = rows.into_iter().map(message_from).collect::<Result<Vec<_>, _>>()?;
                Ok($crate::Paged::from_rows(rows, page, |m| m.id))
            }

            async fn set_email(&self, login: &str, email: Option<&str>) -> Result<(), $crate::StoreError> {
                let done = ::sqlx::query("UPDATE users SET email = $1 WHERE login = $2")
                    .bind(email)
                    .bind(login)
                    .execute(&self.writer)
                    .await
                    .map_err(db_error)?;
                if done.rows_affected() == 0 {
                    return Err($crate::StoreError::NotFound(format!("用户 {login}")));
                }
                Ok(())
            }

            async fn audit(&self, e: &$crate::AuditEvent) -> Result<(), $crate::StoreError> {
                ::sqlx::query("INSERT INTO audit_log (at, actor, action, target, detail, ip) VALUES ($1, $2, $3, $4, $5, $6)")
                    .bind(e.at)
                    .bind(e.actor.as_deref())
                    .bind(&e.action)
                    .bind(&e.target)
                    .bind(&e.detail)
                    .bind(e.ip.as_deref())
                    .execute(&self.writer)
                    .await
                    .map_err(db_error)?;
                Ok(())
            }

            async fn audit_log(&self, page: $crate::Page) -> Result<$crate::Paged<$crate::AuditEvent>, $crate::StoreError> {
                let rows: Vec<(i64, i64, Option<String>, String, String, String, Option<String>)> = ::sqlx::query_as(
                    "SELECT id, at, actor, action, target, detail, ip FROM audit_log WHERE id < $1 ORDER BY id DESC LIMIT $2",
                )
                .bind(page.after.unwrap_or(i64::MAX))
                .bind(page.limit + 1)
                .fetch_all(&self.reader)
                .await
                .map_err(db_error)?;
                let rows = rows
                    .into_iter()
                    .map(|(id, at, actor, action, target, detail, ip)| $crate::AuditEvent { id, at, actor, action, target, detail, ip })
                    .collect();
                Ok($crate::Paged::from_rows(rows, page, |e| e.id))
            }

            async fn search(
                &self,
                words: &[String],
                page: $crate::Page,
            ) -> Result<$crate::Paged<$crate::SearchHit>, $crate::StoreError> {
                let words: Vec<&str> = words
                    .iter()
                    .map(|w| w.trim())
                    .filter(|w| !w.is_empty())
                    .take($crate::MAX_SEARCH_WORDS)
                    .collect();
                if words.is_empty() {
                    return Ok($crate::Paged { items: Vec::new(), next: None });
                }
                // The index narrows the items to those holding every pair of
                // characters of the words, led by the rarest pair and read in
                // id order so that the scan stops when the page is full; the
                // text then confirms each word. Words of one character have
                // no pairs: with only such words, the texts are scanned.
                let mut pairs: Vec<String> = words.iter().flat_map(|w| $crate::grams(w)).collect();
                pairs.sort_unstable();
                pairs.dedup();
                let mut lead: Vec<String> = Vec::new();
                if !pairs.is_empty() {
                    let mut q = ::sqlx::QueryBuilder::<$db>::new("SELECT gram, items FROM gram_counts WHERE gram IN (");
                    let mut list = q.separated(", ");
                    for g in &pairs {
                        list.push_bind(g.as_str());
                    }
                    q.push(")");
                    let mut counts: Vec<(String, i64)> = q.build_query_as().fetch_all(&self.reader).await.map_err(db_error)?;
                    if counts.len() < pairs.len() || counts.iter().any(|(_, n)| *n <= 0) {
                        // A pair no item holds: nothing can match.
                        return Ok($crate::Paged { items: Vec::new(), next: None });
                    }
                    counts.sort_by_key(|(_, n)| *n);
                    // The rarest few narrow enough; the text check does the rest.
                    lead = counts.into_iter().take(4).map(|(g, _)| g).collect();
                }
                let mut q = ::sqlx::QueryBuilder::<$db>::new("");
                if let Some((first, rest)) = lead.split_first() {
                    q.push("SELECT p.id, p.title, i.id, i.text FROM item_grams g JOIN items i ON i.id = g.item_id \
                            JOIN plan_versions v ON v.id = i.version_id JOIN plans p ON p.id = v.plan_id WHERE g.gram = ");
                    q.push_bind(first.clone());
                    q.push(" AND g.item_id > ").push_bind(page.after.unwrap_or(0));
                    for g in rest {
                        q.push(" AND EXISTS (SELECT 1 FROM item_grams h WHERE h.gram = ").push_bind(g.clone());
                        q.push(" AND h.item_id = g.item_id)");
                    }
                } else {
                    q.push("SELECT p.id, p.title, i.id, i.text FROM items i JOIN plan_versions v ON v.id = i.version_id \
                            JOIN plans p ON p.id = v.plan_id WHERE v.latest = ");
                    q.push_bind(true).push(" AND i.id > ").push_bind(page.after.unwrap_or(0));
                }
                for w in &words {
                    let pattern = format!("%{}%", w.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                    q.push(" AND i.text LIKE ").push_bind(pattern).push(" ESCAPE '\\'");
                }
                q.push(if lead.is_empty() { " ORDER BY i.id LIMIT " } else { " ORDER BY g.item_id LIMIT " });
                q.push_bind(page.limit + 1);
                let rows: Vec<(i64, String, i64, String)> = q.build_query_as().fetch_all(&self.reader).await.map_err(db_error)?;
                let rows = rows
                    .into_iter()
                    .map(|(plan_id, plan_title, item_id, text)| $crate::SearchHit { plan_id, plan_title, item_id, text })
                    .collect();
                Ok($crate::Paged::from_rows(rows, page, |h| h.item_id))
            }
        }
    };
}
