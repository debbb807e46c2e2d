//! The importer's rules as a table: each row names the layout or wording
//! class it covers (the numbers are those of the generality issue and of
//! ARCHITECTURE.md's rule table), a small document written for the test in
//! words no corpus document uses, and what a reader expects from it.
//!
//! A row fails with the whole recovered plan printed, so a broken rule
//! shows what it now yields.

use duban_core::{Item, Parsed, Role};
use duban_import::{Format, parse_text};

/// (class, document, expected (item text start, role, name) in order).
type Rule = (&'static str, &'static str, &'static [(&'static str, Role, &'static str)]);

use Role::{Lead as L, Participant as P, Responsible as R};

const RULES: &[Rule] = &[
    (
        "2 collectives with an inner separator",
        "一、稳就业\n1. 开展返乡创业培训。（各乡、镇人民政府负责）\n2. 建立用工监测点。（各县、区人社部门，各相关部门和单位负责）\n3. 推进零工市场建设。（相关市、县政府负责）\n4. 落实稳岗返还政策。（市人社局，各县〔市、区〕政府负责）\n5. 排查欠薪隐患。（县人社局，各园区、镇（街道）负责）",
        &[
            ("开展返乡", R, "各乡、镇人民政府"),
            ("建立用工", R, "各县、区人社部门"),
            ("建立用工", R, "各相关部门和单位"),
            ("推进零工", R, "相关市、县政府"),
            ("落实稳岗", R, "市人社局"),
            ("落实稳岗", R, "各县〔市、区〕政府"),
            ("排查欠薪", R, "县人社局"),
            ("排查欠薪", R, "各园区、镇（街道）"),
        ],
    ),
    (
        "5 qualified labels",
        "一、优化营商环境\n1. 推行证照联办。\n牵头责任单位：区行政审批局\n协同责任单位：区市场监管局、区税务局\n2. 清理隐性壁垒。\n部门分工：区发改局牵头，区司法局配合\n3. 规范公文处理。\n责任科室：综合办、财务股",
        &[
            ("推行证照", L, "区行政审批局"),
            ("推行证照", R, "区市场监管局"),
            ("推行证照", R, "区税务局"),
            ("清理隐性", L, "区发改局"),
            ("清理隐性", P, "区司法局"),
            ("规范公文", R, "综合办"),
            ("规范公文", R, "财务股"),
        ],
    ),
    (
        "6 cell boundaries lost to single spaces, names stacked below",
        "2025年主要指标分工\n序号 主 要 指 标 牵头单位\n1 城镇新增就业3000人 区人社局\n2 粮食播种面积稳定在12万亩 区农业农村委\n区水利局\n",
        &[("城镇新增", L, "区人社局"), ("粮食播种", L, "区农业农村委"), ("粮食播种", L, "区水利局")],
    ),
    (
        "4 header words with a year, one cell per line",
        "附件\n\n序号\n\n2025年预期目标\n\n责任单位\n\n1\n\n外贸进出口增长6%\n\n县商务局\n\n2\n\n研发投入强度达到2.5%\n\n县科技局\n",
        &[("外贸进出", R, "县商务局"), ("研发投入", R, "县科技局")],
    ),
    (
        "7 a stated convention, inside a bracket, a sole name, an explicit 负责",
        "某县乡村振兴工作要点\n一、产业发展\n1. 培育农业龙头企业。（县农业农村局、县财政局负责，首位为牵头部门）\n2. 建设冷链仓储设施。（县商务局负责）",
        &[("培育农业", L, "县农业农村局"), ("培育农业", R, "县财政局"), ("建设冷链", L, "县商务局")],
    ),
    (
        "8 numbering separators beyond .．、",
        "一、民生保障\n1﹒新增养老床位200张。\n责任单位：市民政局\n2·改造背街小巷30条。\n责任单位：市住建局\n３．建成社区食堂12个。\n责任单位：市商务局",
        &[("新增养老", R, "市民政局"), ("改造背街", R, "市住建局"), ("建成社区", R, "市商务局")],
    ),
    (
        "3 a header word broken over two lines, a row without its empty cells, section rows between",
        "序号\n\n项目\n\n类别\n\n具体内容\n\n牵头\n\n部门\n\n相关责任部门\n\n完成\n\n时间\n\n一、公共服务\n\n21\n\n推进社区卫生服务站标准化建设\n\n卫健委\n\n各街道\n\n2027年\n\n22\n\n新建全民健身步道\n\n体育局\n\n各街道、镇\n\n2028年\n",
        &[
            ("推进社区", L, "卫健委"),
            ("推进社区", R, "各街道"),
            ("新建全民", L, "体育局"),
            ("新建全民", R, "各街道、镇"),
        ],
    ),
    (
        "5 other qualified labels, and a bracket followed by progress text",
        "一、农业\n1. 新建高标准农田5万亩。（牵头领导：张某，牵头单位：市农业农村局，数据提供单位：市统计局）已完成年度任务的60%",
        &[("新建高标", L, "市农业农村局"), ("新建高标", P, "市统计局")],
    ),
    (
        "3 cells on lines of their own between | lines, a merged 序号 cell over several measures, ★ marking the lead",
        "序号\n|\n项目\n|\n重点任务\n|\n分管领导\n|\n责任单位\n|\n一、社会事业\n|\n1\n|\n民生保障\n|\n1.新增普惠托位500个。\n|\n赵某\n|\n★县卫健局、县教育局\n|\n2.改造老旧小区12个。\n|\n县住建局*、县财政局\n|\n",
        &[
            ("新增普惠", L, "县卫健局"),
            ("新增普惠", R, "县教育局"),
            ("改造老旧", L, "县住建局"),
            ("改造老旧", R, "县财政局"),
        ],
    ),
    (
        "5 a person's label is left out",
        "一、招商引资\n1. 引进亿元以上项目20个。\n牵头负责领导：李某某\n牵头责任单位：区投促局",
        &[("引进亿元", L, "区投促局")],
    ),
    (
        "21 a heading whose sentences each close with a bracket",
        "一、稳定粮食生产\n（一）抓好春耕备耕。落实耕地地力保护补贴（区财政局负责）。开展农资打假专项行动（区市场监管局、区农业农村局按职责分工负责）。\n（二）丰富公共文化供给。新建城市书房10个。（区文旅局牵头，各街道配合）",
        &[
            ("落实耕地", R, "区财政局"),
            ("开展农资", R, "区市场监管局"),
            ("开展农资", R, "区农业农村局"),
            ("新建城市", L, "区文旅局"),
            ("新建城市", P, "各街道"),
        ],
    ),
    (
        "21 a flat list of one-bracket items: each title and its sentence are one measure",
        "一、老旧小区改造工程。改造城镇老旧小区300个。（责任单位：市住房城乡建设局）\n二、农村饮水提升工程。新建集中供水工程20处。（责任单位：市水利局、市农业农村局）",
        &[("老旧小区", R, "市住房城乡建设局"), ("农村饮水", R, "市水利局"), ("农村饮水", R, "市农业农村局")],
    ),
    (
        "21 items run on one line, the next numeral right after a bracket",
        "一、发展目标\n（一）粮食产量稳定在500亿斤以上。（县农业农村局负责）（二）城镇调查失业率控制在5.5%以内。（县人社局主办，县统计局协办）",
        &[("粮食产量", R, "县农业农村局"), ("城镇调查", L, "县人社局"), ("城镇调查", P, "县统计局")],
    ),
    (
        "17 tasks quoted after the bodies that carry them (supervision notices)",
        "二、存在问题\n部分事项进展缓慢，如区城管局负责的“完成背街小巷路灯更换工作。”目前仅完成三成；区水务局、区财政局负责的“推进城区雨污分流二期改造。”尚未开工。",
        &[("完成背街", R, "区城管局"), ("推进城区", R, "区水务局"), ("推进城区", R, "区财政局")],
    ),
    (
        "17 an item opening with the body that handles its quoted proposal",
        "（一）人大代表建议办理情况\n1.区卫健局承办的“关于增设社区卫生服务站的建议”（第3号）\n办理情况：已办结。",
        &[("区卫健局", R, "区卫健局")],
    ),
    (
        "5, 17 measures in one paragraph, each closed by a labelled phrase",
        "外贸保稳提质 部门分工：市商务局牵头，市税务局、海关配合。 森林覆盖率稳定 工作措施：完成造林五万亩。 部门分工：市林业局牵头，各县（区）政府配合。",
        &[
            ("外贸保稳", L, "市商务局"),
            ("外贸保稳", P, "市税务局"),
            ("外贸保稳", P, "海关"),
            ("森林覆盖", L, "市林业局"),
            ("森林覆盖", P, "各县（区）政府"),
        ],
    ),
    (
        "3, 4 one cell per line: a figure column with its unit in brackets, a 协同单位 column",
        "序号\n项目名称\n投资额（万元）\n牵头单位\n协同单位\n1\n新建社区食堂\n120\n区民政局\n各街道\n2\n改造公共厕所\n80\n区城管局\n区财政局\n",
        &[
            ("新建社区", L, "区民政局"),
            ("新建社区", P, "各街道"),
            ("改造公共", L, "区城管局"),
            ("改造公共", P, "区财政局"),
        ],
    ),
    (
        "5 a role label after a comma inside the item, a progress remark after it",
        "二、进展情况\n1、城区供水管网改造，牵头部门：区住建局。进度较慢的街道为东城街道。\n2、背街小巷提升，牵头部门：区城管局、区交通局。全部按期推进。",
        &[("城区供水", L, "区住建局"), ("背街小巷", L, "区城管局"), ("背街小巷", L, "区交通局")],
    ),
    (
        "13 a page opening with the last page's unit line, departments written after their measures",
        "责任单位：区教育局、区财政局\n2.建成社区嵌入式托育点十个。\n责任单位：区卫健委\n三、副区长牵头重点工作\n1.完成老旧小区加装电梯一百部。\n责任单位：区住建局、各街道",
        &[("建成社区", R, "区卫健委"), ("完成老旧", R, "区住建局"), ("完成老旧", R, "各街道")],
    ),
    (
        "— a line naming only a body above a list numbered from 1 (targets per unit)",
        "各单位年度考核目标\n潼南区政府\n1.地区生产总值增长6%。\n2.新增城镇就业3000人。\n区农业农村委\n1.粮食产量稳定在40万吨。\n",
        &[("地区生产", R, "潼南区政府"), ("新增城镇", R, "潼南区政府"), ("粮食产量", R, "区农业农村委")],
    ),
    (
        "4, 5 pinyin readings inside header words and labels (converted pages)",
        "序號 重點(diǎn)任務(wù) 牽頭責(zé)任單位 進(jìn)展情況\n1 新建公園兩處。 縣園林局 已開工\n2 改造農(nóng)貿(mào)市場。 縣商務(wù)局 已完成\n",
        &[("新建公園", L, "縣園林局"), ("改造農(", L, "縣商務(wù)局")],
    ),
    (
        "2, 5 主办单位 beside a 牵头 label; levels of one collective joined by 及",
        "一、农村改革\n5、推进农村公路养护改革。（牵头领导：李明；牵头单位：市交通局；主办单位：市财政局、各县（市）及相关区政府）",
        &[("推进农村", L, "市交通局"), ("推进农村", L, "市财政局"), ("推进农村", L, "各县（市）及相关区政府")],
    ),
    (
        "17 a sentence after the measure naming its unit (该目标责任单位为…)",
        "一、主要目标\n1.城镇新增就业2万人；该目标责任单位为区人社局。\n2.居民收入增长6%；该项目标的牵头单位为区发改委。",
        &[("城镇新增", R, "区人社局"), ("居民收入", L, "区发改委")],
    ),
    (
        "3 one cell per line: a 区政府 / 分管领导 header over two lines, section rows above the first index",
        "序号\n\n重点工作\n\n区政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n推动绿色低碳发展。\n\n（一）\n\n完善生态保护制度。\n\n1\n\n建成湿地公园两处。\n\n李 华\n\n区林业局\n\n区水务局\n\n2\n\n推进垃圾分类全覆盖。\n\n李 华\n\n区城管局\n\n各街道\n",
        &[
            ("建成湿地", L, "区林业局"),
            ("建成湿地", P, "区水务局"),
            ("推进垃圾", L, "区城管局"),
            ("推进垃圾", P, "各街道"),
        ],
    ),
    (
        "3, 4 one cell per line: a header word with a remark in brackets, a labelled line inside the units cell",
        "序号\n\n工作任务（本区3项配合工作）\n\n责任单位\n\n1\n\n推进跨区域医联体建设。\n\n区卫健局、区医保局\n\n市牵头单位：市卫健委\n\n2\n\n完善养老服务网络。\n\n区民政局\n",
        &[
            ("推进跨区", R, "区卫健局"),
            ("推进跨区", R, "区医保局"),
            ("推进跨区", L, "市卫健委"),
            ("完善养老", R, "区民政局"),
        ],
    ),
    (
        "9 a remark inside the assignment",
        "一、改善人居环境\n1. 整治村庄裸露垃圾。（责任单位：县住建局、县城管局，各街道办事处。以下各项涉及街道的，不再逐条注明）\n2. 疏浚河道沟渠。（责任单位：县水务局、县农业农村局(第一个单位为牵头单位,下同)）",
        &[
            ("整治村庄", R, "县住建局"),
            ("整治村庄", R, "县城管局"),
            ("整治村庄", R, "各街道办事处"),
            ("疏浚河道", L, "县水务局"),
            ("疏浚河道", R, "县农业农村局"),
        ],
    ),
    (
        "10 more role verbs",
        "一、安全生产\n1. 开展燃气隐患排查。（市应急局牵头，各区政府结合实际落实）\n2. 完善消防站点布局。（市消防救援支队指导，各区政府负责落实）",
        &[
            ("开展燃气", L, "市应急局"),
            ("开展燃气", R, "各区政府"),
            ("完善消防", R, "市消防救援支队"),
            ("完善消防", R, "各区政府"),
        ],
    ),
    (
        "11 other brackets",
        "一、教育\n1. 新建公办幼儿园三所。〔牵头单位：县教体局；配合单位：县自然资源局〕\n2. 推进集团化办学。【县教体局负责】",
        &[("新建公办", L, "县教体局"), ("新建公办", P, "县自然资源局"), ("推进集团", R, "县教体局")],
    ),
    (
        "12 分别牵头",
        "一、项目建设\n1. 推进两个园区扩区。（开发区管委会、高新区管委会分别牵头，区财政局配合）",
        &[("推进两个", L, "开发区管委会"), ("推进两个", L, "高新区管委会"), ("推进两个", P, "区财政局")],
    ),
    (
        "14 names that contain a role word",
        "一、督查\n1. 按月报送进展。（各专项牵头单位负责）\n2. 建立台账。（各责任单位负责）",
        &[("按月报送", R, "各专项牵头单位"), ("建立台账", R, "各责任单位")],
    ),
    (
        "2 a collective's head does not swallow the next body",
        "一、基层治理\n1. 推进网格化管理。（各街道、区直各部门负责）",
        &[("推进网格", R, "各街道"), ("推进网格", R, "区直各部门")],
    ),
    (
        "18 tails after 等",
        "一、防汛\n1. 完善山洪预警。（气象局、自然资源局等和各乡镇人民政府负责）\n2. 加固病险水库。（县水利局、县财政局等有关部门和单位负责）",
        &[
            ("完善山洪", R, "气象局"),
            ("完善山洪", R, "自然资源局"),
            ("完善山洪", R, "各乡镇人民政府"),
            ("加固病险", R, "县水利局"),
            ("加固病险", R, "县财政局"),
        ],
    ),
    (
        "20 several brackets in one measure",
        "一、文旅\n1. 举办非遗展演（市文广旅局牵头）。开展文旅消费季活动（市商务局负责）。",
        &[("举办非遗", L, "市文广旅局"), ("举办非遗", R, "市商务局")],
    ),
    (
        "22 a bare list in brackets",
        "一、农村物流\n1. 建设村级寄递服务站。（县邮政管理局、县供销社）\n2. 开展市、县两级联动（2025年底前）",
        &[("建设村级", R, "县邮政管理局"), ("建设村级", R, "县供销社")],
    ),
    (
        "headings that name the body of the measures below",
        "一、区文旅局牵头的工作（2项）\n1. 举办非遗集市。\n配合单位：区商务局\n2. 创建夜间文旅消费集聚区。\n二、综合执法大队职责\n1. 开展占道经营整治。\n2. 查处违规户外广告。",
        &[
            ("举办非遗", L, "区文旅局"),
            ("举办非遗", P, "区商务局"),
            ("创建夜间", L, "区文旅局"),
            ("开展占道", R, "综合执法大队"),
            ("查处违规", R, "综合执法大队"),
        ],
    ),
    (
        "主办 beside 协办, leaders by title, a paragraph that opens with its bodies",
        "一、建议办理\n1. 关于加快老城区停车设施建设的建议（主办单位：市城管局；协办单位：市公安局交警支队）\n2、开通城乡公交环线事宜\n由王某某副县长负责,县交通运输局牵头,县财政局配合,年内完成线路规划和车辆采购。",
        &[
            ("关于加快", L, "市城管局"),
            ("关于加快", P, "市公安局交警支队"),
            ("开通城乡", L, "县交通运输局"),
            ("开通城乡", P, "县财政局"),
        ],
    ),
    (
        "13 an assignment bracket alone on the line after a hard-wrapped measure",
        "一、水利\n1. 实施中小河流治理项目，完成河道整治45公里，新建堤防12公里，加固护岸\n（区水务局牵头，区财政局配合）\n2. 开展水土保持综合治理。（区水务局负责）",
        &[("实施中小", L, "区水务局"), ("实施中小", P, "区财政局"), ("开展水土", R, "区水务局")],
    ),
    (
        "15 names without a familiar suffix in a short phrase",
        "一、青年发展\n1. 实施青年就业见习计划。（团中央、人力资源社会保障部负责）\n2. 培育新型经营主体。（各地、各经营主体负责）",
        &[
            ("实施青年", R, "团中央"),
            ("实施青年", R, "人力资源社会保障部"),
            ("培育新型", R, "各地"),
            ("培育新型", R, "各经营主体"),
        ],
    ),
    (
        "16 an assignment written after a list of sub-measures",
        "一、医疗\n1. 提升基层医疗服务能力：\n（1）建设紧密型医共体；\n（2）推广家庭医生签约服务。\n（区卫健委牵头，区医保局配合）\n2. 完善急救体系。（区卫健委负责）",
        &[("提升基层", L, "区卫健委"), ("提升基层", P, "区医保局"), ("完善急救", R, "区卫健委")],
    ),
    (
        "a paragraph of duties, one clause per body, parted by ；",
        "一、防汛保障\n为做好汛期工作，明确分工如下：工程管理科牵头排查病险水闸；物资储备站负责抢险物资调运；水文监测中心做好雨情水情预报；办公室统筹值班值守和信息报送。",
        &[
            ("工程管理", L, "工程管理科"),
            ("物资储备", R, "物资储备站"),
            ("水文监测", R, "水文监测中心"),
            ("办公室统", R, "办公室"),
        ],
    ),
    (
        "24 会同",
        "一、交通\n1. 治理货车超限超载。（县交通局会同有关部门负责）\n2. 改造危桥。（县交通局会同县财政局负责）",
        &[("治理货车", R, "县交通局"), ("改造危桥", R, "县交通局"), ("改造危桥", P, "县财政局")],
    ),
    (
        "17 measures enumerated with 一是 / 二是 inside one paragraph, each with its bracket",
        "关于今冬明春农村工作的通报\n\n  今冬明春需要完成的任务有三项，分别是：一是整修灌溉渠道40公里（责任单位：区水务局）；二是发放冬季取暖补贴（责任单位：区民政局、各镇街）；三是培训高素质农民500人（责任单位：区农业农村局）。",
        &[
            ("整修灌溉", R, "区水务局"),
            ("发放冬季", R, "区民政局"),
            ("发放冬季", R, "各镇街"),
            ("培训高素", R, "区农业农村局"),
        ],
    ),
    (
        "17 a paragraph that says who does this work in a sentence of its own",
        "今年各项指标落实情况\n常住人口城镇化率提高1个百分点。这项工作由州住房城乡建设局负责，全年提高1.1个百分点。\n粮食产量稳定在60万吨。该项工作由州农业农村局牵头，全年产量61万吨。",
        &[("常住人口", R, "州住房城乡建设局"), ("粮食产量", L, "州农业农村局")],
    ),
    (
        "4 header words joined by 与 / 及, a period before a header word, unknown labels as many as known ones",
        "序号\n\n目标及要求\n\n上年基数\n\n本年增量\n\n责任单位\n\n1-9月完成情况\n\n1\n\n新增城镇就业岗位3000个。\n\n2800\n\n200\n\n县人社局\n\n已完成2400个。\n\n2\n\n改造老旧小区12个。\n\n8\n\n4\n\n县住建局\n\n已开工9个。\n",
        &[("新增城镇", R, "县人社局"), ("改造老旧", R, "县住建局")],
    ),
    (
        "3 one cell per line: trailing unknown labels before the first index, a person's name in an unnamed column, a second table after 附件2",
        "附件1\n序号\n实事名称\n年度目标\n包联领导\n牵头单位\n是否滞后\n备注\n7\n新建口袋公园6处。\n王建华\n区园林局\n否\n8\n开通社区巴士3条。\n李红梅\n区交通局\n是\n附件2\n重点改革任务清单\n序号\n改革事项\n责任单位\n1\n深化国资国企改革\n区国资委\n",
        &[("新建口袋", L, "区园林局"), ("开通社区", L, "区交通局"), ("深化国资", R, "区国资委")],
    ),
    (
        "headings that are a body's name with its other names in a bracket, measures ①② run together",
        "一、党政办公室（人大办、统计站）\n①起草年度工作报告；②组织全镇统计调查；③做好机关后勤保障。\n二、经济发展办公室（招商服务中心）\n①引进工业项目3个；②服务重点企业20家。",
        &[
            ("起草年度", R, "党政办公室"),
            ("组织全镇", R, "党政办公室"),
            ("做好机关", R, "党政办公室"),
            ("引进工业", R, "经济发展办公室"),
            ("服务重点", R, "经济发展办公室"),
        ],
    ),
    (
        "3 rows whose cells a pipe separates without a leading one, a merged first column printed once, a target column",
        "类别 | 实事项目 | 年度目标 | 责任单位 | 分管领导 | 1-6月份进展情况 |\n二、养老服务 | 5.新建社区养老驿站 | 建成驿站8个。 | 区民政局 | 张国强 | 已完成选址。 |\n6.开展老年助餐服务 | 新增助餐点15个。 | 区民政局、区商务局 | 张国强 | 正在招标。 | |\n",
        &[("新建社区", R, "区民政局"), ("开展老年", R, "区民政局"), ("开展老年", R, "区商务局")],
    ),
    (
        "4 a table without a header: a bare number, a cell that names only bodies, progress after it",
        "1 | 新建公共充电桩200个。 | 县发改局 | 已建成120个，完成60%。 | 按计划推进 |\n2 | 改造老旧供水管网15公里。 | 县水务局、县住建局 | 完成8公里。 | 按计划推进 |\n",
        &[("新建公共", R, "县发改局"), ("改造老旧", R, "县水务局"), ("改造老旧", R, "县住建局")],
    ),
    (
        "requests in meeting decisions and instructions (请X会同Y…, 请X牵头，Y配合)",
        "专题会议议定事项\n一、关于农贸市场改造。会议原则同意改造计划，请县商务局会同县市场监管局、县城管局于8月底前完成招标。\n二、关于校车安全。请县教育局牵头，县公安局配合，逐车开展安全检查。\n三、请各乡镇人民政府持续做好秸秆禁烧巡查。",
        &[
            ("关于农贸", R, "县商务局"),
            ("关于农贸", P, "县市场监管局"),
            ("关于农贸", P, "县城管局"),
            ("关于校车", L, "县教育局"),
            ("关于校车", P, "县公安局"),
            ("请各乡镇", R, "各乡镇人民政府"),
        ],
    ),
    (
        "a cited document number inside the assignment bracket, its 〕 lost",
        "一、惠企政策\n1. 对新上规模以上工业企业给予一次性奖励。（赣府发〔2023〕7号，市工信局、市财政局负责）\n2. 对新获批省级技术中心给予补助。(市政办[2024]3号,市发改委负责)\n3. 对首台套装备给予保费补贴。（赣工信发〔20235号，市工信局负责）",
        &[
            ("对新上规", R, "市工信局"),
            ("对新上规", R, "市财政局"),
            ("对新获批", R, "市发改委"),
            ("对首台套", R, "市工信局"),
        ],
    ),
    (
        "8 text laid out with a space between words: numbering (1 . / 二 、) and names (县 民政局)",
        "二 、 承接的年度重点任务\n\n1 . 提高城乡低保标准。\n\n责任单位: 县 民政局 、社会救助 中心\n\n2 . 推进农村公路养护。\n\n牵头单位:县 交通运输局\n\n责任单位: 各乡镇政府 、公路 管理 站\n",
        &[
            ("提高城乡", R, "县民政局"),
            ("提高城乡", R, "社会救助中心"),
            ("推进农村", L, "县交通运输局"),
            ("推进农村", R, "各乡镇政府"),
            ("推进农村", R, "公路管理站"),
        ],
    ),
    (
        "3 one cell per line: a list of units wrapped after 会同 and 、",
        "序号\n工作任务\n责任科室\n1\n完善档案管理制度。\n办公室会同\n人事科、\n财务科\n2\n开展业务骨干培训。\n业务科\n",
        &[("完善档案", R, "办公室"), ("完善档案", P, "人事科"), ("完善档案", P, "财务科"), ("开展业务", R, "业务科")],
    ),
    (
        "6 a table whose cells ran together, header included",
        "领域序号重点任务责任单位推进情况\n生态环境1空气质量优良天数比例达到85%。区生态环境分局已达到86.3%。\n生态环境2完成造林绿化1200亩。区林业局、区农业农村局已完成980亩。\n",
        &[("空气质量", R, "区生态环境分局"), ("完成造林", R, "区林业局"), ("完成造林", R, "区农业农村局")],
    ),
    (
        "5 主办单位 on a line of its own, in a document whose lists say 协办单位",
        "关于做好为民实事的通知\n（一）社区食堂工程：新建社区长者食堂8处。\n主办单位：民政事务局、东湖街道\n协办单位：财政局、市场监管局\n（二）口袋公园工程：建成口袋公园12个。\n主办单位：园林绿化中心\n协办单位：各街道",
        &[
            ("社区食堂", L, "民政事务局"),
            ("社区食堂", L, "东湖街道"),
            ("社区食堂", P, "财政局"),
            ("社区食堂", P, "市场监管局"),
            ("口袋公园", L, "园林绿化中心"),
            ("口袋公园", P, "各街道"),
        ],
    ),
    (
        "5 a content label run onto the names before it (line break lost)",
        "一、背街小巷整治项目\n牵头单位：区住建局\n责任单位：城关街道建设内容：整治背街小巷15条，改造雨污管网3公里。\n二、公办幼儿园扩容项目\n牵头单位：区教育局\n责任单位：区财政局任务目标：新增学位600个。",
        &[
            ("背街小巷", L, "区住建局"),
            ("背街小巷", R, "城关街道"),
            ("公办幼儿", L, "区教育局"),
            ("公办幼儿", R, "区财政局"),
        ],
    ),
    (
        "17 tasks listed and counted after their bodies in news prose",
        "某市今年办好8件民生实事\n据介绍，市民政局负责社区嵌入式托育点建设、困难老人居家适老化改造、孤儿基本生活费提标等三个项目；市水务局负责农村供水管网延伸和城区易涝点整治两个项目；市教育局、市体育局共同负责中小学体育场地错时开放项目。\n市体育局牵头承办的全民健身步道新建、社区健身器材更新等2件实事也已开工。",
        &[
            ("社区嵌入", R, "市民政局"),
            ("困难老人", R, "市民政局"),
            ("孤儿基本", R, "市民政局"),
            ("农村供水", R, "市水务局"),
            ("城区易涝", R, "市水务局"),
            ("中小学体", R, "市教育局"),
            ("中小学体", R, "市体育局"),
            ("全民健身", L, "市体育局"),
            ("社区健身", L, "市体育局"),
        ],
    ),
    (
        "17 quoted tasks each followed by a bracket of their bodies",
        "关于今年民生实事推进情况的通报\n截至十月底，“改造农村危旧房屋120户”（县住建局）、“新建乡镇垃圾中转站3座”（县城管局、县环卫中心）等项目进度滞后，“城区智慧停车”（县交警大队）已提前完成。",
        &[
            ("改造农村", R, "县住建局"),
            ("新建乡镇", R, "县城管局"),
            ("新建乡镇", R, "县环卫中心"),
            ("城区智慧", R, "县交警大队"),
        ],
    ),
    (
        "3 one cell per line without 序号: rows missing cells, a group's name between rows, figures, names run together",
        "附件\n某县2019年度目标任务分解表\n指标名称\n权重\n年度目标\n考评单位\n产业发展\n农业总产值增速\n4\n7.5%\n县农业农村局县统计局\n粮食播种面积\n2\n85.6\n县农业农村局\n乡村旅游接待人次\n2\n市场主体净增户数\n3\n1200\n县市场监管局\n",
        &[
            ("农业总产", R, "县农业农村局"),
            ("农业总产", R, "县统计局"),
            ("粮食播种", R, "县农业农村局"),
            ("乡村旅游", R, "县农业农村局"),
            ("市场主体", R, "县市场监管局"),
        ],
    ),
    (
        "3 a table drawn with box rules: cells wrapped over lines, a units cell merged over two rows, bullets inside one cell",
        "┌────────────┬──────┬────┐\n│ 重 点 工 作 │牵头单│时限│\n│            │  位  │    │\n├────────────┼──────┼────┤\n│扩大冬春蔬菜│区农业│3月 │\n│种植规模    │农村局│底前│\n├────────────┤、区供│    │\n│◆建设产地冷库│销社  │    │\n├────────────┼──────┼────┤\n│◆培训高素质农│区人社│    │\n│民300人次    │局    │    │\n└────────────┴──────┴────┘\n+------+----------------+----------+\n| 序号 | 任务           | 责任单位 |\n+------+----------------+----------+\n| 1    | 疏浚排涝沟渠   | 区水务局 |\n+------+----------------+----------+\n",
        &[
            ("扩大冬春", L, "区农业农村局"),
            ("扩大冬春", L, "区供销社"),
            ("建设产地", L, "区农业农村局"),
            ("建设产地", L, "区供销社"),
            ("培训高素", L, "区人社局"),
            ("疏浚排涝", R, "区水务局"),
        ],
    ),
    (
        "13 an excerpt opening on the unit lines of a measure left out, the list numbered from 7, each measure followed by its units",
        "联 系 人：王某\n责任单位：县文广旅体局\n7、建成乡镇综合文化站3个。\n联 系 人：李某\n责任单位：县文广旅体局、县财政局\n8、开展送戏下乡60场。\n联 系 人：赵某\n责任单位：县文化馆\n9、新建篮球场",
        &[("建成乡镇", R, "县文广旅体局"), ("建成乡镇", R, "县财政局"), ("开展送戏", R, "县文化馆")],
    ),
    (
        "5 two labelled sentences after a measure on its line, kept apart by a semicolon",
        "1.新增公共停车泊位800个。牵头单位:区城管局;配合单位:区交警大队、各街道办事处\n2.改造背街小巷12条。牵头单位:区住建局;责任单位:区城管局",
        &[
            ("新增公共", L, "区城管局"),
            ("新增公共", P, "区交警大队"),
            ("新增公共", P, "各街道办事处"),
            ("改造背街", L, "区住建局"),
            ("改造背街", R, "区城管局"),
        ],
    ),
    (
        "16 a run of measures on one line closed by one labelled sentence, a bracket still its own measure's",
        "三、畅通出行\n12.新增公交线路4条。 13.改造公交站台30个。 14.推广定制公交。 主要责任部门:市交通运输局、市公交集团。\n四、便民服务\n15.延长政务大厅服务时间。 16.推行帮办代办。(市行政审批局负责)\n",
        &[
            ("新增公交", L, "市交通运输局"),
            ("新增公交", L, "市公交集团"),
            ("改造公交", L, "市交通运输局"),
            ("改造公交", L, "市公交集团"),
            ("推广定制", L, "市交通运输局"),
            ("推广定制", L, "市公交集团"),
            ("推行帮办", R, "市行政审批局"),
        ],
    ),
    (
        "17, 20 an unnumbered paragraph whose brackets each close the sentences before them and a new sentence follows",
        "（三）促进消费回升。\n稳定汽车等大宗消费，开展家电以旧换新。（商务部牵头，财政部等按职责分工负责）扩大服务消费，发展银发经济。（民政部牵头，国家卫生健康委等按职责分工负责）\n",
        &[
            ("稳定汽车", L, "商务部"),
            ("稳定汽车", R, "财政部"),
            ("扩大服务", L, "民政部"),
            ("扩大服务", R, "国家卫生健康委"),
        ],
    ),
    (
        "17 duties written body first, one sentence each, after a reprint's page mark",
        "[接上页] 民政部门,负责困难群众临时救助。 住建部门,负责农村危房改造的鉴定和验收。 林业部门,指导村庄绿化和古树名木保护。 本方案自印发之日起施行。\n",
        &[("民政部门", R, "民政部门"), ("住建部门", R, "住建部门"), ("林业部门", R, "林业部门")],
    ),
    (
        "6 cells kept apart by single spaces under a header that ends a line of the cover letter",
        "现印发给你们，请认真组织实施。 附件：2019年工作任务分解表 序号 名称 工作任务 牵头责任单位\n1 城镇新增就业8000人以上。 人社局\n2 新增市场主体1.2万户。 市场监管局、行政审批局\n",
        &[("城镇新增", L, "人社局"), ("新增市场", L, "市场监管局"), ("新增市场", L, "行政审批局")],
    ),
    (
        "5 labels kept apart by spaces after a measure: persons and notes left out",
        "3.改造老旧供水管网12公里。 分管领导:王某某 责任单位:区水务局 项目负责人:李某 协办单位:区财政局、区城管局 进展情况:已完成招标\n",
        &[("改造老旧", R, "区水务局"), ("改造老旧", P, "区财政局"), ("改造老旧", P, "区城管局")],
    ),
    (
        "3 cells each on a line opened by a mark, a lone mark closing the row, merged cells printed once",
        "主责单位\n| 目 标 任 务\n| 协 作 单 位\n|\n区\n卫健\n委\n| 新建社区卫生服务站2个\n| 区财政局、各街道\n|\n家庭医生签约率达到45%\n|\n区\n民政局\n| 新增养老床位300张\n| 区住建局\n|\n",
        &[
            ("新建社区", L, "区卫健委"),
            ("新建社区", P, "区财政局"),
            ("新建社区", P, "各街道"),
            ("家庭医生", L, "区卫健委"),
            ("家庭医生", P, "区财政局"),
            ("家庭医生", P, "各街道"),
            ("新增养老", L, "区民政局"),
            ("新增养老", P, "区住建局"),
        ],
    ),
    (
        "2 a list closed by 等 and a level's collective (等县级有关部门) names only the bodies before it",
        "1.新建乡村公路30公里。\n牵头单位：县交通运输局\n配合单位：县财政局、县林业局等县级有关部门\n",
        &[("新建乡村", L, "县交通运输局"), ("新建乡村", P, "县财政局"), ("新建乡村", P, "县林业局")],
    ),
    (
        "3 one cell per line without 序号: numbered measures open the rows, cells wrapped over lines, a group between rows",
        "领域\n\n考核指标名称\n\n全年目标\n\n实际完成\n\n牵头部门\n\n民生保障\n\n1、新增城镇就业\n\n人数\n\n5000人\n\n以上\n\n5210人\n\n县人社局\n\n县总工会\n\n2、农村公路养护率\n\n95%\n\n96%\n\n县交通局\n\n生态环境\n\n3、空气优良天数\n\n比例\n\n85%\n\n87%\n\n县生态环境分局\n",
        &[
            ("新增城镇", L, "县人社局"),
            ("新增城镇", L, "县总工会"),
            ("农村公路", L, "县交通局"),
            ("空气优良", L, "县生态环境分局"),
        ],
    ),
    (
        "3 one cell per line: a lead column before the text columns, two projects under one 序号, an empty progress cell left out",
        "序号\n\n项目类别\n\n项目名称\n\n牵头单位\n\n具体内容\n\n工作进展情况\n\n责任单位\n\n1\n\n文体设施提升\n\n村级文化广场建设\n\n县文旅局\n\n在12个行政村新建文化广场,配套健身器材。\n\n已完成选址8处,3处进场施工。\n\n各乡镇\n\n农家书屋提档升级\n\n县委宣传部\n\n更新图书2万册,推行数字阅读终端。\n\n\n\n城关镇\n\n2\n\n养老服务\n\n居家养老服务提升\n\n县民政局\n\n建成居家养老服务站2处。\n\n主体完工。\n\n东关街道\n\n西关街道\n",
        &[
            // Each project's 具体内容 is its measure, with the project's units.
            ("村级文化", L, "县文旅局"),
            ("村级文化", R, "各乡镇"),
            ("在12个", L, "县文旅局"),
            ("在12个", R, "各乡镇"),
            ("农家书屋", L, "县委宣传部"),
            ("农家书屋", R, "城关镇"),
            ("更新图书", L, "县委宣传部"),
            ("更新图书", R, "城关镇"),
            ("居家养老", L, "县民政局"),
            ("居家养老", R, "东关街道"),
            ("居家养老", R, "西关街道"),
            ("建成居家", L, "县民政局"),
            ("建成居家", R, "东关街道"),
            ("建成居家", R, "西关街道"),
        ],
    ),
    (
        "17 a heading that names its lead (X牵头的工作), its measure on the next line or run onto it after a space",
        "一、李某负责的工作\n（一）区城管局牵头的工作\n推进垃圾分类，建成示范小区20个。\n协同部门：区财政局、各街道等。\n（二）区水务局牵头的工作 完成雨污分流改造5公里。 协同部门：区住建局。\n",
        &[
            ("推进垃圾", L, "区城管局"),
            ("推进垃圾", P, "区财政局"),
            ("推进垃圾", P, "各街道"),
            ("完成雨污", L, "区水务局"),
            ("完成雨污", P, "区住建局"),
        ],
    ),
    (
        "3 pipe rows that leave merged cells out: the lead cell, the 序号 and the units of sub-rows",
        "序号 | 实事内容 | 本月计划 | 牵头单位 | 完成情况 |\n1 | 新建城市书房4家。 | 完成选址。 | 区文广旅体局 | 已选址3家。 |\n2 | 改造提升老旧小区12个。 | 完成设计招标。 | 已完成招标。 | |\n3 | 新增公共停车泊位2000个。 | 开工建设。 | 区交通运输局 | 已开工。 |\n新建公交候车亭60座。 | 已建成45座。 | ||\n",
        &[
            ("新建城市", L, "区文广旅体局"),
            ("改造提升", L, "区文广旅体局"),
            ("新增公共", L, "区交通运输局"),
            ("新建公交", L, "区交通运输局"),
        ],
    ),
    (
        "17 news prose: a count before its bodies (有2项由X牵头，分别是A；B), sentences closed by 由X等分工负责",
        "记者获悉，需要市住建局参加的工作共9项，有2项由市住建局牵头，分别是推进老旧小区改造；加快城市地下管网更新。\n市住建局还参与多项工作。例如，推进数字政府建设，由市大数据局、市政务服务中心等分工负责。深化营商环境改革，由市发展改革委负责。\n",
        &[
            ("推进老旧", L, "市住建局"),
            ("加快城市", L, "市住建局"),
            ("推进数字", R, "市大数据局"),
            ("推进数字", R, "市政务服务中心"),
            ("深化营商", R, "市发展改革委"),
        ],
    ),
    (
        "2 the places concerned named by their level (相关乡镇, 有关村居) are a collective",
        "1. 新建村级农贸市场2个。(牵头单位:县商务局;共同责任单位:相关乡镇)\n2. 改造农村危房300户。(责任单位:县住建局、有关村居)\n3. 建设产业园区标准厂房。(区发改委主办,相关板块协办)\n",
        &[
            ("新建村级", L, "县商务局"),
            ("新建村级", R, "相关乡镇"),
            ("改造农村", R, "县住建局"),
            ("改造农村", R, "有关村居"),
            ("建设产业", L, "区发改委"),
            ("建设产业", P, "相关板块"),
        ],
    ),
    (
        "3, 4 one cell per line: a 序号 column the header does not name (merged with 具体要求), rows under a merged 工作任务",
        "工作任务\n|\n具体要求\n|\n责任股室\n|\n完成时限\n|\n规范执法公示\n|\n1\n|\n全面公开行政执法主体、权限和依据。\n|\n法规股\n|\n6月底前\n|\n2\n|\n按时公开行政处罚决定。\n|\n各股室\n|\n持续推进\n|\n加强政策解读\n|\n3\n|\n重要政策同步发布解读材料。\n|\n办公室\n|\n年底前\n|\n",
        &[
            ("全面公开", R, "法规股"),
            // The group's cell, printed on its first row, takes that row's units too.
            ("规范执法", R, "法规股"),
            ("按时公开", R, "各股室"),
            ("重要政策", R, "办公室"),
            ("加强政策", R, "办公室"),
        ],
    ),
    (
        "3 one cell per line without a header, each line closed by a mark: a units line (X牵头，Y配合 or names alone) below each measure, then its deadline",
        "一、深化财务公开 |\n1.按季度公开部门预算执行情况。 |\n财务科牵头,各业务科配合。 |\n长期 |\n2.规范政府采购信息发布。 |\n采购中心 |\n年底前 |\n二、强化执法公开 |\n3.公示行政处罚裁量基准。 |\n执法大队、法规科 |\n6月底前 |\n",
        &[
            ("按季度公", L, "财务科"),
            ("按季度公", P, "各业务科"),
            ("规范政府", R, "采购中心"),
            ("公示行政", R, "执法大队"),
            ("公示行政", R, "法规科"),
        ],
    ),
    (
        "13 numbers glued to their titles (1优化…) in sequence, each followed by its labelled lead",
        "一、健康服务工程\n1推进家庭医生签约\n牵头单位:区卫健委\n完成情况:达到序时进度\n2完善社区养老服务\n牵头单位:区民政局、区卫健委\n二、出行便利工程\n1优化公交线网\n牵头单位:区交通局\n",
        &[
            ("推进家庭", L, "区卫健委"),
            ("完善社区", L, "区民政局"),
            ("完善社区", L, "区卫健委"),
            ("优化公交", L, "区交通局"),
        ],
    ),
    (
        "3 one cell per line: a group numeral and name on lines of their own in a merged 项目名称 column, the measure in 项目内容",
        "项目名称\n\n项目内容\n\n责任单位\n\n(一)\n\n城乡建设提质\n\n完成老旧小区改造20个\n\n区住建局、各街道\n\n新增口袋公园8个\n\n区园林局\n\n(二)\n\n公共服务提升\n\n新建社区食堂10家\n\n区民政局、各街道\n",
        &[
            ("完成老旧", R, "区住建局"),
            ("完成老旧", R, "各街道"),
            ("新增口袋", R, "区园林局"),
            ("新建社区", R, "区民政局"),
            ("新建社区", R, "各街道"),
        ],
    ),
    (
        "17 a units sentence after each measure with 办理 (A、B，以及各有关单位办理) and towns that 参照落实",
        "1.公开年度财政预算和决算信息。\n县财政局、县审计局,以及各有关单位办理。\n2.公开重大建设项目批准和实施信息。\n县发展改革局牵头,县直有关部门配合;各乡镇参照落实。\n",
        &[
            ("公开年度", R, "县财政局"),
            ("公开年度", R, "县审计局"),
            ("公开年度", R, "各有关单位"),
            ("公开重大", L, "县发展改革局"),
            ("公开重大", P, "县直有关部门"),
            ("公开重大", R, "各乡镇"),
        ],
    ),
    (
        "2 a verb ending in 行 (请认真组织执行) is no bank: the cover letter assigns nobody",
        "现将《工作方案》印发给你们，请认真组织执行。\n1.改造农村公路20公里。（县交通运输局负责，县人行配合）\n",
        &[("改造农村", R, "县交通运输局"), ("改造农村", P, "县人行")],
    ),
    (
        "3, 4 a pipe header broken over two lines, rows after the first short of the merged 工作任务 cell",
        "重点任务 | 具体要求\n| 责任单位 |\n一、推进执法公开。 | 1.公示执法人员信息。 | 县司法局;各乡镇 |\n2.公开行政检查计划。 | 县市场监管局牵头,县直有关部门配合 |\n",
        &[
            ("公示执法", R, "县司法局"),
            ("公示执法", R, "各乡镇"),
            ("公开行政", L, "县市场监管局"),
            ("公开行政", P, "县直有关部门"),
        ],
    ),
    (
        "5 the other bodies that act by their functions (按职能分工落实) are responsible",
        "1.建成全县统一的政策文件库。（县政府办公室、县司法局牵头，县直其他单位按职能分工落实）\n",
        &[("建成全县", L, "县政府办公室"), ("建成全县", L, "县司法局"), ("建成全县", R, "县直其他单位")],
    ),
    (
        "10 a notice asking everyone it is sent to (请各有关单位…) assigns nobody; a request to a body does",
        "现将分解方案印发给你们，请各有关单位对照任务抓好落实。\n1.推进智慧停车建设。请县公安局会同县城管局于6月底前提出方案。\n",
        &[("推进智慧", R, "县公安局"), ("推进智慧", P, "县城管局")],
    ),
    (
        "13 PDF text: a measure wrapped over lines, its last line a sentence's tail and its bracket (水平。(牵头单位:…))",
        "1)推进城乡供水一体化改造,新建和改造供水管网不少于\n800公里。(牵头单位:市水利局)\n2)加强农村公路养护管理,提升列养率达到100%及以上的\n水平。(牵头单位:市交通运输局)\n",
        &[("推进城乡", L, "市水利局"), ("加强农村", L, "市交通运输局")],
    ),
    (
        "4 an assessing column (评分部门) beside the doers' column assigns nobody",
        "| 序号 | 工作任务 | 责任部门 | 评分部门 |\n|---|---|---|---|\n| 1 | 新建村级养老服务站6个 | 县民政局 | 市民政局 |\n| 2 | 完成林相改造800亩 | 县林业局、县财政局 | 市林业局 |\n",
        &[("新建村级", R, "县民政局"), ("完成林相", R, "县林业局"), ("完成林相", R, "县财政局")],
    ),
];

/// Every (item text, role, name) of a plan, in reading order.
fn triples(items: &[Item], out: &mut Vec<(String, Role, String)>) {
    for item in items {
        for a in &item.assignments {
            out.push((item.text.clone(), a.role, a.as_written.to_string()));
        }
        triples(&item.children, out);
    }
}

fn show(p: &Parsed) -> String {
    serde_json::to_string_pretty(&p.plan).unwrap_or_default()
}

#[test]
fn every_rule_yields_what_a_reader_expects() {
    let mut failures = Vec::new();
    for (class, document, expected) in RULES {
        let parsed = parse_text(document, Format::Text);
        let mut got = Vec::new();
        triples(&parsed.plan.items, &mut got);
        let got_short: Vec<(String, Role, String)> =
            got.iter().map(|(t, r, n)| (t.chars().take(4).collect(), *r, n.clone())).collect();
        let want: Vec<(String, Role, String)> =
            expected.iter().map(|(t, r, n)| (t.to_string(), *r, n.to_string())).collect();
        if got_short != want {
            failures.push(format!("class {class}:\n  want {want:?}\n  got  {got_short:?}\n{}", show(&parsed)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Class 19: a table far into a wrapper, or escaped once, is found.
#[test]
fn tables_inside_wrappers_are_found() {
    let filler = "-- 站点备份\n".repeat(600);
    let row = "<tr><td>1</td><td>建设乡村振兴示范带</td><td>县农业农村局</td></tr>";
    let header = "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>";
    let sql = format!("{filler}INSERT INTO `article` VALUES (7,'{header}{row}</table>');\n");
    let escaped = format!(
        "{filler}INSERT INTO cms_content VALUES ('{}');\n",
        format!("{header}{row}</table>").replace('<', "&lt;").replace('>', "&gt;")
    );
    for doc in [sql, escaped] {
        let parsed = duban_import::parse(doc.as_bytes(), &duban_import::Options::default()).expect("parsed");
        let mut got = Vec::new();
        triples(&parsed.plan.items, &mut got);
        assert_eq!(got, vec![("建设乡村振兴示范带".to_string(), L, "县农业农村局".to_string())], "{}", show(&parsed));
    }
}

/// Class 23: one `<p>` per department in a table cell gives all of them to
/// the row; class 25: a section row (`一、` in the number cell) with its own
/// content and unit is an item with that unit.
#[test]
fn html_cells_with_a_paragraph_per_department_and_section_rows() {
    let doc = "<table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>\
        <tr><td>一、</td><td>优化政务服务</td><td>区政务服务中心</td></tr>\
        <tr><td>1</td><td>推行“一件事一次办”。</td><td><p>区政务服务中心</p><p>区数据局</p><p>区司法局</p></td></tr>\
        <tr><td>2</td><td>建设“15分钟政务服务圈”。</td><td><p>各街道办事处</p></td></tr></table>";
    let parsed = duban_import::parse_text(doc, Format::Html);
    let mut got = Vec::new();
    triples(&parsed.plan.items, &mut got);
    let got: Vec<(String, Role, String)> =
        got.into_iter().map(|(t, r, n)| (t.chars().take(4).collect(), r, n)).collect();
    let want: Vec<(String, Role, String)> = [
        ("优化政务", R, "区政务服务中心"),
        ("推行“一", R, "区政务服务中心"),
        ("推行“一", R, "区数据局"),
        ("推行“一", R, "区司法局"),
        ("建设“1", R, "各街道办事处"),
    ]
    .iter()
    .map(|(t, r, n)| (t.to_string(), *r, n.to_string()))
    .collect();
    assert_eq!(got, want, "{}", show(&parsed));
}

/// The cover letter's attachment list names documents: no items, and the
/// table's own title is the plan's title.
#[test]
fn an_attachment_list_is_not_items() {
    let doc = "各镇人民政府，县直各单位：\n现将有关事项通知如下。\n附件：1. 2024年县政府民生实事分解表\n2. 2024年县政府重点改革任务清单\n某县人民政府办公室\n2024年2月1日\n2024年县政府民生实事分解表\n1. 新建城乡公交候车亭50个。（县交通运输局负责）\n2. 改造农村危房120户。（县住建局负责）";
    let parsed = parse_text(doc, Format::Text);
    assert_eq!(parsed.plan.title.as_deref(), Some("2024年县政府民生实事分解表"), "{}", show(&parsed));
    let texts: Vec<&str> = parsed.plan.items.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, vec!["新建城乡公交候车亭50个。", "改造农村危房120户。"], "{}", show(&parsed));
}

/// A date of issue alone on a line after the table is not the last
/// measure's deadline.
#[test]
fn a_date_of_issue_is_not_a_deadline() {
    let doc = "序号\t重点任务\t责任单位\t完成时限\n1\t建成区域医疗中心。\t市卫健委\t2025年底前\n2\t新增公办学位2000个。\t市教育局\t\n\n某市人民政府办公室\n2024年3月5日\n";
    let parsed = parse_text(doc, Format::Text);
    let deadlines: Vec<Option<&str>> =
        parsed.plan.items.iter().map(|i| i.deadline.as_ref().map(|d| d.as_written.as_str())).collect();
    assert_eq!(deadlines, vec![Some("2025年底前"), None], "{}", show(&parsed));
}

/// Item 7 of the generality issue: every assignment says what its role rests
/// on — a verb, a label, a column, a stated convention, a heading carried
/// down, a bare list, or a pairing guessed by order.
#[test]
fn each_assignment_records_its_basis() {
    use duban_core::Basis;
    let doc = "镇重点工作分工表\n\
        一、人居环境整治\n\
        1.清理河塘沟渠。（镇农业办牵头，各村配合）\n\
        2.拆除违章搭建。（镇城管中队、镇派出所）\n\
        3.建设垃圾中转站。（责任单位：镇环卫所）\n\
        二、镇民政办牵头的工作\n\
        1.走访困难群众。\n\
        2.发放救助资金。\n";
    let parsed = parse_text(doc, Format::Text);
    let mut got: Vec<(String, String, Basis)> = Vec::new();
    for item in parsed.plan.all_items() {
        for a in &item.assignments {
            got.push((item.text.chars().take(4).collect(), a.as_written.to_string(), a.basis));
        }
    }
    let want: Vec<(String, String, Basis)> = [
        ("清理河塘", "镇农业办", Basis::Verb),
        ("清理河塘", "各村", Basis::Verb),
        ("拆除违章", "镇城管中队", Basis::BareList),
        ("拆除违章", "镇派出所", Basis::BareList),
        ("建设垃圾", "镇环卫所", Basis::Label),
        ("走访困难", "镇民政办", Basis::Carried),
        ("发放救助", "镇民政办", Basis::Carried),
    ]
    .iter()
    .map(|(t, n, b)| (t.to_string(), n.to_string(), *b))
    .collect();
    assert_eq!(got, want, "{}", show(&parsed));

    // Three measures and two phrases in one row: paired by order, a guess.
    let row = "三、平安建设\t<p>1. 排查矛盾纠纷。</p> <p>2. 整治交通隐患。</p> <p>3. 开展消防演练。</p>\t<p>镇综治办负责</p> <p>镇交管站负责</p>\n";
    let parsed = parse_text(row, Format::Text);
    let bases: Vec<(String, Basis)> = parsed
        .plan
        .all_items()
        .iter()
        .flat_map(|i| i.assignments.iter().map(|a| (a.as_written.to_string(), a.basis)))
        .collect();
    assert_eq!(
        bases,
        vec![("镇综治办".to_string(), Basis::Guessed), ("镇交管站".to_string(), Basis::Guessed)],
        "{}",
        show(&parsed)
    );

    // A column, and the document's convention that the first listed leads.
    let table = "注：责任单位中列第一位的为牵头单位。\n\
        | 序号 | 工作任务 | 责任单位 |\n| 1 | 改造农贸市场 | 区商务局、区市场监管局 |\n";
    let parsed = parse_text(table, Format::Text);
    let bases: Vec<(Role, Basis)> =
        parsed.plan.all_items().iter().flat_map(|i| i.assignments.iter().map(|a| (a.role, a.basis))).collect();
    assert_eq!(bases, vec![(L, Basis::Convention), (R, Basis::Convention)], "{}", show(&parsed));
    let plain = parse_text("| 序号 | 工作任务 | 牵头单位 |\n| 1 | 改造农贸市场 | 区商务局 |\n", Format::Text);
    let bases: Vec<Basis> = plain.plan.all_items().iter().flat_map(|i| i.assignments.iter().map(|a| a.basis)).collect();
    assert_eq!(bases, vec![Basis::Column], "{}", show(&plain));
}
