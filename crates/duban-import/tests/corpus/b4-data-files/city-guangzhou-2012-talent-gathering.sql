-- -------------------------------------------
SET AUTOCOMMIT=0;
START TRANSACTION;
SET SQL_QUOTE_SHOW_CREATE = 1;
SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0;
SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0;
-- -------------------------------------------
-- -------------------------------------------
-- START BACKUP
-- -------------------------------------------
-- -------------------------------------------
-- TABLE `article`
-- -------------------------------------------
DROP TABLE IF EXISTS `article`;
CREATE TABLE IF NOT EXISTS `article` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `alias` varchar(255) NOT NULL COMMENT '链接别名',
  `category_id` int(10) unsigned NOT NULL COMMENT '分类id',
  `model_name` varchar(30) NOT NULL COMMENT '模型名称',
  `title` varchar(100) NOT NULL COMMENT '标题',
  `title_color` char(6) NOT NULL COMMENT '标题颜色',
  `subtitle` varchar(100) NOT NULL COMMENT '副标题',
  `summary` varchar(255) NOT NULL COMMENT '摘要',
  `picture` char(32) DEFAULT NULL COMMENT '图片hash',
  `source` varchar(100) NOT NULL COMMENT '来源',
  `author` varchar(30) NOT NULL COMMENT '作者',
  `tags` varchar(255) NOT NULL COMMENT '标签',
  `user_id` int(10) unsigned NOT NULL COMMENT '发布用户id',
  `update_user_id` int(10) unsigned NOT NULL COMMENT '更新用户id',
  `status` tinyint(4) NOT NULL COMMENT '状态',
  `template` varchar(30) NOT NULL COMMENT '视图模版',
  `power` int(11) NOT NULL COMMENT '权重',
  `position` tinyint(4) NOT NULL COMMENT '位置',
  `views` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '流量量',
  `created_at` int(10) unsigned NOT NULL COMMENT '创建时间',
  `updated_at` int(10) unsigned DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 COMMENT='文章';

-- -------------------------------------------
-- TABLE `article_profile`
-- -------------------------------------------
DROP TABLE IF EXISTS `article_profile`;
CREATE TABLE IF NOT EXISTS `article_profile` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `article_id` int(10) unsigned NOT NULL COMMENT '文章id',
  `content` text NOT NULL COMMENT '内容',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 COMMENT='文章副表';

-- -------------------------------------------
-- TABLE `category`
-- -------------------------------------------
DROP TABLE IF EXISTS `category`;
CREATE TABLE IF NOT EXISTS `category` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `root` int(10) unsigned DEFAULT NULL,
  `lft` int(10) unsigned NOT NULL,
  `rgt` int(10) unsigned NOT NULL,
  `level` smallint(5) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `model_name` varchar(30) DEFAULT NULL COMMENT '所属模型名称',
  `template` varchar(30) NOT NULL COMMENT '指定视图',
  `status` tinyint(1) NOT NULL COMMENT '是否显示到导航',
  PRIMARY KEY (`id`),
  KEY `root` (`root`),
  KEY `lft` (`lft`),
  KEY `rgt` (`rgt`),
  KEY `level` (`level`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8 COMMENT='分类表';

-- -------------------------------------------
-- TABLE `contact`
-- -------------------------------------------
DROP TABLE IF EXISTS `contact`;
CREATE TABLE IF NOT EXISTS `contact` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `name` varchar(30) NOT NULL,
  `title` varchar(255) NOT NULL,
  `phone` varchar(30) NOT NULL,
  `email` varchar(255) NOT NULL,
  `content` text NOT NULL,
  `ip` varchar(255) NOT NULL,
  `updated_at` int(10) unsigned NOT NULL,
  `created_at` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='留言';

-- -------------------------------------------
-- TABLE `link`
-- -------------------------------------------
DROP TABLE IF EXISTS `link`;
CREATE TABLE IF NOT EXISTS `link` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `pid` int(10) unsigned NOT NULL,
  `title` varchar(30) NOT NULL COMMENT '标题',
  `url` varchar(255) NOT NULL COMMENT '链接',
  `target` tinyint(1) unsigned NOT NULL COMMENT '是否新窗口打开',
  `type` int(1) unsigned NOT NULL COMMENT '类型',
  `power` tinyint(3) unsigned NOT NULL COMMENT '排序',
  `visible` tinyint(1) NOT NULL COMMENT '是否显示',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8 COMMENT='链接表';

-- -------------------------------------------
-- TABLE `post`
-- -------------------------------------------
DROP TABLE IF EXISTS `post`;
CREATE TABLE IF NOT EXISTS `post` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
  `category_id` int(10) unsigned NOT NULL COMMENT '分类',
  `model` varchar(10) NOT NULL COMMENT '所属模型',
  `title` varchar(128) NOT NULL COMMENT '标题',
  `alias` varchar(128) NOT NULL COMMENT '别名',
  `image_name` varchar(255) DEFAULT NULL COMMENT '图片',
  `file_name` varchar(255) NOT NULL DEFAULT '' COMMENT '文件',
  `tinyint1` tinyint(1) NOT NULL DEFAULT '0',
  `int10` int(10) unsigned NOT NULL DEFAULT '0',
  `char32` char(32) NOT NULL DEFAULT '',
  `varchar30` varchar(30) NOT NULL DEFAULT '',
  `varchar50` varchar(50) NOT NULL DEFAULT '',
  `varchar100` varchar(100) NOT NULL DEFAULT '',
  `varchar128` varchar(128) NOT NULL DEFAULT '',
  `content` text COMMENT '内容',
  `status` tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT '状态',
  `weight` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '排序',
  `view` varchar(30) NOT NULL COMMENT '视图文件',
  `created_at` int(10) unsigned NOT NULL DEFAULT '0',
  `updated_at` int(10) unsigned NOT NULL DEFAULT '0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `alias` (`alias`)
) ENGINE=InnoDB AUTO_INCREMENT=98 DEFAULT CHARSET=utf8 COMMENT='单篇文章';

-- -------------------------------------------
-- TABLE `provinces`
-- -------------------------------------------
DROP TABLE IF EXISTS `provinces`;
CREATE TABLE IF NOT EXISTS `provinces` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `root` int(10) unsigned DEFAULT NULL,
  `lft` int(10) unsigned NOT NULL,
  `rgt` int(10) unsigned NOT NULL,
  `level` smallint(5) unsigned NOT NULL,
  `name` varchar(255) NOT NULL,
  `status` tinyint(1) NOT NULL COMMENT '是否显示',
  PRIMARY KEY (`id`),
  KEY `root` (`root`),
  KEY `lft` (`lft`),
  KEY `rgt` (`rgt`),
  KEY `level` (`level`)
) ENGINE=InnoDB AUTO_INCREMENT=3724 DEFAULT CHARSET=utf8 COMMENT='省市区';

