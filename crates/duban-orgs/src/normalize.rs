//! The normalised form of a department name, on which written variants
//! meet: Simplified script, half-width, no spaces, region prefixes reduced
//! to their level (山东省 → 省), and long forms shortened (委员会 → 委).

use ferrous_opencc::OpenCC;
use ferrous_opencc::config::BuiltinConfig;

/// Provinces and autonomous regions (prefix → 省) and the municipalities
/// directly under the central government (prefix → 市).
const PROVINCES: &[&str] = &[
    "河北",
    "山西",
    "辽宁",
    "吉林",
    "黑龙江",
    "江苏",
    "浙江",
    "安徽",
    "福建",
    "江西",
    "山东",
    "河南",
    "湖北",
    "湖南",
    "广东",
    "海南",
    "四川",
    "贵州",
    "云南",
    "陕西",
    "甘肃",
    "青海",
    "台湾",
    "内蒙古",
    "广西",
    "西藏",
    "宁夏",
    "新疆",
];
const AUTONOMOUS_SUFFIXES: &[&str] = &["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省"];
const MUNICIPALITIES: &[&str] = &["北京", "天津", "上海", "重庆"];

/// The province or municipality a title starts with (`山东省…` → `山东`).
pub fn province_of(title: &str) -> Option<&'static str> {
    let t = title.trim_start().strip_prefix("中共").unwrap_or(title.trim_start());
    PROVINCES.iter().chain(MUNICIPALITIES).copied().find(|p| t.starts_with(p))
}

/// Builds normalised keys. Holds the Traditional→Simplified converter,
/// which is costly to create, and the region names it learned from data.
pub struct Normalizer {
    t2s: Option<OpenCC>,
    /// Extra region prefixes from the data (city and county names) with the
    /// level word they reduce to.
    regions: Vec<(String, &'static str)>,
}

impl std::fmt::Debug for Normalizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Normalizer").field("regions", &self.regions.len()).finish()
    }
}

impl Normalizer {
    pub fn new() -> Normalizer {
        Normalizer { t2s: OpenCC::from_config(BuiltinConfig::T2s).ok(), regions: Vec::new() }
    }

    /// Learns a region name from the data (`济南市` → `市`, `历城区` → `区`).
    pub fn learn_region(&mut self, region: &str) {
        let word = match region.chars().last() {
            Some('市') => "市",
            Some('区') => "区",
            Some('县') => "县",
            Some('州') => "州",
            _ => return,
        };
        if region.chars().count() >= 2 && !self.regions.iter().any(|(r, _)| r == region) {
            self.regions.push((region.to_string(), word));
            // Longest first, so 历城区 wins over a shorter prefix.
            self.regions.sort_by_key(|(r, _)| std::cmp::Reverse(r.len()));
        }
    }

    /// Traditional → Simplified (identity if the converter is unavailable).
    pub fn simplified(&self, s: &str) -> String {
        match &self.t2s {
            // Pure ASCII and most Simplified text is unchanged; the
            // converter is only worth calling on non-ASCII text.
            Some(cc) if !s.is_ascii() => cc.convert(s),
            _ => s.to_string(),
        }
    }

    /// The normalised key of a name.
    pub fn key(&self, written: &str) -> String {
        let s = self.simplified(written);
        let mut s: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{3000}')
            .map(|c| match c {
                '(' => '（',
                ')' => '）',
                '\u{ff01}'..='\u{ff5e}' if !matches!(c, '（' | '）') => {
                    char::from_u32(c as u32 - 0xfee0).unwrap_or(c)
                }
                _ => c,
            })
            .collect();
        if let Some(rest) = s.strip_prefix("中共") {
            s = rest.to_string();
        }
        s = self.reduce_region(&s);
        for (long, short) in [("委员会", "委"), ("办公室", "办"), ("发展和改革", "发展改革"), ("人民政府", "政府")]
        {
            if s.contains(long) {
                s = s.replace(long, short);
            }
        }
        s.trim_end_matches('等').to_string()
    }

    fn reduce_region(&self, s: &str) -> String {
        for p in PROVINCES {
            if let Some(rest) = s.strip_prefix(p) {
                let rest = AUTONOMOUS_SUFFIXES.iter().find_map(|suf| rest.strip_prefix(suf)).unwrap_or(rest);
                if !rest.is_empty() {
                    return format!("省{rest}");
                }
            }
        }
        for m in MUNICIPALITIES {
            if let Some(rest) = s.strip_prefix(m) {
                let rest = rest.strip_prefix('市').unwrap_or(rest);
                if !rest.is_empty() {
                    return format!("市{rest}");
                }
            }
        }
        for (region, word) in &self.regions {
            if let Some(rest) = s.strip_prefix(region.as_str())
                && !rest.is_empty()
            {
                return format!("{word}{rest}");
            }
        }
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_meet() {
        let n = Normalizer::new();
        assert_eq!(n.key("山东省发展和改革委员会"), n.key("省发展改革委"));
        assert_eq!(n.key("省經濟和信息化委"), "省经济和信息化委");
        assert_eq!(n.key(" 省 财政厅 "), "省财政厅");
        assert_eq!(n.key("中共山东省委组织部"), "省委组织部");
        assert_eq!(n.key("广西壮族自治区财政厅"), "省财政厅");
        assert_eq!(n.key("北京市财政局"), "市财政局");
        assert_eq!(n.key("ＸＸ局"), "XX局");
    }

    #[test]
    fn learned_regions() {
        let mut n = Normalizer::new();
        n.learn_region("济南市");
        assert_eq!(n.key("济南市财政局"), "市财政局");
    }
}
