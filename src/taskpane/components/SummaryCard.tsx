// The run at a glance: entered and recommended 总分 per template, the grade, findings by severity,
// and the cells the run recalculated (SPEC §6: "each change is listed in the pane").
import { Badge, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
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
  scores: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  score: { display: "flex", flexDirection: "column", margin: 0 },
  scoreLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  scoreValue: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
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
      {report.templates.map((tpl) => (
        <div key={`${tpl.sheet}-${tpl.headerAt.row}`} className={styles.template} data-testid="template-summary" data-sheet={tpl.sheet}>
          <Text weight="semibold">{t.templateKinds[tpl.kind]}</Text>
          <Text size={200} className={styles.sheet}>
            {[tpl.sheet, tpl.name, tpl.year].filter(Boolean).join(" · ")}
          </Text>
          {tpl.score && (
            <dl className={styles.scores}>
              <div className={styles.score}>
                <dt className={styles.scoreLabel}>{t.enteredTotal}</dt>
                <dd className={styles.scoreValue} data-testid="entered-total">
                  {tpl.score.entered ?? t.noScore}
                </dd>
              </div>
              <div className={styles.score}>
                <dt className={styles.scoreLabel}>{t.recommendedTotal}</dt>
                <dd className={styles.scoreValue} data-testid="recommended-total">
                  {tpl.score.recommended ?? t.noScore}
                </dd>
              </div>
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
            </dl>
          )}
        </div>
      ))}
      <div className={styles.counts} role="group" aria-label={t.countsLabel} data-testid="counts">
        {SEVERITIES.map((s) => (
          <Badge key={s} appearance={counts[s] > 0 ? "tint" : "outline"} color={counts[s] > 0 ? COUNT_COLORS[s] : "subtle"} data-severity={s}>
            {t.severityPlural[s]} {counts[s]}
          </Badge>
        ))}
      </div>
      {report.skippedSheets.length > 0 && <Text className={styles.muted}>{t.skipped(report.skippedSheets.join("、"))}</Text>}
      <h3 className={styles.subheading}>{t.recalculated(changed.length)}</h3>
      {changed.length === 0 ? (
        <Text className={styles.muted}>{t.noRecalculated}</Text>
      ) : (
        <ul className={styles.recalcList} data-testid="recalculated">
          {changed.map((r) => (
            <li key={`${r.sheet}!${toA1(r.at)}`} className={styles.recalcItem}>
              {r.sheet}!{toA1(r.at)} · {t.recalcFields[r.field]} → {recalculatedValue(r)}
            </li>
          ))}
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
