use duban_core::NaiveDate;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn resolution_never_panics(name in "\\PC{0,24}", days in 0i64..30000) {
        let reg = crate::small();
        let on = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + chrono_days(days);
        let r = reg.resolve(&name, Some(on));
        prop_assert!(r.confidence >= 0.0 && r.confidence <= 1.0);
        let _ = reg.resolve(&name, None);
    }

    #[test]
    fn org_like_names_never_panic(name in "[省市县区山东济南发展改革委员会工商行政管理局厅办總局 （）()]{0,16}") {
        let reg = crate::small();
        let _ = reg.resolve(&name, None);
    }
}

fn chrono_days(d: i64) -> duban_core::Days {
    duban_core::Days::new(d as u64)
}
