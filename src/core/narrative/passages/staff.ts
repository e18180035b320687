/**
 * 部门机构设置及人员情况 (自评报告 一、（一）2), from the unit facts: the counts of bodies ("内设机构数 35") with
 * their names where the facts sheet lists them, and the staff counts ("实有人数 527", "其中：行政人员 526", "其他
 * 人员 708"), with the 在职人员控制率 where both 编制数 and 实有人数 are given. In the seed's words: "南昌市公安局
 * 红谷滩分局下设内设机构35个，分别是情报指挥中心、办公室、…。截至2022年12月31日，实有人数527人，其中行政人员526人、
 * 参照公务员法管理事业人员1人；其他人员708人。"
 */
import { div } from "../../decimal";
import type { Cell, CellRef, Organ } from "../../model/types";
import { writeUnit, writeYear, type NarrativeContext } from "../context";
import type { Passage } from "../types";
import { countText, PassageWriter, rateText } from "../writer";

const STAFF = /人数|人员|编制|在职|在编|退休|离休|职工/;
const ORGAN_COUNT = /^(.{1,12}?)(?:个数|数量|数)$/;
const PART = /^其中[:：]?\s*/;
const ESTABLISHMENT = /^(?:核定)?编制(?:人)?数$/;
const ON_POST = /^(?:实有|在职|在编|实有在编)(?:在岗)?(?:人员|人数|人员数)$/;

interface Fact {
  readonly label: string;
  readonly value: number;
  readonly ref: CellRef;
}

function numberOfCell(cell: Cell): number | null {
  const raw = cell.raw;
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 0 ? raw : null;
  if (typeof raw !== "string") return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:人|个|名)?\s*$/.exec(raw);
  return m ? Number(m[1]) : null;
}

function facts(ctx: NarrativeContext): { organs: Fact[]; staff: Fact[] } {
  const organs: Fact[] = [];
  const staff: Fact[] = [];
  for (const f of ctx.model.unit.facts) {
    const value = numberOfCell(f.value);
    if (value === null) continue;
    const label = f.label.replace(/\s+/g, "");
    if (STAFF.test(label)) staff.push({ label, value, ref: f.value.ref });
    else if (ORGAN_COUNT.test(label)) organs.push({ label: ORGAN_COUNT.exec(label)![1]!, value, ref: f.value.ref });
  }
  return { organs, staff };
}

/** Names listed for a body ("内设机构"), when their number matches its count. */
function namesOf(list: readonly Organ[], category: string, count: number, only: boolean): Organ[] {
  const named = list.filter((o) => o.category === category || (only && o.category === null));
  return named.length === count ? named : [];
}

export function staffPassage(ctx: NarrativeContext): Passage[] | null {
  const { organs, staff } = facts(ctx);
  if (organs.length === 0 && staff.length === 0) return null;
  const w = new PassageWriter();
  if (organs.length > 0) {
    writeUnit(w, ctx).say("下设");
    const list = ctx.model.unit.organs;
    organs.forEach((o, i) => {
      if (i > 0) w.say("、");
      w.say(o.label).figure(countText(o.value), `${o.label}数`, [o.ref]).say("个");
    });
    const named = organs.flatMap((o) => {
      const names = namesOf(list, o.label, o.value, organs.length === 1);
      return names.length > 0 ? [{ organ: o, names }] : [];
    });
    // One list: "，分别是…"; several: "，其中内设机构分别是…；派出所分别是…".
    named.forEach(({ organ, names }, k) => {
      w.say(named.length === 1 ? "，分别是" : k === 0 ? `，其中${organ.label}分别是` : `；${organ.label}分别是`);
      names.forEach((n, i) => w.say(i > 0 ? "、" : "").figure(n.name.text, "机构名称", [n.name.ref]));
    });
    w.say("。");
  }
  if (staff.length > 0) {
    w.say("截至");
    writeYear(w, ctx).say("12月31日，");
    // A count and its 其中 parts are one clause: "实有人数527人，其中行政人员526人、…"; clauses are parted by "；"
    // after one with parts, else by "，" ("编制数120人，实有人数116人").
    let open = false;
    let hadParts = false;
    staff.forEach((f, i) => {
      const part = PART.test(f.label);
      const name = f.label.replace(PART, "");
      if (i > 0) w.say(part ? (open ? "、" : "，其中") : hadParts ? "；" : "，");
      if (part) hadParts = true;
      else if (i > 0) hadParts = false;
      open = part;
      w.say(name).figure(countText(f.value), name, [f.ref]).say("人");
    });
    const establishment = staff.find((f) => ESTABLISHMENT.test(f.label));
    const onPost = staff.find((f) => ON_POST.test(f.label));
    if (establishment && onPost && establishment.value > 0) {
      w.say(hadParts ? "；在职人员控制率为" : "，在职人员控制率为").figure(
        rateText(div(onPost.value, establishment.value)),
        `在职人员控制率（${onPost.label} ÷ ${establishment.label}）`,
        [onPost.ref, establishment.ref],
      );
    }
    w.say("。");
  }
  return [w.passage("staff")];
}
