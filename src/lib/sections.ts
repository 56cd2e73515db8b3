/**
 * The four reading sections and their categories. Category slugs make the
 * static per-category URLs (/theory/category/<slug>/).
 */
export const SECTIONS = {
  theory: {
    label: '理论学习',
    short: '理论',
    description: '政治理论、党纪法规和工会业务的学习材料，每篇开头列出要点，结尾附自测题。',
    categories: [
      { label: '政治理论', slug: 'zhengzhi-lilun' },
      { label: '党纪法规', slug: 'dangji-fagui' },
      { label: '工会业务', slug: 'gonghui-yewu' },
    ],
  },
  forestry: {
    label: '林业知识',
    short: '林业',
    description: '森林管护、防火、育苗造林、生态修复、林业产业与安全生产的实用知识。',
    categories: [
      { label: '森林管护', slug: 'senlin-guanhu' },
      { label: '森林防火', slug: 'senlin-fanghuo' },
      { label: '育苗造林', slug: 'yumiao-zaolin' },
      { label: '生态修复', slug: 'shengtai-xiufu' },
      { label: '林业产业', slug: 'linye-chanye' },
      { label: '安全生产', slug: 'anquan-shengchan' },
    ],
  },
  cases: {
    label: '警示教育',
    short: '警示',
    description: '以案释纪、以案促改：综合教学案例，按岗位风险点对照自查。',
    categories: [
      { label: '财务报销', slug: 'caiwu-baoxiao' },
      { label: '审批许可', slug: 'shenpi-xuke' },
      { label: '公务接待', slug: 'gongwu-jiedai' },
      { label: '物资采购', slug: 'wuzi-caigou' },
      { label: '工程项目', slug: 'gongcheng-xiangmu' },
      { label: '林木资源管理', slug: 'linmu-ziyuan' },
      { label: '选人用人', slug: 'xuanren-yongren' },
      { label: '防火责任落实', slug: 'fanghuo-zeren' },
      { label: '工会经费使用', slug: 'gonghui-jingfei' },
      { label: '惠民惠农资金', slug: 'huimin-zijin' },
      { label: '林地管理', slug: 'lindi-guanli' },
      { label: '涉林执法', slug: 'shelin-zhifa' },
      { label: '薪酬福利', slug: 'xinchou-fuli' },
      { label: '安全生产', slug: 'anquan-shengchan' },
      { label: '科研项目经费', slug: 'keyan-jingfei' },
    ],
  },
  models: {
    label: '劳模工匠',
    short: '劳模',
    description: '护林员、扑火队员、育苗能手、机械工匠和工会干部的故事。',
    categories: [
      { label: '森林管护', slug: 'senlin-guanhu' },
      { label: '森林防火', slug: 'senlin-fanghuo' },
      { label: '育苗造林', slug: 'yumiao-zaolin' },
      { label: '技能工匠', slug: 'jineng-gongjiang' },
      { label: '工会工作', slug: 'gonghui-gongzuo' },
    ],
  },
} as const;

export type SectionId = keyof typeof SECTIONS;
export const SECTION_IDS = Object.keys(SECTIONS) as SectionId[];
export type CategoryLabel<S extends SectionId> = (typeof SECTIONS)[S]['categories'][number]['label'];

export function categoryLabels<S extends SectionId>(section: S) {
  return SECTIONS[section].categories.map((c) => c.label) as [CategoryLabel<S>, ...CategoryLabel<S>[]];
}

export function categorySlug(section: SectionId, label: string): string | undefined {
  return SECTIONS[section].categories.find((c) => c.label === label)?.slug;
}
