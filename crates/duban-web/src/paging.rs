//! Paging of lists, the same way on pages and in the API: `?limit=N`
//! (default [`DEFAULT_LIMIT`], at most [`Page::MAX`]) and `?after=KEY`,
//! where KEY is the `next` value of the previous page.

use duban_store::Page;

/// Entries per page when the request does not say.
pub const DEFAULT_LIMIT: i64 = 100;

#[derive(Debug, Default, serde::Deserialize)]
pub struct PageParams {
    pub after: Option<i64>,
    pub limit: Option<i64>,
}

impl PageParams {
    pub fn page(&self) -> Page {
        Page::after(self.after, self.limit.unwrap_or(DEFAULT_LIMIT))
    }
}

/// The link to the next page: the current path and query with `after`
/// replaced (other non-empty parameters kept).
pub fn next_link(path: &str, query: &[(&str, &str)], next: Option<i64>) -> Option<String> {
    let next = next?.to_string();
    let pairs: Vec<(&str, &str)> = query
        .iter()
        .filter(|(k, v)| *k != "after" && !v.is_empty())
        .copied()
        .chain([("after", next.as_str())])
        .collect();
    Some(format!("{path}?{}", serde_urlencoded::to_string(pairs).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_links_keep_the_query() {
        assert_eq!(
            next_link("/search", &[("q", "专利"), ("after", "3")], Some(9)).unwrap(),
            "/search?q=%E4%B8%93%E5%88%A9&after=9"
        );
        assert_eq!(next_link("/", &[], Some(4)).unwrap(), "/?after=4");
        assert_eq!(next_link("/", &[], None), None);
    }
}
