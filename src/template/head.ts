// The head of a table: its title, the unit or project it is for, and the year.
import type { CellRef } from "../engine/grid";
import { yearIn, yearOfSubtitle } from "./glossary";
import type { SheetView } from "./view";

const NAME_KEYS = ["deptName", "projectName", "reportingUnit"] as const;

/**
 * Another label with nothing after its colon, or only the form's instruction to stamp or sign
 * (项目类别: / 承担单位:(盖章) beside an empty 项目名称: on a province's blank form): never a name.
 */
const EMPTY_LABEL = /^[^:]{1,12}:(?:\((?:盖章|签字|签章|公章)\))?$/;

/** 项目名称 → [projectName, undefined]; 填报单位：某某局 → [reportingUnit, "某某局"]. */
function splitLabel(view: SheetView, label: string): [(typeof NAME_KEYS)[number] | undefined, string | undefined] {
  const whole = view.glossary.firstMatch(label, NAME_KEYS);
  if (whole) return [whole, undefined];
  const colon = label.indexOf(":");
  if (colon <= 0 || colon === label.length - 1) return [undefined, undefined];
  return [view.glossary.firstMatch(label.slice(0, colon), NAME_KEYS), label.slice(colon + 1)];
}

export interface Head {
  title?: string;
  titleAt?: CellRef;
  /** The first name the head gives, whatever its label. */
  name?: string;
  /** The value of the 项目名称 (or 专项资金名称 …) label, when there is one. */
  project?: string;
  year?: string;
  deptName: boolean;
  /** The head names a project (项目名称, 专项资金名称 …). */
  projectName: boolean;
}

/** Title, unit or project name and year, from the rows above a table (and its first rows). */
export function readHeadOf(view: SheetView, from: number, start: number): Head {
  const head: Head = { deptName: false, projectName: false };
  const last = Math.min(view.rows - 1, start + 4);
  for (let row = from; row <= last; row++) {
    const texts = view.texts(row);
    for (let i = 0; i < texts.length; i++) {
      const { text, col } = texts[i];
      const label = view.norm(text);
      if (row < start && !head.title && view.is(text, "title")) {
        head.title = text.replace(/[\s\u3000]+/g, "");
        head.titleAt = { row, col };
        head.year = yearIn(label);
      }
      // A subtitle such as （2023年度） carries the year when the title does not.
      const subtitleYear = yearOfSubtitle(label);
      if (subtitleYear && !head.year && row < start) head.year = subtitleYear;
      const isDeptName = view.is(text, "deptName");
      const [key, inline] = splitLabel(view, label);
      if (key !== undefined && (!head.name || (key === "projectName" && !head.project))) {
        // The value is the next cell to the right; a label holding its value (项目名称：…) keeps it.
        const value = (inline ?? texts[i + 1]?.text ?? "").replace(/[\s\u3000]+/g, "");
        const isLabel = NAME_KEYS.some((k) => view.is(value, k)) || view.is(value, "unitNote") || EMPTY_LABEL.test(value.normalize("NFKC"));
        const name = value && !isLabel ? value.replace(/^\d{6,}[-－]/, "") : undefined;
        if (name && !head.name) head.name = name;
        if (name && key === "projectName") head.project = name;
      }
      if (isDeptName || key === "deptName") head.deptName = true;
      if (key === "projectName") head.projectName = true;
    }
  }
  return head;
}