-- -------------------------------------------
-- TABLE `settings`
-- -------------------------------------------
DROP TABLE IF EXISTS `settings`;
CREATE TABLE IF NOT EXISTS `settings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `category` varchar(64) NOT NULL DEFAULT 'system',
  `key` varchar(255) NOT NULL,
  `value` text NOT NULL,
  PRIMARY KEY (`id`),
  KEY `category_key` (`category`,`key`)
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8;

-- -------------------------------------------
-- TABLE `tbl_migration`
-- -------------------------------------------
DROP TABLE IF EXISTS `tbl_migration`;
CREATE TABLE IF NOT EXISTS `tbl_migration` (
  `version` varchar(255) NOT NULL,
  `apply_time` int(11) DEFAULT NULL,
  PRIMARY KEY (`version`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8;

-- -------------------------------------------
-- TABLE `user`
-- -------------------------------------------
DROP TABLE IF EXISTS `user`;
CREATE TABLE IF NOT EXISTS `user` (
  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
  `username` varchar(30) NOT NULL,
  `password` char(32) NOT NULL,
  `email` varchar(255) NOT NULL,
  `login_at` int(10) unsigned NOT NULL DEFAULT '0',
  `created_at` int(10) unsigned NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='用户表';

-- -------------------------------------------
-- TABLE DATA article
-- -------------------------------------------
INSERT INTO `article` (`id`,`alias`,`category_id`,`model_name`,`title`,`title_color`,`subtitle`,`summary`,`picture`,`source`,`author`,`tags`,`user_id`,`update_user_id`,`status`,`template`,`power`,`position`,`views`,`created_at`,`updated_at`) VALUES
('1','7b03150efce5249f3e007628b8a32db2','2','article','first test','','','first test content','','','','','1','1','1','article','0','0','0','1395386357','1395388769');



-- -------------------------------------------
-- TABLE DATA article_profile
-- -------------------------------------------
INSERT INTO `article_profile` (`id`,`article_id`,`content`) VALUES
('1','1','<p>first test content</p>');



-- -------------------------------------------
-- TABLE DATA category
-- -------------------------------------------
INSERT INTO `category` (`id`,`root`,`lft`,`rgt`,`level`,`name`,`model_name`,`template`,`status`) VALUES
('1','1','1','4','1','root','','article','0');
INSERT INTO `category` (`id`,`root`,`lft`,`rgt`,`level`,`name`,`model_name`,`template`,`status`) VALUES
('2','1','2','3','2','我的生活','','article','0');



-- -------------------------------------------
-- TABLE DATA link
-- -------------------------------------------
INSERT INTO `link` (`id`,`pid`,`title`,`url`,`target`,`type`,`power`,`visible`) VALUES
('1','0','首页','/','1','1','0','1');
INSERT INTO `link` (`id`,`pid`,`title`,`url`,`target`,`type`,`power`,`visible`) VALUES
('2','0','关于我们','/c/2','1','1','0','1');
INSERT INTO `link` (`id`,`pid`,`title`,`url`,`target`,`type`,`power`,`visible`) VALUES
('3','0','最新动态','/c/6','0','1','0','1');
INSERT INTO `link` (`id`,`pid`,`title`,`url`,`target`,`type`,`power`,`visible`) VALUES
('4','0','众谋作品','/c/8','0','1','0','1');
INSERT INTO `link` (`id`,`pid`,`title`,`url`,`target`,`type`,`power`,`visible`) VALUES
('5','0','专业设备','/site/page/view/equipment','0','1','0','1');
INSERT INTO `link` (`id`,`pid`,`title`,`url`,`target`,`type`,`power`,`visible`) VALUES
('6','0','服务客户','/c/5','0','1','0','1');
INSERT INTO `link` (`id`,`pid`,`title`,`url`,`target`,`type`,`power`,`visible`) VALUES
('7','0','联系我们','/site/page/view/contact','0','1','0','1');



-- -------------------------------------------
-- TABLE DATA post
-- -------------------------------------------
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('1','1','post','企业文化','8e6b27f095a33a3d8474f6937ddd896f','','','0','0','','','','','企业文化','<p>
      <br>
	<span   style=\"font-size: 18px; \"><strong>企业使命：</strong>凝聚智慧，慧就健康<br>
	<br>
	<strong>企业团队文化：</strong>交流、学习、调整<br>
	<br>
	<strong>企业行动文化：</strong>大道行于至简，卓越源于执着<br>
	<br>
	<strong>企业品质文化：</strong>只与卓越为伍</span></p>','1','100','post','1387730061','1394443703');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('3','1','post','集团介绍','824914af710980d176e34ce1707145a8','','','0','0','','','','','广东博士俱乐部集团简介','<p>
	<span  style=\"font-size: 16px; \">    广东博士俱乐部集团是全球性的博士资源整合运营机构。秉承“大道行于至简，卓越源于执着”的企业文化，以“凝聚智慧、慧就健康”为企业使命，充分凝聚<st1>国内外博士、院士的智慧，整合高等院校、科研院所、科技类社会组织等资源，在区域、行业、企业建立博士服务站和人才驿站，把广大科技工作者的创新智慧凝聚到实施创新驱动发展战略中，为区域、行业、企事业单位、社会组织等提供人才、科技、健康、文化、生态等专业服务。</st1></span></p><p>
	<span  style=\"font-size: 16px; \"><st1><br>
	</st1></span></p><p>
	<st1><span  style=\"font-size: 16px; \">    广东博士俱乐部集团与广州市科协共建了广州市科技创新联盟、广州市科技类社会组织孵化培育基地；发起成立了广东健康产业促进会、广州市科技类社会组织服务中心两个社团组织；投资兴建了广州市科技类社会组织孵化培育基地交流中心、广东博士长盛谷温泉养生基地。</span></st1></p><p>
	<st1><span  style=\"font-size: 16px; \"><br>
	</span></st1></p><p>
	<st1><span  style=\"font-size: 16px; \">    广东博士俱乐部集团将紧贴时代脉搏，抓住实施创新驱动发展战略的新机遇，在促进科技创新与经济社会发展深度融合中发挥应有的作用。</span></st1></p>','1','99','post','1387811687','1395105734');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('4','26','project','综合服务','5be3e669670046bc00fdf944f399de4b','d88a31b261506b888d3ea3c765b4cb34.jpg','','0','0','','','','','一、科技类社会组织服务
文秘服务：代办注册、代办变更和年检服务；前台秘书服务：为入孵协会提供收发传真、代联系收发件服务、联系停车位服务、代购办公用品服务等行政服务；二、财税专业服务
财务专业服务：...','<p><strong><span   style=\"font-size: 16px; \">一、科技类社会组织服务</span></strong></p><ul><li><span   style=\"font-size: 16px; \">文秘服务：代办注册、代办变更和年检服务；</span></li><li><span   style=\"font-size: 16px; \">前台秘书服务：为入孵协会提供收发传真、代联系收发件服务、联系停车位服务、代购办公用品服务等行政服务；</span></li></ul><p><strong><span   style=\"font-size: 16px; \">二、财税专业服务</span></strong></p><ul><li><span   style=\"font-size: 16px; \">财务专业服务：代理记帐、代办年检；审查企业会计报表，出具审计报告；验证企业资本，出具验资报告；办理企业合并、分立、清算事宜中的审计业务，出具有关的报告等；</span></li><li><span   style=\"font-size: 16px; \">项目可行性研究：包括企业股份制改造、上市、企业兼并、重组的评价、论证及策划；</span></li><li><span   style=\"font-size: 16px; \">税务专业服务：税务咨询（顾问）、税收筹划、减免退税申报、企业所得税汇算清缴、税前弥补亏损和财产损失鉴证及其他税务服务并出具有关的报告等；</span></li></ul><p><strong><span   style=\"font-size: 16px; \">三、资产评估专业服务</span></strong></p><ul><li><span   style=\"font-size: 16px; \">整体资产评估：包括企业股份制改造，企业兼并、中外合资、合作、投资入股、产权转让、重组、清算等；</span></li><li><span   style=\"font-size: 16px; \">单项资产评估：包括各类房屋建筑物、机器设备、流动资产、在建工程、土地使用权及专利权、商标、商誉等无形资产的评估，为合资、合作、投资入股、产权转让、抵押、招商、融资、保险、拍卖、清算、租赁、产权纠纷、协助法院办案提供相应的价值依据；</span></li><li><span   style=\"font-size: 16px; \">与评估相关的其他咨询业务、市场调查及预测服务等；</span></li></ul><p><strong><span   style=\"font-size: 16px; \">四、项目管理服务</span></strong></p><ul><li><span   style=\"font-size: 16px; \">项目咨询、申报、实施、结题验收等服务。</span></li></ul><p><strong><span   style=\"font-size: 16px; \">五、高新企业申报服务</span></strong></p><ul><li><span   style=\"font-size: 16px; \">高新技术企业认定服务（含复审）：包括研发费用专项审计、加计扣除专项审计、高新技术企业申报材料编制；</span></li></ul><p style=\"text-align: center; \">
	<img width=\"298\" height=\"392\" src=\"/upload/images/b08c5c87fb08cb2ef6b9909e45f6987f.jpg\" style=\"text-align: center; \"></p>','10','100','news','1387897426','1394761554');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('6','8','post','集团总部','b195c3ac9d2dfad82638478e66fb67f0','','','0','0','','','','','广东博士俱乐部集团广州总部','<p><br>
邮箱：info@gdphd.com
	<br>
	电话：（020）86676226 
	<br>
			传真：（020）86676069
	<br>
			地址：广州市越秀区环市中路205号恒生大厦B座13楼
</p>
<center><img src=\"http://www.gdphd.com/attachment/core/page/2012_12/26_16/64376eb79e779593.jpg.cthumb.jpg\"></center>','1','99','post','1387899421','1391761061');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('7','8','post','长盛谷养生基地','3143f2b826d51f3744ab7636815c32b3','','','0','0','','','','','广东博士俱乐部长盛谷温泉养生基地','<p>
	<br>
	邮箱：info@relaxvalley.com
	<br>
	电话：（0763）4638188 
	<br>
			传真：（0763）4638348
	<br>
			地址：广东省清远市佛冈县汤塘镇黄花路口直入300米</p><center><p><img src=\"/upload/images/02e4cc37da3e1f76972c64027a5da643.jpg\" alt=\"\"></p></center>','1','100','post','1387899539','1394792172');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('8','10','news','中国科协系统领导莅临广东博士俱乐部考察调研','f525ea22ce02391a49bccd02c14dfac0','9a252e5266bbdf7073eade1c7cddd81b.jpg','','0','0','','','','','2012年4月26日，中国科学技术协会组织人事部王慧梅副部长一行，在广东省科学技术协会组织人事部冯日光部长、广州市科学技术协会杨晓副主席的陪同下莅临广东博士俱乐部考察调研，并与博士俱乐部及博士会员代表...','<p>2012年4月26日，中国科学技术协会组织人事部王慧梅副部长一行，在广东省科学技术协会组织人事部冯日光部长、广州市科学技术协会杨晓副主席的陪同下莅临广东博士俱乐部考察调研，并与博士俱乐部及博士会员代表共20余人进行了座谈。</p><p>  
座谈会由广东博士俱乐部集团总裁助理赵根文先生主持，博士俱乐部集团常务副总裁刘著明先生做了详细的工作汇报，集团总裁冯德平先生就博士集团未来发展规划做了介绍。</p><p>  
中科协组织人事部副部长王慧梅女士及市科协副主席杨晓先生在座谈会上就如何做好发挥科协人才优势、共促广东转型升级及科技人才服务工作做了广泛深入的探讨，几位博士代表也从自己的角度谈了各自的看法。</p><p>  
此次座谈会，俱乐部领导与科协新老朋友汇聚一堂，进行了亲切友好的交谈。科协领导就如何做好企业服务、科技人才服务以及促进和推动科技发展提供了意见和建议。</p><p>  会议结束后，参加会议的各位领导在交流中心合影留念。此次指导活动于22点结束。</p><p style=\"text-align: center;\"><img src=\"/upload/images/9a252e5266bbdf7073eade1c7cddd81b.jpg\"></p><p style=\"text-align: center;\"></p><p style=\"text-align: center;\"><img src=\"/upload/images/c2b8c2c726315f7449ac329662a3b1c6.jpg\"></p><p style=\"text-align: center;\"></p><p style=\"text-align: center;\"><img src=\"/upload/images/5c3e1c8ef2882748db40ba0cab4e92cc.jpg\"></p><p style=\"text-align: center;\"></p><p style=\"text-align: center;\"><img src=\"/upload/images/e9cd827037efc769a0a7de0f86b42d84.jpg\"></p>','1','100','news','1388064806','1389340650');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('9','10','news','广州成立全国首家科技类社会组织孵化培育基地','b982f1c7a27254ee4946ff53dc463dc9','d6f9f8e6e6c5651f7d4db42ebbf97d7e.jpg','','0','0','','','','','       2012年12月27日上午，我国首家科技类社会组织孵化培育基地正式成立。基地揭牌仪式在恒生大厦举行。       广州市科技类社会组织孵化培育基地（下称“孵化培育基地”）是在广州市科学技...','<p>       2012年12月27日上午，我国首家科技类社会组织孵化培育基地正式成立。基地揭牌仪式在恒生大厦举行。</p><p>       广州市科技类社会组织孵化培育基地（下称“孵化培育基地”）是在广州市科学技术协会指导下成立的，由广州市学会学研究会、广州市科技创新联盟、广东博士俱乐部有限公司具体承办和运营管理的综合办公、联合协作、资源整合、项目带动和网络延伸等集约化综合服务平台。基地主要以实现社会组织良性发展的集聚效应、经济效应和示范效应为目的而建立的科技类社会组织孵化培育平台，以优化资源配置、推动组织发展、激发创新活力为宗旨，通过提供基础设施与服务，整合社会资源，实现资源、信息互通，优势互补，构建科技类社会组织的培训指导、孵化扶持、管理服务、咨询代理等一站式服务体系，解决科技类社会组织在发展过程中遇到的场地、资金、项目和管理等难题，帮助社会组织成长发展。基地也具备“科技集市”功能，通过实物、论文、电子等方式，展示学会组织的科研成果。同时，基地也是科技类社会组织之家，通过定期召集相关学会举办联谊活动、学术交流、科技成果展示、科普宣传和科技服务、党建工作服务等，为入驻单位搭建多元化的交流平台。基地为入驻会员单位提供办公卡座、无线宽带接入、前台秘书服务、物业管理服务、会客区接待、党建活动以及会员之家学术交流、联谊活动等免费服务。也可以根据会员单位需求，提供其他增值服务项目，比如策划学术交流、科技论坛、科普宣传、科技成果推广等活动，洽谈跟进科技服务业务，代理知识产权和专利申报，网站制作建设和托管，专业财务管理等。另外基地还将为具备资格的科技类社会组织提供协助承接政府职能转移，协助科技类社会组织建立相关行业领域的标准等高端服务。</p><p>       进入基地的条件：广州市科协团体会员可自动获得“孵化基地”的会员单位资格；其他科技类社会组织须提出入会申请，经过孵化培育基地管理办公室登记后，经管理委员会审批同意后成为“孵化培育基地”会员。所有会员单位均可优先享受“孵化培育基地”免费提供的基础服务。有志向成立科技类社会组织的个人或者团体也可以向孵化培育基地请求支持，基地可以给予业务指导等服务。科技类社会团体不同于其他社团，它有同行学术共同体的自然禀赋，有人才评价、项目评价和科技评价等第三方公立的属性，有科学道德学风建设自律的职责，但是并不意味着有这个能力。禀赋是有的，能力是需要培养的。所以通过孵化培育基地，重点培养科技类社会组织服务创新、服务政府和服务社会、服务科技工作者以及自身发展的能力。</p><p style=\"text-align: center;\"><img src=\"/upload/images/d6f9f8e6e6c5651f7d4db42ebbf97d7e.jpg\"></p><p style=\"text-align: center;\">科技类社会组织孵化培育基地揭牌仪式合影</p><p style=\"text-align: center;\"><img src=\"/upload/images/473e19b184b471f4e7a724eecef25d99.jpg\"></p><p style=\"text-align: center;\">市科协冯元书记发表讲话</p><p style=\"text-align: center;\"><img src=\"/upload/images/e2a723d090aa02c16e1224238afbc905.jpg\"></p><p style=\"text-align: center;\">孵化培育基地管理方与学会代表签署孵化培育基地入会协议书</p><p style=\"text-align: center;\"><img src=\"/upload/images/eb0d45a4030160a2af100b72100e15a1.jpg\"></p><p style=\"text-align: center;\">参观科技类社会组织孵化培育基地党员活动室</p><p style=\"text-align: center;\"><img src=\"/upload/images/21e470e134a800c1cdde617f3e3eb10e.jpg\"></p><p style=\"text-align: center;\">参观孵化培育基地</p><p style=\"text-align: center;\"><img src=\"/upload/images/9c8a0c840268c505b99b11a43bee46cf.jpg\"></p><p style=\"text-align: center;\">科协学会学术部工作会议</p><p style=\"text-align: center;\"><img src=\"/upload/images/4410bfb2e945dddfc1a7325408ca153b.jpg\"></p><p style=\"text-align: center;\">学会代表提问</p>','1','100','news','1388067552','1389340315');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('10','11','news','关于推进人才集聚工程的实施意见','80523be8892752bca600f544d52a3e03','62ae9d6352aa50d9c6815705856d63f1.jpg','','0','0','','','','','
	    为深入贯彻科学发展观，全面落实省第十一次党代会、市第十次党代会精神，根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》，就推进人才集聚工程（简称“633”人才工程），提...','<p>
	    为深入贯彻科学发展观，全面落实省第十一次党代会、市第十次党代会精神，根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》，就推进人才集聚工程（简称“633”人才工程），提出以下实施意见。</p><p align=\"left\">
	　　一、总体目标</p><p align=\"left\">
	　　1.目标。2012年起5年内，大力实施“产业提升、科技创新、城乡一体、文化引领、民生幸福、国际交流”六大人才行动计划，着力构建“交流培养、创新创业、服务保障”三大人才开发支撑体系，实现“重点引进和培养高层次人才达到2000名左右，全市大专以上学历人才资源总量达到320万名左右，人才贡献率达到40%”的三大人才发展目标，初步把广州建设成为辐射华南、服务全国、连通世界的“国际人才港”，为人才强市和新型城市化发展提供坚实的人才保证和智力支持。</p><p align=\"left\">
	　　二、实施六大人才行动计划</p><p align=\"left\">
	　　（一）产业提升人才行动计划。围绕发展战略性主导产业，以提升产业竞争力为核心，重点培养一批具有开拓创新精神和市场拓展引领能力的优秀企业家，大力吸引培养一批产业结构优化升级紧缺的专业技术人才，着力打造一支门类齐全、技艺精湛的高技能人才队伍，实施如下重点项目：</p><p align=\"left\">
	　　2.战略性主导产业紧缺人才开发项目。5年内市、区（县级市）两级在战略性主导产业领域重点引进和培养1万名左右具有博士、硕士学位的企业紧缺人才。对战略性主导产业领域企业引进的紧缺人才，分2年给予政府安家补助；对战略性主导产业领域企业现有的紧缺人才，5年内享受政府薪酬补贴。研究制定战略性主导产业领域紧缺人才目录发布制度，定期向社会公布。（牵头单位：市发展改革委，配合单位：市委组织部、市人力资源和社会保障局，各区、县级市）</p><p align=\"left\">
	　　3.羊城企业家培养项目。加强市管企业领导人员队伍建设，5年内重点引进100名市管企业中高级经营管理人才，选拔100名正职后备人才、200名副职后备人才，培养100名优秀企业家。（牵头单位：市委组织部，配合单位：市国资委）</p><p align=\"left\">
	　　4.民营企业家素质提升项目。组织开展民营骨干企业高层管理人员轮训，5年内市、区（县级市）两级重点支持300名经营管理领军人才赴境外培训，1000名经营管理团队核心人才参加国内著名高校专题研修，3000名经营管理专业技术人才参加本地业务能力培训，对参加培训的人员给予一定比例的政府培训补贴。（牵头单位：市经贸委，配合单位：市人力资源和社会保障局、市工商联，各区、县级市）</p><p align=\"left\">
	　　5.高技能人才精工项目。5年内市、区（县级市）两级重点评选资助200名技能突出人才、2000名技能重点人才和10000名产业急需青年高技能人才，鼓励并资助250名技能型人才出国（境）培训。对于技能突出人才和重点人才5年内享受政府薪酬补贴。产业急需青年高技能人才，上岗后给予一次性奖励。加强技能大师工作室建设，发挥工艺创新、带徒传技作用。对新设立的技能大师工作室，由市财政给予一次性资助；对技能大师工作室技艺传承人在聘期内给予岗位津贴。（牵头单位：市人力资源和社会保障局，配合单位：市教育局，各区、县级市）</p><p align=\"left\">
	　　6.金融高级人才开发项目。围绕我市建设区域金融中心的目标任务，5年内重点引进30名金融高级管理人才和50名金融高级专业人才，跟踪培养300名金融骨干人才。（牵头单位：市金融办，配合单位：市发展改革委、市人力资源和社会保障局，各区、县级市）</p><p align=\"left\">
	　　7.专业技术人才知识更新项目。5年内重点培训15万名紧跟科技发展前沿、创新能力强的中高级紧缺专业技术人才，重点扶持50个市级示范性高级研修班和50场次知识更新名家讲座，建设一批市级示范性继续教育基地。（牵头单位：市人力资源和社会保障局，配合单位：各区、县级市）</p><p align=\"left\">
	　　8.“赢在广州”大学生创业扶持项目。5年内重点扶持100个左右具有发展前景的创业项目，培养产生100名“大学生创业能手”，在登记注册、启动资金、贷款贴息等方面给予扶持。（牵头单位：市人力资源和社会保障局，配合单位：市工商局、市金融办、团市委，各区、县级市）</p><p align=\"left\">
	　　（二）科技创新人才行动计划。围绕加快建设国家创新型城市，突出培养造就创新型科技人才，大力引进科研创新团队和领军人才来穗发展，大力开发青年英才，实施如下重点项目：</p><p align=\"left\">
	　　9.“百人计划”拓展项目。深入实施“创新创业领军人才百人计划”，探索设立“百人计划”团队项目、创新人才短期项目、青年项目和外国专家项目。5年内重点引进扶持200名左右能够突破关键技术、发展高新技术产业、带动新兴学科的创新创业领军人才。（牵头单位：市委组织部，配合单位：市科技和信息化局、市人力资源和社会保障局）</p><p align=\"left\">
	　　10.“羊城学者”特聘岗位项目。根据我市战略性主导产业、重点学科和公共管理领域建设发展需要，面向全市高校、科研机构和企事业单位择优设立50个“羊城学者”特聘岗位，遴选中青年优秀学术人才、技术研发尖子，加快培养造就具有国际先进、国内领先水平的学科带头人、科技领军人才，促进学科专业快速发展、企业自主创新和产学研结合。（牵头单位：市委组织部，配合单位：各有关单位）</p><p align=\"left\">
	　　11.121人才梯队项目。重点培养不少于10名站在世界科技前沿的中国科学院、中国工程院院士后备人才，不少于20名具有国内领先水平的“新世纪百千万人才工程”国家级人选后备人才，不少于100名在学科专业领域起骨干带头作用的享受国务院政府特殊津贴的后备人才。（牵头单位：市人力资源和社会保障局，配合单位：各区、县级市）</p><p align=\"left\">
	　　12.博士后培养项目。深入实施博士后培养工程，5年内培养资助博士后研究人员不少于400名。加大企业博士后工作站在站研究人员资助力度，支持鼓励博士后科研项目进行成果转化。（牵头单位：市人力资源和社会保障局，配合单位：各区、县级市）</p><p align=\"left\">
	　　13.珠江科技新星项目。加大对35岁以下青年科技人员扶持培养力度，每年选拔资助不少于100名青年科技人员，连续3年每年给予科研经费资助，支持其独立开展科学研究、应用开发、成果转化等自主创新活动。（牵头单位：市科技和信息化局，配合单位：各区、县级市）</p><p align=\"left\">
	　　14.“菁英计划”留学项目。着眼于人才的战略性培养，进一步扩大“菁英计划”的实施范围和规模，5年内选拔不少于200名优秀青年学生、青年人才到国外一流大学攻读博士学位，进一步加强派出学生的跟踪培养和回国使用管理服务工作。（牵头单位：市教育局，配合单位：市人力资源和社会保障局、市国资委）</p><p align=\"left\">
	　　15.“百会进千企”金桥项目。5年内组织和发动100家科技类社会组织，加强与1000家企业开展科技创新交流与合作。重点建设30家学会科技服务站，筹建50家企业研发中心以及院士专家工作站，选拔资助不少于200名非公有制企业中青年科技人才，培训2000名企业一线科技创新人才，推进科技成果转化。（牵头单位：市科协，配合单位：市发展改革委、市科技和信息化局、市国资委、市经贸委）</p><p align=\"left\">
	　　（三）城乡一体人才行动计划。围绕“美丽城乡行动计划”，进一步加强公共服务管理人才队伍建设和农村实用人才队伍建设，促进城乡协调发展，实施如下重点项目：</p><p align=\"left\">
	　　16.大学生村官培养项目。加大选拔大学生村官力度，实行本土化选聘、合同化管理，鼓励和引导优秀高校毕业生到村任职。在全面实现“一村一名大学生村官”的基础上，有条件的地方力争实现“一村两名或多名大学生村官”目标。（牵头单位：市委组织部，配合单位：各区、县级市）</p><p align=\"left\">
	　　17.城市运行管理人才开发项目。根据城市环境治理、垃圾处理、数字城管等城市重点项目管理的需要，5年内重点引进和培养20名城市管理专家，培养100名城市管理高层次专门人才，进一步提升城市管理水平。（牵头单位：市城管委，配合单位：各区、县级市）</p><p align=\"left\">
	　　18.农村基层和北部山区人才支持项目。建立完善人才柔性流动机制，5年内选拔资助500名优秀教师、医生、科技人员、社会工作者、文化工作者、中青年党政人才到农村基层和北部山区工作，在服务期内给予入选者基层工作岗位补助，并在职务和职称晋升、工资福利等方面采取倾斜政策。（牵头单位：市人力资源和社会保障局，配合单位：市委组织部，各区、县级市）</p><p align=\"left\">
	　　19.农村实用人才培养项目。加大新型农民科技培训力度，培养造就一批农业生产骨干、农民脱贫致富带头人、农村实用技术推广人员、专业合作组织管理人员和农村经纪人，5年内培训新型农民达到40000名。（牵头单位：市农业局，配合单位：市科协，各有关区、县级市）</p><p align=\"left\">
	　　（四）文化引领人才行动计划。围绕培育世界文化名城，加快文化人才吸引培养步伐，形成一支年龄结构合理、专业门类齐全的高素质文化人才队伍，实施如下重点项目：</p><p align=\"left\">
	　　20.羊城文化名家资助项目。培育造就一批引领文化改革发展步伐、代表广州城市文化形象的名家大师，5年内遴选评定“羊城文化名家”达到50名，在聘期内给予入选名家业务扶持经费资助。加强文化人才梯队建设，选拔培养10名在全国有影响的青年拔尖人才，60名在全省有影响的青年优秀人才，100名在全市起骨干作用的青年后备人才。（牵头单位：市委宣传部，配合单位：各有关单位，各区、县级市）</p><p align=\"left\">
	　　21.文化创意产业领军人才项目。以提高本土原创竞争力为核心，5年内引进和培养文化创意产业领军人才不少于100名，建设1到2个大型的具有产学研合作功能的文化创意产业人才培养基地。（牵头单位：市文化广电新闻出版局，配合单位：各有关单位，各区、县级市）</p><p align=\"left\">
	　　22.体育各类领军人才项目。加大体育各类领军人才引进和培养力度，5年内引进和培养著名教练员、著名国际级裁判员、复合型管理人才、科研人才、体育产品研发人才、体育竞赛表演中介人才和体育产业人才不少于30名。（牵头单位：市体育局，配合单位：市人力资源和社会保障局，各区、县级市）</p><p align=\"left\">
	　　（五）民生幸福人才行动计划。强化以人为本的城市服务管理理念，加快发展社会事业，推进基本公共服务均等化，不断提高城乡居民的和谐感和幸福感，实施如下重点项目：</p><p align=\"left\">
	　　23.高素质教育人才队伍建设项目。加快建设一支高素质、创新型教育人才队伍，5年内选拔认定教育专家10名、名校长100名、名教师200名。（牵头单位：市教育局，配合单位：市人力资源和社会保障局，各区、县级市）</p><p align=\"left\">
	　　24.医疗卫生人才保障项目。重点围绕重大疾病预防诊治、医学科技创新、中医药现代化等领域，培养造就医学杰出骨干人才，抓紧培养突发公共卫生事件应急人才，多种途径培养全科医生，加快培养农村和社区基层医疗卫生人才。5年内选拔资助高层次医疗卫生专家不少于100名，高层次医疗卫生人才不少于500名。（牵头单位：市卫生局，配合单位：市人力资源和社会保障局，各区、县级市）</p><p align=\"left\">
	　　25.社会工作人才培养项目。加快培养造就一支职业化、专业化的社会工作人才队伍，每年资助培养社会工作督导员50名、中级社会工作人才及社会工作管理人才100名、社会工作从业人员3000名。（牵头单位：市民政局，配合单位：市人力资源和社会保障局，各区、县级市）</p><p align=\"left\">
	　　26.民主法治人才项目。根据依法治市工作需要，5年内重点引进和培养500名法院、检察院、公安、司法行政、政府法制系统人才以及综治、维稳、突发性群体事件管理、律师、公证、法学理论等高层次民主法治专门人才。（牵头单位：市委政法委，配合单位：市法院、市检察院、市公安局、市司法局、市法制办，各区、县级市）</p><p align=\"left\">
	　　27.杰出青年人才支持项目。由市财政给予项目启动资助，5年内在社会管理、企业管理、重点学科、文化艺术等领域重点引进、培养和扶持100名杰出青年人才，形成一批各领域高层次领军人才的重要后备力量。（牵头单位：团市委，配合单位：市人力资源和社会保障局）</p><p align=\"left\">
	　　（六）国际交流人才行动计划。进一步加强人才开发国际化交流合作，加快引进和培养具有世界眼光、通晓国际规则、熟悉多元文化的复合型国际化人才，实施如下重点项目：</p><p align=\"left\">
	　　28.“红棉计划”创业项目。5年内遴选扶持500家以上在穗初创型海外人才企业。对入选企业给予创业启动资金，由企业所在区（县级市）提供配套孵化培育服务。（牵头单位：市留交办，配合单位：各有关单位，各区、县级市）</p><p align=\"left\">
	　　29.百名高端外国专家引进项目。5年内引进不少于200名诺贝尔奖获得者、外国科学院院士和知名专家来穗进行学术交流、技术指导和业务合作，并给予相应的项目资助。（牵头单位：市人力资源和社会保障局）</p><p align=\"left\">
	　　30.千名国际人才培训项目。5年内选派不少于1000名经济社会发展重点领域紧缺人才赴海外培训，培养具有国际视野、熟悉国际规则、掌握国际先进技术的国际化人才。（牵头单位：市人力资源和社会保障局，配合单位：各有关单位，各区、县级市）</p><p align=\"left\">
	　　31.高校合作项目。进一步加强与国内重点高校和广州地区高校的合作，重点推进落实与北京大学、清华大学的全面合作框架协议、人才交流输送协议、“菁英计划”专项合作协议，在战略咨询、产学研合作、干部交流、人才培训、就业创业等方面深入开展合作，并给予相应政策扶持。（牵头单位：市委组织部，配合单位：市发展改革委、市人力资源和社会保障局、市科技和信息化局、市教育局，各区、县级市）</p><p align=\"left\">
	　　三、构建三大人才开发支撑体系</p><p align=\"left\">
	　　（一）人才交流培养体系。进一步完善人才交流服务功能，以中国留学人员广州科技交流会（简称“留交会”）为平台，不断拓展海外人才交流渠道，深化人才研究的广度和深度，加快建设高技能人才公共实训鉴定基地，形成功能全面的人才交流培养体系，实施如下重点项目：</p><p align=\"left\">
	　　32.中国留学人员广州科技交流会。坚持创新办会，进一步优化“3＋N”的创办模式（人才交流、创新论坛、展览展示＋N场推介会），整合提升“留交会”功能，充分发挥“留交会”在引进海外高层次人才方面的积极作用，将其打造成为具有全球影响力的国际人才交流平台。进一步推动“留交会”海外人才引进工作常态化，在留学人员集中的重点城市、区域建立“接触广州”人才联络站（海外人才工作站），逐步形成全球性人才引进工作网络。（牵头单位：市留交办，配合单位：各有关单位，各区、县级市）</p><p align=\"left\">
	　　33.人才研究智库。大力发展民间智库，以南方国际人才研究院为主要载体，构建市场化、国际化、专业化的研究网络。设立“高层次人才发展咨询委员会”，聘请国家有关部门以及高校、科研院所等方面的专家学者担任决策顾问，充分发挥决策咨询作用。建立海外高层次人才库，打造海内外高层次人才猎头平台。（牵头单位：市委组织部，配合单位：市科技和信息化局、市人力资源和社会保障局、市留交办）</p><p align=\"left\">
	　　34.高技能人才公共实训鉴定基地。按照“一体、两翼、七点”的战略布局，构建区域分布合理、培养层次多样的高技能人才实训鉴定体系，以满足广州产业结构优化升级对技能人才的需求。（牵头单位：市人力资源和社会保障局，配合单位：各有关单位，各区、县级市）</p><p align=\"left\">
	　　（二）人才创新创业体系。建立健全促进科技成果转化应用的政策措施，搭建多样化的人才创新创业对接平台，进一步优化人才创新创业环境，实施如下重点项目：</p><p align=\"left\">
	　　35.“千人计划”南方创业服务中心。按照“企业主办、市场运作、国际接轨、政府扶持”的组建原则，充分整合政产学研资源，为“千人计划”专家和高层次人才创业发展提供全链条、专业化、个性化的综合服务，建设成为具有“交流、服务、创业”三大功能的国际化人才聚集发展平台。5年内直接服务“千人计划”等各类高端人才2000名，转化国际领先（先进）技术成果1000项，培育创办具有国际竞争力的科技型企业100家，带动一批战略性新兴产业及相关产业发展壮大，形成高层次人才规模效应，打造成为国内示范、国际知名的人才服务业高端品牌。（牵头单位：市委组织部，配合单位：市科技和信息化局、市人力资源和社会保障局、市财政局、越秀区）</p><p align=\"left\">
	　　36.人才特区。按照以点带面、分步实施、统筹推进的原则，重点推进南沙新区“粤港澳人才合作特别示范区”建设，积极申报国家级人才特区，贯彻落实有关特殊政策。同时，选择广州开发区、天河区作为我市人才特区试点区域，实行特殊政策、特殊机制、特事特办，率先在我市经济社会发展中确立人才优先发展的战略布局，构建与国际接轨、与社会主义市场经济体制相适应、有利于科学发展的人才体制机制。（牵头单位：市委组织部，配合单位：市人力资源和社会保障局、市科技和信息化局，各有关区、县级市）</p><p align=\"left\">
	　　（三）人才服务保障体系。创新人才服务保障内容和方式，着力完善人才服务机构的专业化服务功能，加大政府人才公共服务力度，为各类人才充分发挥才干创造良好的环境，实施如下重点项目：</p><p align=\"left\">
	　　37.人才资源服务产业园。大力发展人才服务业，重点扶持中国南方人才市场等在行业中起示范带动作用的人才资源服务机构，鼓励国际著名人力资源企业在我市开展人才服务，引导各类人力资源服务机构参与高层次人才和紧缺人才的引进和培养，加快建设中国南方人才资源服务产业园。（牵头单位：市人力资源和社会保障局，配合单位：市委组织部、各有关单位，各区、县级市）</p><p align=\"left\">
	　　38.人才公寓。统筹各类产业园区、工业园区、科技园区以及企事业单位等方面资源，5年内市、区（县级市）两级筹集建设1000套专家公寓和10000套人才公寓，协助解决纳入人才集聚工程的相关人才的住房问题。（牵头单位：市住房保障办，配合单位：市规划局、市国土房管局，各区、县级市）</p><p align=\"left\">
	　　39.广州人才信息管理平台。大力实施“智慧人才”工程，整合人才集聚工程建设相关业务和人才数据库资源，开发全市人才信息管理应用系统，推动区域内人才资源共享，全面提升广州人才工作信息化水平。（牵头单位：市人力资源和社会保障局，配合单位：市委组织部、各有关单位，各区、县级市）</p><p align=\"left\">
	　　四、创新人才工作体制机制</p><p align=\"left\">
	　　40.健全党管人才领导体制和工作格局。建立健全各级党委统一领导、组织部门牵头抓总、职能部门各司其职、用人单位主体执行、社会力量广泛参与的工作格局。市和各区（县级市）要全面建立人才工作领导小组，由党委或政府主要负责同志担任领导小组组长。在现有市人才工作领导小组及其办公室的组织架构基础上，研究设立人才工作专门机构，重点抓好人才工作战略思想研究、总体规划制定、重要政策统筹、创新工程策划、重点人才培养、重大典型宣传和全市人才工作队伍、人才政策、人才工程及人才资金投入整合工作。进一步加强区（县级市）人才工作力量，做到机构、编制、人员、经费四个到位。（牵头单位：市委组织部，配合单位：市编办、市人力资源和社会保障局、各有关单位，各区、县级市）</p><p align=\"left\">
	　　41.确立人才优先投入机制。大幅度增加人才发展投入，大幅度提高人才支出占财政支出比例，使我市人才投入规模进入全国大城市前列。不断加大市各级财政专项资金、重大建设和科研项目经费用于人才开发的比重，重点保障人才集聚工程各项目的组织实施；扩大“广州市高层次人才专项扶持资金”规模，根据实际工作进度落实年度资金预算；各区（县级市）要建立人才发展专项资金，纳入本区（县级市）财政预算体系。进一步提高人才投入资金使用效益，对按现有经费渠道和现行财政体制分级承担的人才项目投入，要逐步归并到市、区（县级市）人才发展专项资金中统筹管理；新增人才项目投入原则上在市、区（县级市）人才发展专项资金中列支。（牵头单位：市财政局，配合单位：市委组织部、各有关单位，各区、县级市）</p><p align=\"left\">
	　　42.创新人才管理服务方式。坚持党管人才与尊重人才成长规律、发挥市场在人才资源配置中的基础作用相结合，推进人才工作法制建设，形成有利于人才发展的良好环境。完善科学决策、分工协作、沟通交流、督促落实、绩效评估等人才工作运行机制，形成整体工作合力。建立健全多元化投入机制，鼓励引导社会、用人单位和个人以及各类风险投资基金投资人才资源开发。完善分配制度，探索鼓励拥有特殊才能和自主知识产权的人才，以技术要素、知识产权等作为股份参与企业利润分配。制定政府购买服务政策，发展和规范各类人才社会中介组织，不断提高人才服务效率和水平。放宽人才政策实施的条件限制，加大对在穗中央、省部属各类高层次人才的支持服务力度。（牵头单位：市委组织部，配合单位：各有关单位，各区、县级市）</p><p align=\"left\">
	　　五、强化组织实施</p><p align=\"left\">
	　　43.加强组织领导。市人才工作领导小组负责全市人才集聚工程实施的统筹协调和宏观指导。各项目牵头单位对项目组织实施负总责，会同配合单位于2012年10月底前牵头制定完成具体实施细则；各配合单位要加强协作、各负其责，确保各项目组织实施落实到位。各区（县级市）要于2012年底前制定完成具体贯彻落实意见，强化属地责任，共同推进人才集聚工程的实施。（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）</p><p align=\"left\">
	　　44.完善责任考核。落实党政领导班子人才工作目标责任制，把人才工作纳入各级党政领导班子和领导干部考核评价体系，建立健全全市人才工作监测、评估、考核机制，强化量化考核和绩效评估，推动人才工作任务落实。（牵头单位：市委组织部，配合单位：各项目牵头单位，各区、县级市）</p><p>
	　　45.营造良好环境。加强科学人才观的宣传和政策舆论的引导，大力营造尊重人才、见贤思齐的社会环境，鼓励创新、宽容失败的工作环境，待遇适当、无后顾之忧的生活环境，公开平等、竞争择优的制度环境。多层次、多渠道宣传广州人才工作和人才发展环境，打造“国际人才港”品牌。（牵头单位：市委组织部，配合单位：市委宣传部、各有关单位，各区、县级市）</p>','1','100','news','1388067625','1389341131');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('11','5','member','xxx博士','82b7b20908d93ed1947986b3fcc64582','48b4718b2478b9d48215501b9436acdb.jpg','','0','0','','','','','安德鲁·扎卡里·菲尔(Andrew Zachary Fire，1959年4月27日-)生于加州，是美国斯坦福医学院病理学和遗传学教授，2006年因与马萨诸塞大学医学院分子医学教授克雷格·梅洛在真核生物...','<p>安德鲁·扎卡里·菲尔(Andrew Zachary Fire，1959年4月27日-)生于加州，是美国斯坦福医学院病理学和遗传学教授，2006年因与马萨诸塞大学医学院分子医学教授克雷格·梅洛在真核生物中发现RNA干扰现象，证明了双链RNA能高效特异性地阻断相应基因的表达——菲尔将此称为RNAi(RNA interference)，而共同获得2006年诺贝尔生理学或医学奖。</p><center><img alt=\"美国斯坦福医学院病理学和遗传学教授Andrew Zachary Fire简介\" 安德鲁·菲尔\"=\"\" src=\"http://www.bio1000.com/uploads/allimg/131128/1452261555-0.jpg\"></center>
<p>安德鲁·菲尔</p><p>安德鲁·菲尔于1983年毕业于麻省理工学院，获得博士学位。随后在英国剑桥大学的雪梨·布伦纳教授的研究组做博士后。1986年转入美国卡耐基研究所开始关于RNA干扰的研究工作。1986年起在约翰·霍普金斯大学担任教席。2003年，菲尔在美国斯坦福医学院担任病理学和遗传学教授。</p><p><strong>个人资料：</strong></p><p>菲尔1959年出生在美国加利福尼亚州圣克拉拉县，本科在加利福尼亚大学伯克利分校主修数学，仅用3年时间就拿到学位。他逐渐对涉及生命奥秘的遗传学产生兴趣，并将其作为自己终身的学术追求。法尔曾在美国和英国多所高校和研究机构求学和工作，1998年在美国卡内基学会工作期间，他与梅洛等合作发现了RNA干扰机制。 1998年，菲尔与好友梅洛等人在《自然》杂志上共同发表了有关发现RNA干扰机制的论文，被同行称为“近一段时间来分子生物学最激动人心的发现之一”。</p><p><strong>理论贡献：</strong></p><p>安德鲁·菲尔和克雷格·梅洛发现了一个有关控制基因信息流程的关键机制。</p><p>人们的基因组通过从细胞核里的DNA向蛋白质的合成机制发出生产蛋白质的指令运作，这些指令通过mRNA传送。他们发现一种可以从特定基因降解mRNA的方式，在这种RNA干扰现象中，双链RNA(double-stranded RNA)以一种非常明确的方式抑制了基因表达。 安德鲁·菲尔这项技术被用于全球的实验室来确定各种病症中哪种基因起到了重要作用。</p><p>植物、动物、人类都存在RNA干扰现象，这对于基因表达的管理、参与对病毒感染的防护、控制活跃基因具有重要意义。RNA干扰是一个生物过程，在这个过程中双链RNA以一种非常明确的方式抑制了基因表达。自1998年发现以来，RNA干扰已经作为一种强大的“基因沉默”技术而出现。RNA干扰作为研究基因运行的一种研究方法已被广泛应用于基础科学，它可能在将来产生新的治疗方法。科学家认为，RNA干扰技术不仅是研究基因功能的一种强大工具，不久的未来，这种技术也许能用来直接从源头上让致病基因“沉默”，以治疗癌症甚至艾滋病，在农业上也将大有可为。从这个角度来说，“沉默”真的是金。安德鲁·菲尔这项技术被用于全球的实验室来确定各种病症中哪种基因起到了重要作用。</p>','1','100','member','1388241855','1388413502');
INSERT INTO `post` (`id`,`category_id`,`model`,`title`,`alias`,`image_name`,`file_name`,`tinyint1`,`int10`,`char32`,`varchar30`,`varchar50`,`varchar100`,`varchar128`,`content`,`status`,`weight`,`view`,`created_at`,`updated_at`) VALUES
('12','6','post','博士一览','249f188c06a776d844625bd9be27c0ee','','','0','0','','','','','广东博士','<ul class=\"people\">
			
<li>
		<a href=\"/site/82b7b20908d93ed1947986b3fcc64582\"><img src=\"/upload/images/48b4718b2478b9d48215501b9436acdb.jpg\" 