// The findings, grouped by what they ask of the accountant — errors (必须处理), warnings (建议复核),
// notes (供参考) — and inside each by sheet. Every finding is titled by its indicator or row label,
// says what to do in one sentence, shows entered against expected, and is a button that shows its
// cell; a finding with a recommended value has 采用建议 on it. README "Task pane" argues the grouping.
import type { ReactNode } from "react";
import { useEffect, useRef } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, makeStyles, mergeClasses, Text, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowTrendingDown16Regular, CheckmarkCircle16Regular, ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { toA1 } from "../../engine/grid";
import { renderDetails, renderMessage } from "../../engine/messages";
import type { MarkKind } from "../../engine/plan";
import type { Finding, Severity } from "../../engine/report";
import { SEVERITIES } from "../../engine/report";
import { findingKey } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";
import { markColour } from "./ColourKey";
import { findingTitle, findingTodo, findingValues, isGoodNews, replacedValue } from "./findingText";

const useStyles = makeStyles({
  empty: { padding: `${tokens.spacingVerticalS} 0`, margin: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS, marginLeft: 0, marginRight: 0 },
  sheetHeading: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    // The mark's own colour (the colour key's), so the list and the sheet read alike.
    borderLeftWidth: "6px",
    borderLeftStyle: "solid",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    padding: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  target: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    // A plain outline drawn inside the button itself: Fluent's focus ring is an ::after that
    // needs a positioned ancestor and, without one, framed the whole pane (issue 13).
    ":focus": { outlineStyle: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  title: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  titleText: { flexGrow: 1, minWidth: 0 },
  address: { flexShrink: 0, fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  todo: { display: "block", overflowWrap: "anywhere" },
  message: { display: "block", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  detail: { display: "block", overflowWrap: "anywhere", paddingLeft: tokens.spacingHorizontalS },
  values: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  valueLabel: { color: tokens.colorNeutralForeground2 },
  value: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}` },
  acceptedBadge: { maxWidth: "100%", height: "auto", whiteSpace: "normal", overflowWrap: "anywhere" },
  iconError: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, alignSelf: "center" },
  iconWarning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, alignSelf: "center" },
  iconInfo: { color: tokens.colorBrandForeground1, flexShrink: 0, alignSelf: "center" },
  iconGood: { color: tokens.colorPaletteGreenForeground1, flexShrink: 0, alignSelf: "center" },
  headerText: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  goodNews: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
});

const BADGE_COLORS: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export function SeverityIcon({ severity, good = false }: { severity: Severity; good?: boolean }) {
  const styles = useStyles();
  if (good) return <ArrowTrendingDown16Regular aria-hidden className={styles.iconGood} />;
  if (severity === "error") return <ErrorCircle16Filled aria-hidden className={styles.iconError} />;
  if (severity === "warning") return <Warning16Filled aria-hidden className={styles.iconWarning} />;
  return <Info16Filled aria-hidden className={styles.iconInfo} />;
}

/** The mark a finding's cell carries, as planWrites draws it: a reason cell has its own colour. */
export function markKindOf(f: Finding): MarkKind {
  return f.atReason && f.severity !== "info" ? "reason" : f.severity;
}

export interface FindingsListProps {
  findings: readonly Finding[];
  accepted: ReadonlySet<string>;
  selected: string | null;
  busy: boolean;
  onSelect(finding: Finding): void;
  onAccept(finding: Finding): void;
  /** Shown under the selected finding (browser mode, narrow pane: the sheet preview). */
  renderDetail?: (finding: Finding) => ReactNode;
}

/** Findings by severity, then by sheet in the order they first appear (the engine sorts by sheet). */
export function groupFindings(findings: readonly Finding[]): { severity: Severity; sheets: { sheet: string; findings: Finding[] }[] }[] {
  return SEVERITIES.map((severity) => {
    const sheets: { sheet: string; findings: Finding[] }[] = [];
    for (const f of findings) {
      if (f.severity !== severity) continue;
      let group = sheets.find((g) => g.sheet === f.sheet);
      if (!group) sheets.push((group = { sheet: f.sheet, findings: [] }));
      group.findings.push(f);
    }
    return { severity, sheets };
  }).filter((g) => g.sheets.length > 0);
}

export function FindingsList({ findings, accepted, selected, busy, onSelect, onAccept, renderDetail }: FindingsListProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const groups = groupFindings(findings);
  const container = useRef<HTMLDivElement>(null);
  // Accepting removes the finding (browser mode re-checks) or swaps its button for a badge
  // (Excel): keep the keyboard user in the list instead of dropping focus to the page.
  const refocus = useRef<number | null>(null);
  const flat = groups.flatMap((g) => g.sheets.flatMap((s) => s.findings));
  useEffect(() => {
    if (refocus.current === null || !container.current) return;
    const active = document.activeElement;
    if (active && active !== document.body) {
      if (!container.current.contains(active)) refocus.current = null;
      return;
    }
    const targets = container.current.querySelectorAll<HTMLButtonElement>("[data-finding-target]");
    if (targets.length > 0) targets[Math.min(refocus.current, targets.length - 1)].focus();
    refocus.current = null;
  });
  const accept = (f: Finding) => {
    refocus.current = flat.indexOf(f);
    onAccept(f);
  };
  if (groups.length === 0) {
    return (
      <Text as="p" className={styles.empty}>
        {t.noFindings}
      </Text>
    );
  }
  return (
    <div ref={container}>
      <Accordion multiple collapsible defaultOpenItems={[...SEVERITIES]}>
        {groups.map(({ severity, sheets }) => {
          const count = sheets.reduce((n, g) => n + g.findings.length, 0);
          const manySheets = sheets.length > 1 || new Set(findings.map((f) => f.sheet)).size > 1;
          return (
            <AccordionItem key={severity} value={severity} data-severity={severity}>
              <AccordionHeader as="h3" size="medium">
                <span className={styles.headerText}>
                  <SeverityIcon severity={severity} />
                  {`${t.severityPlural[severity]}${locale === "zh-CN" ? "：" : ": "}${t.severityDuty[severity]}`}
                  <Badge appearance="tint" color={BADGE_COLORS[severity]}>
                    {t.countOf(severity, count)}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {sheets.map((group) => (
                  <div key={group.sheet} role="group" aria-label={t.findingsOfSheet(group.sheet)}>
                    {manySheets && <h4 className={styles.sheetHeading}>{group.sheet}</h4>}
                    <ul className={styles.list}>
                      {group.findings.map((f) => {
                        const key = findingKey(f);
                        return (
                          <FindingItem
                            key={key}
                            finding={f}
                            message={renderMessage(f, locale)}
                            accepted={accepted.has(key)}
                            selected={selected === key}
                            busy={busy}
                            onSelect={onSelect}
                            onAccept={accept}
                            detail={selected === key ? renderDetail?.(f) : undefined}
                          />
                        );
                      })}
                    </ul>
                  </div>
                ))}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}

interface FindingItemProps {
  finding: Finding;
  message: string;
  accepted: boolean;
  selected: boolean;
  busy: boolean;
  onSelect(finding: Finding): void;
  onAccept(finding: Finding): void;
  detail?: ReactNode;
}

function FindingItem({ finding, message, accepted, selected, busy, onSelect, onAccept, detail }: FindingItemProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const address = toA1(finding.at);
  const cell = `${finding.sheet}!${address}`;
  const title = findingTitle(finding, t);
  const good = isGoodNews(finding);
  const values = findingValues(finding, t);
  const suggestion = finding.suggestion;
  const details = renderDetails(finding, locale);
  return (
    <li className={styles.item} style={{ borderLeftColor: markColour(markKindOf(finding)) }} data-rule={finding.rule} data-cell={cell} data-good={good || undefined}>
      <button
        type="button"
        data-finding-target
        className={mergeClasses(styles.target, selected && styles.selected)}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(finding)}
      >
        <span className={styles.title}>
          <SeverityIcon severity={finding.severity} good={good} />
          <span className={styles.titleText} data-testid="finding-title">
            {title}
            {good && <span className={styles.goodNews}>{` · ${t.goodNews}`}</span>}
          </span>
          <span className={styles.address}>{address}</span>
        </span>
        <span className={styles.todo} data-testid="finding-todo">
          {findingTodo(finding, t)}
        </span>
        <span className={styles.message}>{message}</span>
        {details.length > 0 && (
          // Other rules' findings of the same cause (one problem, one finding), each with its rule and cell.
          <span className={styles.details} data-testid="finding-details">
            {details.map((d) => (
              <span key={d} className={styles.detail}>{`· ${d}`}</span>
            ))}
          </span>
        )}
        {values.length > 0 && (
          <span className={styles.values} data-testid="finding-values">
            {values.map((v) => (
              <span key={v.label}>
                <span className={styles.valueLabel}>{v.label}</span> <span className={styles.value}>{v.value}</span>
              </span>
            ))}
          </span>
        )}
      </button>
      {suggestion && (
        <div className={styles.actions}>
          {accepted ? (
            <Badge className={styles.acceptedBadge} appearance="tint" color="success" icon={<CheckmarkCircle16Regular />}>
              {t.acceptedFrom(replacedValue(finding), suggestion.value)}
            </Badge>
          ) : (
            <Tooltip content={t.acceptHint(suggestion.value)} relationship="description" withArrow>
              <Button size="small" appearance="primary" disabledFocusable={busy} aria-label={t.acceptLabel(suggestion.value, cell)} onClick={() => onAccept(finding)}>
                {t.accept} {suggestion.value}
              </Button>
            </Tooltip>
          )}
        </div>
      )}
      {detail}
    </li>
  );
}
