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

/// The most recently read published versions, up to a fixed number.
pub struct PlanCache {
    capacity: usize,
    entries: Mutex<(HashMap<(i64, i64), Arc<PlanTree>>, VecDeque<(i64, i64)>)>,
}

impl PlanCache {
    pub fn new(capacity: usize) -> PlanCache {
        PlanCache { capacity, entries: Mutex::new((HashMap::new(), VecDeque::new())) }
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
        if summary.published {
            if let Some(hit) = self.lock().0.get(&key) {
                return Ok(hit.clone());
            }
        }
        let (summary, plan) = store.plan(plan_id, Some(summary.version)).await?;
        let refs = store.item_refs(plan_id, summary.version).await?;
        let tree = Arc::new(PlanTree { summary, plan, refs });
        if tree.summary.published && self.capacity > 0 {
            let mut guard = self.lock();
            let (map, order) = &mut *guard;
            if map.insert(key, tree.clone()).is_none() {
                order.push_back(key);
            }
            while order.len() > self.capacity {
                if let Some(old) = order.pop_front() {
                    map.remove(&old);
                }
            }
        }
        Ok(tree)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, (HashMap<(i64, i64), Arc<PlanTree>>, VecDeque<(i64, i64)>)> {
        // A panic while holding the lock leaves a usable map behind.
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
