import { describe, expect, it } from "vitest";
import { rule } from "../../src/core/checks/rules/report-count-list";
import { DEFAULT_PROFILE } from "../../src/core/profile";
import { reportModel } from "../helpers/report-model";

function check(...paragraphs: string[]) {
  return rule.check(reportModel({ paragraphs, reportSheet: "评价报告" }), { profile: DEFAULT_PROFILE });
}

describe("report-count-list", () => {
  it("nanxian-caizhengju-2020: 直属事业单位10个, 即 a list of 9 — error", () => {
    const found = check(
      "内设副科级事业单位2个,财政事务中心和南县国库集中支付中心。下设办公室、预算股、人事教育股、国库股、科教文化股、乡镇财政等16个股室;直属事业单位10个,即县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心、县政府债务研究评估中心、县财政预算编审中心、县国有资产服务中心、县会计服务中心、县经济开发区财政所。",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: "report-count-list",
      severity: "error",
      sheet: "评价报告",
      cell: "A1",
      expected: 10,
      actual: 9,
      fix: null,
    });
    expect(found[0]!.message).toBe(
      "“直属事业单位10个”而其后只列出 9 个：县国库集中支付中心、县财政信息中心、县工资统发中心、县财政投资评审中心、县政府债务研究评估中心、县财政预算编审中心、县国有资产服务中心、县会计服务中心、县经济开发区财政所。所写数目与所列名称应一致，请核对是数目写错还是名单漏列。",
    );
  });

  it("nanzhang-zhaoshang-2019: 设9个内设机构 and 8 names, one of them two run together — warning", () => {
    const [f, ...rest] = check(
      "招商服务中心设9个内设机构,分别为:办公室、投资促进股科、区域协作股、招商股、信息统计股、政工人事股、政策法规股、项目服务股。招商服务中心内有事业编制25名。现单位实有在职在编人员16名,人事派遣人员5名,退休职工6名。",
    );
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: "warning", expected: 9, actual: 8 });
    expect(f!.message).toContain("其中“投资促进股科”似为两个名称连写");
  });

  it("lists that agree: brackets with their own 、, Chinese numerals, 和, 等 (beijing, dazu, zhanjiang, seeds)", () => {
    expect(
      check(
        // beijing-wenwu-2021: 12 names, one holding "(人事处、对外联络处)"
        "北京市文物局核定行政编制80人,共设办公室(行政审批服务处)、法制处(科研处)、研究室、申遗处、文物保护处(革命文物处)、遗产管理处、考古处、博物馆处、文物市场管理处(文博产业管理处)、安全保卫处、计划财务处、组织宣传处(人事处、对外联络处)12个内设机构。另设机关党委、机关纪委、工会(团委)、离退休干部处。",
        // dazu-fagaiwei-2020: 等12个科室 after exactly 12
        "发改委内设办公室、综合科(挂区西部开发办)、固定资产投资科(挂区重点项目办、行政审批科)、体制改革科(挂推进城镇化工作办公室)、产业发展科、社会发展科、公共资源交易管理科、粮食调控管理科(挂军粮供应管理科)、信用建设科、资环能源科、价格收费管理科、价格认定科等12个科室。",
        // zhanjiang-huguangyan-2019: renames in brackets; 三个 as a numeral
        "现管理局内设办公室、园艺科(现更名为规划建设科)、综合管理科(现更名为科技教育科)、资源保护科、营销发展科(现更名为旅游发展科)5个科室(正科级),下设湛江市湖光岩风景区管理中心、湛江市玛珥湖医疗保健中心、湛江市三岭山森林公园三个正科级事业单位。",
        // donggaodi-juesuan-2020: 六大办公室 and 3个 with 和
        "行政单位1个(含行政执法机构1个),下设六大办公室,分别为综合办公室、党群办公室、城市管理办公室、平安建设办公室、社区建设办公室和民生保障办公室;事业单位3个,分别为北京市丰台区东高地街道市民活动中心、北京市丰台区东高地街道便民服务中心和东高地街道市民诉求处置中心。",
        // seed 002 A40: 12, 7 and 2, the last two lists after a comma with no verb
        "昆明市公安局呈贡分局下设指挥中心、政工室、纪检室、警务保障室、法制大队、国保大队、刑侦大队、治安大队、禁毒大队、经侦大队、网安大队、特警大队12个内设机构，城关派出所、龙街派出所、吴家营派出所、雨花派出所、石龙湖派出所、乌龙派出所、白龙潭派出所7个派出所,看守所、拘留所2个监管场所。",
        // a name with 和 in it, as the last of the list
        "下设2个科室，分别为办公室和发展和改革科。",
      ),
    ).toEqual([]);
  });

  it("a count of words or themes, a list of things with figures, a list that runs past a comma: not read", () => {
    expect(
      check(
        "县政协坚持按照县委“工业强、农业优、三产活、项目兴、生态好”十五字方针和“一县、一海、一地”发展定位。",
        "县政协牢牢把握团结和民主两大主题,切实履行政治协商、民主监督、参政议政三大职能。",
        "完成了环长坡管控防线 9 个执勤点、18 个集中隔离点、20 个封控区和 20 余轮核酸监测等安保任务。",
        "涉及办公室、财务科等部门30名干部。",
        "下设3个科室，分别为办公室,财务科,业务科。",
        "下设直属机动一大队、直属机动二大队。",
      ),
    ).toEqual([]);
  });

  it("a list ending with 等 names only some: flagged only when it names more than the count", () => {
    expect(check("下设办公室、预算股、人事教育股、国库股、科教文化股、乡镇财政等16个股室。")).toEqual([]);
    const [f] = check("下设办公室、预算股、国库股等2个股室。");
    expect(f).toMatchObject({ severity: "error", expected: 2, actual: 3 });
    expect(f!.message).toBe(
      "“2个股室”而其前却列出 3 个：办公室、预算股、国库股等。所写数目与所列名称应一致，请核对是数目写错还是名单漏列或多列。",
    );
  });

  it("reads a list within reach of its count in a paragraph of thousands of counts with no clause mark between", () => {
    // 32,000 characters of “共1个” (a cell's text can hold 32,767): nothing is a list, and a real list after it
    // is still read. Each count looks back and ahead at most a thousand characters for its clause and its list.
    const run = "共1个".repeat(10_700);
    expect(check(run)).toEqual([]);
    const found = check(`${run}。直属事业单位3个，即甲中心、乙中心。`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "error", expected: 3, actual: 2 });
  });

  it("a list that runs on for more than a thousand characters is not read as one (it is no list of a unit's bodies)", () => {
    const A = "甲乙丙丁戊己庚辛壬癸";
    const B = "东南西北中上下前后左右新";
    const names = Array.from({ length: 150 }, (_, i) => `${A[i % 10]}${B[Math.floor(i / 10) % 12]}服务中心`);
    expect(names.join("、").length).toBeGreaterThan(1000);
    // (a list of 15 such names, within reach, is read: 3 against 15 is an error)
    expect(check(`直属事业单位3个，即${names.slice(0, 15).join("、")}。`)).toHaveLength(1);
    expect(check(`直属事业单位3个，即${names.join("、")}。`)).toEqual([]);
  });
});
