/**
 * Regression list for Chinese search: a query and a page that must be among
 * the top three results. Drawn from the content; when content changes so
 * that a pair no longer holds, look at the ranking before changing the pair.
 */
export const QUERIES: [string, string][] = [
  ['硒鼓', '/cases/xukai-fapiao-taoqu-gongkuan/'],
  ['虚开发票', '/cases/xukai-fapiao-taoqu-gongkuan/'],
  ['无公函接待', '/cases/chaobiaozhun-gongwu-jiedai/'],
  ['围标串标', '/cases/fanghuo-wuzi-caigou-shouhui/'],
  ['超量采伐', '/cases/lanfa-linmu-weigui-shenpi/'],
  ['油毛毡房', '/models/yang-shanzhou/'],
  ['大亮山', '/models/yang-shanzhou/'],
  ['杨善洲', '/models/yang-shanzhou/'],
  ['链刹', '/forestry/youju-anquan-caozuo/'],
  ['油锯', '/forestry/youju-anquan-caozuo/'],
  ['樟子松育苗', '/forestry/zhangzisong-yumiao/'],
  ['立枯病', '/forestry/zhangzisong-yumiao/'],
  ['紧急避险', '/forestry/puhuo-anquan-bixian/'],
  ['野外用火', '/forestry/fanghuoqi-yewai-yonghuo/'],
  ['仲裁时效', '/theory/laodong-zhengyi-tiaojie/'],
  ['经费审查委员会', '/theory/gonghui-jingfei-guanli/'],
  ['工会经费', '/theory/gonghui-jingfei-guanli/'],
  ['隐形变异', '/theory/zhongyang-baxiang-guiding-jingshen/'],
  ['四种形态', '/theory/jilv-chufen-tiaoli-yaodian/'],
  ['不敢腐', '/theory/sanbufu-yiti-tuijin/'],
  ['扑火队长', '/models/puhuo-duizhang/'],
  ['机修车间', '/models/jixie-weixiu-gongjiang/'],
];
