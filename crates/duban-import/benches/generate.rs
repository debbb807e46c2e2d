//! A generator of large, realistic division tables for benchmarks: the
//! seed's flattened tab-separated layout (area | task | measures | phrases),
//! with page headers, `<p>` fragments, several measures and phrases per
//! cell, and a deadline column. Deterministic: the same size gives the same
//! bytes.

const AREAS: &[&str] = &["深化改革", "优化营商环境", "推动创新发展", "加强生态保护", "保障改善民生", "提升治理能力"];
const VERBS: &[&str] = &["建立健全", "加快推进", "深入实施", "积极探索", "全面落实", "持续完善", "统筹推进"];
const OBJECTS: &[&str] = &[
    "知识产权保护体系",
    "政务服务一网通办",
    "重点产业链协同机制",
    "科技成果转化平台",
    "生态环境监测网络",
    "社会信用体系",
    "农村人居环境整治",
    "公共卫生应急体系",
    "数字政府基础设施",
    "安全生产责任制",
];
const DEPTS: &[&str] = &[
    "省发展改革委",
    "省财政厅",
    "省科技厅",
    "省工业和信息化厅",
    "省自然资源厅",
    "省生态环境厅",
    "省住房城乡建设厅",
    "省交通运输厅",
    "省农业农村厅",
    "省商务厅",
    "省卫生健康委",
    "省市场监管局",
    "省知识产权局",
    "省统计局",
    "省大数据局",
    "各市人民政府",
];
const DEADLINES: &[&str] = &["2025年底前", "2026年6月底前", "2025年上半年", "持续推进", "每年", "2026年3季度"];
const CN: &[&str] = &["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

/// Chinese numeral for 1..=99 (一, 十二, 二十, 九十九).
fn cn(n: usize) -> String {
    let (tens, units) = (n / 10, n % 10);
    let mut s = String::new();
    if tens > 1 {
        s.push_str(CN[tens - 1]);
    }
    if tens > 0 {
        s.push('十');
    }
    if units > 0 {
        s.push_str(CN[units - 1]);
    }
    s
}

/// A phrase naming distinct departments (tables rarely repeat one).
fn phrase(r: &mut Lcg) -> String {
    let start = r.next(DEPTS.len());
    let step = 1 + r.next(DEPTS.len() - 1);
    let pick = |k: usize| DEPTS[(start + k * step) % DEPTS.len()];
    let lead = pick(0);
    let k = 1 + r.next(3);
    let mut others: Vec<&str> = (1..=k).map(pick).filter(|d| *d != lead).collect();
    others.dedup();
    if r.next(3) == 0 {
        format!("{lead}、{}负责", others.join("、"))
    } else {
        format!("{lead}牵头，{}参加", others.join("、"))
    }
}

/// A table of at least `target_bytes` bytes (UTF-8).
pub fn table(target_bytes: usize) -> String {
    let mut r = Lcg(0x5eed);
    let mut out = String::with_capacity(target_bytes + 4096);
    out.push_str("某省重点任务分工表（基准测试生成）\n\n");
    let mut area = 0;
    while out.len() < target_bytes {
        area = area % 99 + 1;
        out.push_str("重点任务\t\t具体措施\t责任部门\t完成时限\n");
        let tasks = 3 + r.next(5);
        for task in 1..=tasks {
            let measures = 1 + r.next(5);
            let mut cells = Vec::new();
            let mut phrases = Vec::new();
            for m in 1..=measures {
                let text = format!(
                    "{m}. {}{}，{}{}。",
                    VERBS[r.next(VERBS.len())],
                    OBJECTS[r.next(OBJECTS.len())],
                    VERBS[r.next(VERBS.len())],
                    OBJECTS[r.next(OBJECTS.len())]
                );
                cells.push(if r.next(4) == 0 { format!("<p>{text}</p>") } else { text });
                phrases.push(phrase(&mut r));
            }
            if r.next(3) == 0 {
                phrases.truncate(1);
            }
            let area_cell =
                if task == 1 { format!("{}、{}", cn(area), AREAS[r.next(AREAS.len())]) } else { String::new() };
            out.push_str(&format!(
                "{area_cell}\t({}) {}{}。\t{}\t{}\t{}\n",
                cn(task),
                VERBS[r.next(VERBS.len())],
                OBJECTS[r.next(OBJECTS.len())],
                cells.join(" "),
                phrases.join(" "),
                DEADLINES[r.next(DEADLINES.len())]
            ));
        }
        out.push('\n');
    }
    out
}
