//! Published versions never change (corrections go to drafts, revisions
//! become new versions), so their trees are kept in memory once read: the
//! plan page and the API then skip reading ~1,000 rows per request. Drafts
//! are always read from the store. Safe with several server instances,
//! since what is cached is immutable everywhere.

use duban_core::Plan;
use duban_store::{ItemRef, PlanSummary, Store, StoreError};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

/// A version's tree with its item ids in tree order.
#[derive(Debug)]
pub struct PlanTree {
    pub summary: PlanSummary,
    pub plan: Plan,
    pub refs: Vec<ItemRef>,
}

/// (plan id, version).
type Key = (i64, i64);

/// The cached trees and the order they came in (oldest first).
#[derive(Default)]
struct Entries {
    trees: HashMap<Key, Arc<PlanTree>>,
    order: VecDeque<Key>,
}

/// The most recently read published versions, up to a fixed number.
pub struct PlanCache {
    capacity: usize,
    entries: Mutex<Entries>,
}

impl PlanCache {
    pub fn new(capacity: usize) -> PlanCache {
        PlanCache { capacity, entries: Mutex::new(Entries::default()) }
    }

    /// The tree of a version (the latest when `None`).
    pub async fn get<S: Store>(
        &self,
        store: &S,
        plan_id: i64,
        version: Option<i64>,
    ) -> Result<Arc<PlanTree>, StoreError> {
        let summary = store.summary(plan_id, version).await?;
        let key = (plan_id, summary.version);
        let cached = if summary.published { self.lock().trees.get(&key).cloned() } else { None };
        if let Some(hit) = cached {
            return Ok(hit);
        }
        let (summary, plan) = store.plan(plan_id, Some(summary.version)).await?;
        let refs = store.item_refs(plan_id, summary.version).await?;
        let tree = Arc::new(PlanTree { summary, plan, refs });
        if tree.summary.published && self.capacity > 0 {
            let mut entries = self.lock();
            if entries.trees.insert(key, tree.clone()).is_none() {
                entries.order.push_back(key);
            }
            while entries.order.len() > self.capacity {
                if let Some(old) = entries.order.pop_front() {
                    entries.trees.remove(&old);
                }
            }
        }
        Ok(tree)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Entries> {
        // A panic while holding the lock leaves a usable map behind.
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The version of a plan an account may see: drafts only for those who
/// manage plans; others get the latest published version (or not found
/// when there is none, or when they ask for a draft by number).
pub async fn visible<S: Store>(
    state: &crate::AppState<S>,
    tr: &crate::i18n::Tr,
    plan_id: i64,
    version: Option<i64>,
) -> Result<Arc<PlanTree>, crate::WebError> {
    let tree = state.plans.get(state.store.as_ref(), plan_id, version).await?;
    if tree.summary.published || tr.manages_plans() {
        return Ok(tree);
    }
    if version.is_none() {
        for v in (1..tree.summary.version).rev() {
            if state.store.summary(plan_id, Some(v)).await?.published {
                return Ok(state.plans.get(state.store.as_ref(), plan_id, Some(v)).await?);
            }
        }
    }
    Err(crate::WebError::not_found("这份分工表尚未发布"))
}

/// Leaves out, for accounts that do not manage plans, the rows of plans
/// whose latest version is a draft (search and workspace list latest
/// versions). A page may come out shorter; its `next` key stays right.
pub async fn without_drafts<S: Store, T>(
    state: &crate::AppState<S>,
    tr: &crate::i18n::Tr,
    rows: Vec<T>,
    plan_of: impl Fn(&T) -> i64,
) -> Result<Vec<T>, StoreError> {
    if tr.manages_plans() {
        return Ok(rows);
    }
    let mut published: HashMap<i64, bool> = HashMap::new();
    let mut kept = Vec::with_capacity(rows.len());
    for row in rows {
        let plan = plan_of(&row);
        let visible = match published.get(&plan) {
            Some(v) => *v,
            None => {
                let v = state.store.summary(plan, None).await?.published;
                published.insert(plan, v);
                v
            }
        };
        if visible {
            kept.push(row);
        }
    }
    Ok(kept)
}

/// Views computed from a plan's reports (the dashboard), kept while the
/// plan's reports stamp stays the same: the store raises the stamp in the
/// transaction of every report step and cycle change, so a view is never
/// served after a change it does not show, whichever instance made it.
/// Keyed by (plan id, version, day), up to a fixed number, oldest out.
pub struct StampedCache<V> {
    capacity: usize,
    entries: Mutex<StampedEntries<V>>,
}

/// The kept views with their stamps, and the order they came in.
type StampedEntries<V> = (HashMap<StampedKey, (i64, Arc<V>)>, VecDeque<StampedKey>);

/// (plan id, version, day).
pub type StampedKey = (i64, i64, duban_core::NaiveDate);

impl<V> StampedCache<V> {
    pub fn new(capacity: usize) -> StampedCache<V> {
        StampedCache { capacity, entries: Mutex::new((HashMap::new(), VecDeque::new())) }
    }

    /// The view kept for `key`, if it was computed at `stamp`.
    pub fn get(&self, key: StampedKey, stamp: i64) -> Option<Arc<V>> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.0.get(&key).filter(|(s, _)| *s == stamp).map(|(_, v)| v.clone())
    }

    /// Keeps a view computed at `stamp` (read before computing it, so a
    /// change during the computation makes the next read compute again).
    pub fn put(&self, key: StampedKey, stamp: i64, view: Arc<V>) {
        if self.capacity == 0 {
            return;
        }
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.0.insert(key, (stamp, view)).is_none() {
            entries.1.push_back(key);
        }
        while entries.1.len() > self.capacity {
            if let Some(old) = entries.1.pop_front() {
                entries.0.remove(&old);
            }
        }
    }
}
