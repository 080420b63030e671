// The run at a glance: the three totals per template, each named and explained (表中填报 /
// 按表内数据重算 / 按评分规则建议) with how they differ, the grade, findings by severity, and every
// cell the run recalculated as old → new (SPEC §6: "each change is listed in the pane").
import { Badge, Card, CardHeader, makeStyles, shorthands, Text, tokens } from "@fluentui/react-components";
import type { TemplateReport } from "../../engine/report";
import Decimal from "decimal.js";
import { toA1 } from "../../engine/grid";
import { fixed, percent } from "../../engine/format";
import type { Recalculation, Severity } from "../../engine/report";
import { SEVERITIES } from "../../engine/report";
import type { RunResult } from "../../host/contract";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  description: { overflowWrap: "anywhere" },
  template: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sheet: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  scores: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, margin: `${tokens.spacingVerticalXS} 0 0` },
  score: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    margin: 0,
  },
  scoreLabel: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  scoreValue: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, textAlign: "end" },
  caption: { gridColumn: "1 / -1", margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  diff: { gridColumn: "1 / -1", margin: 0, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  // Zero counts stay readable (AA): dark neutral text on the card, not white on white.
  zero: { color: tokens.colorNeutralForeground2, ...shorthands.borderColor(tokens.colorNeutralStroke1), backgroundColor: tokens.colorNeutralBackground1 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  recalcList: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  recalcItem: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const COUNT_COLORS: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };
const RATE_FIELDS = new Set<Recalculation["field"]>(["executionRate", "staffRate", "areaRate", "investRate"]);

/** A recalculated value as the sheet shows it: rates as % with 2 decimals, scores with 2. */
export function recalculatedValue(r: Recalculation): string {
  try {
    const value = new Decimal(r.value);
    return RATE_FIELDS.has(r.field) ? percent(value) : fixed(value);
  } catch {
    return r.value;
  }
}

export interface SummaryCardProps {
  run: RunResult;
  profileName: string;
  fileName?: string;
}

/** The 总分 recalculated from the sheet's own scores: the run's value, or the entered one when it stands. */
export function recalculatedTotal(run: RunResult, tpl: TemplateReport): string | undefined {
  const r = run.report.recalculations.find((x) => x.sheet === tpl.sheet && x.field === "totalScore");
  if (!r) return undefined;
  return r.unchanged ? (tpl.score?.entered ?? fixed(new Decimal(r.value))) : fixed(new Decimal(r.value));
}

function signed(a: string, b: string): string | null {
  try {
    const d = new Decimal(a).minus(new Decimal(b));
    if (d.isZero()) return null;
    return `${d.isPositive() ? "+" : "−"}${d.abs().toFixed()}`;
  } catch {
    return null;
  }
}

function TotalRow({ label, caption, value, testId, diff }: { label: string; caption: string; value: string; testId: string; diff?: string | null }) {
  const styles = useStyles();
  return (
    <div className={styles.score}>
      <dt className={styles.scoreLabel}>{label}</dt>
      <dd className={styles.scoreValue} data-testid={testId}>
        {value}
      </dd>
      <dd className={styles.caption}>{caption}</dd>
      {diff && (
        <dd className={styles.diff} data-testid={`${testId}-diff`}>
          {diff}
        </dd>
      )}
    </div>
  );
}

export function SummaryCard({ run, profileName, fileName }: SummaryCardProps) {
  const styles = useStyles();
  const { t } = useStrings();
  const { report } = run;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity]++;
  const changed = report.recalculations.filter((r) => !r.unchanged);
  return (
    <Card className={styles.card} data-testid="summary">
      <CardHeader
        header={<h2 className={styles.title}>{t.results}</h2>}
        description={
          <Text size={200} className={styles.description}>
            {[fileName, t.profileUsed(profileName)].filter(Boolean).join(" · ")}
          </Text>
        }
      />
      {report.templates.length === 0 && <Text>{t.noTemplatesInRun}</Text>}
      {report.templates.map((tpl) => {
        const entered = tpl.score?.entered;
        const recalculated = tpl.score ? recalculatedTotal(run, tpl) : undefined;
        const recommended = tpl.score?.recommended;
        const diffRecalc = entered && recalculated ? signed(recalculated, entered) : null;
        const diffRecommended = entered && recommended ? signed(recommended, entered) : null;
        return (
          <div key={`${tpl.sheet}-${tpl.headerAt.row}`} className={styles.template} data-testid="template-summary" data-sheet={tpl.sheet}>
            <Text weight="semibold">{t.templateKinds[tpl.kind]}</Text>
            <Text size={200} className={styles.sheet}>
              {[tpl.sheet, tpl.name, tpl.year].filter(Boolean).join(" · ")}
            </Text>
            {tpl.score && (
              <dl className={styles.scores} aria-label={t.totalsHeading}>
                <TotalRow label={t.enteredTotal} caption={t.totalCaptions.entered} value={entered ?? t.noScore} testId="entered-total" />
                <TotalRow
                  label={t.recalculatedTotal}
                  caption={t.totalCaptions.recalculated}
                  value={recalculated ?? t.noScore}
                  testId="recalculated-total"
                  diff={diffRecalc && t.difference(t.recalculatedTotal, diffRecalc)}
                />
                <TotalRow
                  label={t.recommendedTotal}
                  caption={t.totalCaptions.recommended}
                  value={recommended ?? t.noScore}
                  testId="recommended-total"
                  diff={diffRecommended && t.difference(t.recommendedTotal, diffRecommended)}
                />
                <div className={styles.score}>
                  <dt className={styles.scoreLabel}>{t.grade}</dt>
                  <dd className={styles.scoreValue} data-testid="grade">
                    {tpl.score.grade ? (
                      <Badge size="large" appearance="filled" color={gradeColor(tpl.score.grade)}>
                        {tpl.score.grade}
                      </Badge>
                    ) : (
                      t.noScore
                    )}
                  </dd>
                </div>
                {entered && !diffRecalc && !diffRecommended && recalculated && recommended && <dd className={styles.diff}>{t.totalsSame}</dd>}
              </dl>
            )}
          </div>
        );
      })}
      <div className={styles.counts} role="group" aria-label={t.countsLabel} data-testid="counts">
        {SEVERITIES.map((s) => (
          <Badge
            key={s}
            appearance={counts[s] > 0 ? "tint" : "outline"}
            color={counts[s] > 0 ? COUNT_COLORS[s] : "subtle"}
            className={counts[s] > 0 ? undefined : styles.zero}
            data-severity={s}
          >
            {t.countOf(s, counts[s])}
          </Badge>
        ))}
      </div>
      {report.skippedSheets.length > 0 && <Text className={styles.muted}>{t.skipped(report.skippedSheets.join("、"))}</Text>}
      <h3 className={styles.subheading}>{t.recalculated(changed.length)}</h3>
      {changed.length === 0 ? (
        <Text className={styles.muted}>{t.noRecalculated}</Text>
      ) : (
        <ul className={styles.recalcList} data-testid="recalculated">
          {changed.map((r) => {
            const to = recalculatedValue(r);
            return (
              <li key={`${r.sheet}!${toA1(r.at)}`} className={styles.recalcItem}>
                {r.sheet}!{toA1(r.at)} · {t.recalcFields[r.field]}
                {t.fieldSeparator}
                {t.oldNew(r.previous, to)}
                {r.previous === to && t.sameShown}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function gradeColor(grade: string): "success" | "brand" | "warning" | "danger" {
  if (grade === "优") return "success";
  if (grade === "良") return "brand";
  if (grade === "中") return "warning";
  return "danger";
}
