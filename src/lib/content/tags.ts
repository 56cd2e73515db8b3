/**
 * The controlled tag list: editors write the Chinese label in front matter,
 * URLs use the ASCII slug. Add a tag here, nowhere else.
 */
export const TAGS = [
  // 党风廉政
  { label: '党风廉政建设', slug: 'lianzheng-jianshe' },
  { label: '中央八项规定精神', slug: 'baxiang-guiding' },
  { label: '四风问题', slug: 'sifeng' },
  { label: '纪律处分', slug: 'jilv-chufen' },
  { label: '廉洁文化', slug: 'lianjie-wenhua' },
  { label: '监督执纪', slug: 'jiandu-zhiji' },
  { label: '主体责任', slug: 'zhuti-zeren' },
  { label: '以案促改', slug: 'yian-cugai' },
  // 工会业务
  { label: '工会干部队伍建设', slug: 'ganbu-duiwu' },
  { label: '智慧工会', slug: 'zhihui-gonghui' },
  { label: '职工权益保障', slug: 'zhigong-quanyi' },
  { label: '劳动争议调解', slug: 'zhengyi-tiaojie' },
  { label: '集体协商', slug: 'jiti-xieshang' },
  { label: '职工代表大会', slug: 'zhidaihui' },
  { label: '工会经费', slug: 'gonghui-jingfei' },
  { label: '劳动和技能竞赛', slug: 'jineng-jingsai' },
  { label: '职工心理健康', slug: 'xinli-jiankang' },
  { label: '劳模精神', slug: 'laomo-jingshen' },
  { label: '工匠精神', slug: 'gongjiang-jingshen' },
  { label: '劳动合同', slug: 'laodong-hetong' },
  { label: '女职工权益', slug: 'nvzhigong-quanyi' },
  { label: '劳动保护', slug: 'laodong-baohu' },
  { label: '工会组织建设', slug: 'gonghui-zuzhi' },
  { label: '职工教育', slug: 'zhigong-jiaoyu' },
  // 林业
  { label: '森林防火', slug: 'senlin-fanghuo' },
  { label: '扑火安全', slug: 'puhuo-anquan' },
  { label: '护林巡护', slug: 'hulin-xunhu' },
  { label: '病虫害防治', slug: 'bingchonghai' },
  { label: '育苗造林', slug: 'yumiao-zaolin' },
  { label: '生态修复', slug: 'shengtai-xiufu' },
  { label: '天然林保护', slug: 'tianranlin' },
  { label: '林下经济', slug: 'linxia-jingji' },
  { label: '安全生产', slug: 'anquan-shengchan' },
  { label: '林业机械', slug: 'linye-jixie' },
  { label: '冬季作业', slug: 'dongji-zuoye' },
  // 风险领域
  { label: '财务报销', slug: 'caiwu-baoxiao' },
  { label: '公务接待', slug: 'gongwu-jiedai' },
  { label: '物资采购', slug: 'wuzi-caigou' },
  { label: '工程项目', slug: 'gongcheng-xiangmu' },
  { label: '林木资源管理', slug: 'linmu-ziyuan' },
  { label: '选人用人', slug: 'xuanren-yongren' },
  { label: '审批许可', slug: 'shenpi-xuke' },
] as const satisfies readonly { label: string; slug: string }[];

export type TagLabel = (typeof TAGS)[number]['label'];
export type Tag = (typeof TAGS)[number];

export const TAG_LABELS = TAGS.map((t) => t.label) as [TagLabel, ...TagLabel[]];

const bySlug = new Map<string, Tag>(TAGS.map((t) => [t.slug, t]));
const byLabel = new Map<string, Tag>(TAGS.map((t) => [t.label, t]));

export function tagByLabel(label: string): Tag | undefined {
  return byLabel.get(label);
}

export function tagBySlug(slug: string): Tag | undefined {
  return bySlug.get(slug);
}

/** Tags in list order, each with how many entries carry it; unused tags left out. */
export function countTags(tagLists: readonly (readonly string[])[]): { tag: Tag; count: number }[] {
  const counts = new Map<string, number>();
  for (const list of tagLists) for (const label of new Set(list)) counts.set(label, (counts.get(label) ?? 0) + 1);
  return TAGS.filter((t) => counts.has(t.label)).map((tag) => ({ tag, count: counts.get(tag.label)! }));
}
