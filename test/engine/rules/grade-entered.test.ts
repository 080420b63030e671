// grade-entered: a grade typed beside the 总分 (总分 | 100 | 96 | 优, as 云南 永德 2022 prints it)
// agrees with the grade of the recommended total under the profile.
import { profileWith, projectSheet, ruleTests, warning } from "./helpers";

/** The default project table: recommended 9.5 + 90 = 99.50, 优; the typed grade in H13. */
const typed = (grade: string, more: Parameters<typeof projectSheet>[0] = {}) => projectSheet({ ...more, totalGrade: grade });

describe("grade-entered", () => {
  ruleTests("grade-entered", {
    valid: [
      { name: "优 for 99.50", sheets: typed("优") },
      { name: "优秀 names 优", sheets: typed("优秀") },
      { name: "no grade typed", sheets: projectSheet() },
      { name: "a region's own label, as its profile names it", profile: profileWith({ grades: [{ label: "A", min: "90" }, { label: "B", min: "0" }] }), sheets: typed("A") },
      {
        name: "no recommended total (a row cannot be scored): grade-withheld's matter",
        sheets: typed("良", { indicators: [{ level1: "产出指标", level2: "数量指标", name: "培训人次", target: "约百人", actual: "105人次", weight: 90, score: null }] }),
      },
    ],
    invalid: [
      { name: "良 for 99.50", sheets: typed("良"), expected: [warning("H13", "mismatch")] },
      { name: "合格 (中) for 99.50", sheets: typed("合格"), expected: [warning("H13")] },
      { name: "优 where the profile's bands give 良 (优 from 100)", profile: profileWith({ grades: [{ label: "优", min: "100" }, { label: "良", min: "80" }, { label: "中", min: "60" }, { label: "差", min: "0" }] }), sheets: typed("优"), expected: [warning("H13")] },
    ],
  });
});
