// The findings, errors first, then warnings, then infos; inside each, grouped by sheet. Every
// finding is a button that shows its cell; a finding with a recommended value has 采用建议.
import type { ReactNode } from "react";
import { useEffect, useRef } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { CheckmarkCircle16Regular, ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { toA1 } from "../../engine/grid";
import { renderMessage } from "../../engine/messages";
import type { Finding, Severity } from "../../engine/report";
import { SEVERITIES } from "../../engine/report";
import { findingKey } from "../hooks/useTaskpane";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  empty: { padding: `${tokens.spacingVerticalS} 0` },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
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
    gap: tokens.spacingVerticalXS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    padding: tokens.spacingVerticalXXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
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
    ...createFocusOutlineStyle(),
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  cell: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  message: { display: "block", overflowWrap: "anywhere" },
  values: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}` },
  iconError: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  iconWarning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  iconInfo: { color: tokens.colorBrandForeground1, flexShrink: 0 },
  headerText: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const BADGE_COLORS: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  if (severity === "error") return <ErrorCircle16Filled aria-hidden className={styles.iconError} />;
  if (severity === "warning") return <Warning16Filled aria-hidden className={styles.iconWarning} />;
  return <Info16Filled aria-hidden className={styles.iconInfo} />;
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
        return (
          <AccordionItem key={severity} value={severity} data-severity={severity}>
            <AccordionHeader as="h3" size="medium">
              <span className={styles.headerText}>
                <SeverityIcon severity={severity} />
                {t.severityPlural[severity]}
                <Badge appearance="tint" color={BADGE_COLORS[severity]} aria-hidden>
                  {count}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {sheets.map((group) => (
                <section key={group.sheet} aria-label={t.findingsOfSheet(group.sheet)}>
                  <h4 className={styles.sheetHeading}>{group.sheet}</h4>
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
                </section>
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
  const { t } = useStrings();
  const cell = `${finding.sheet}!${toA1(finding.at)}`;
  const hasValues = finding.actual !== undefined || finding.expected !== undefined;
  return (
    <li className={mergeClasses(styles.item, styles[finding.severity])} data-rule={finding.rule} data-cell={cell}>
      <button
        type="button"
        data-finding-target
        className={mergeClasses(styles.target, selected && styles.selected)}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(finding)}
      >
        <span className={styles.cell}>
          <SeverityIcon severity={finding.severity} />
          {cell}
        </span>
        <span className={styles.message}>{message}</span>
        {hasValues && (
          <span className={styles.values}>
            {finding.actual !== undefined && `${t.actual} ${finding.actual}`}
            {finding.actual !== undefined && finding.expected !== undefined && " · "}
            {finding.expected !== undefined && `${t.expected} ${finding.expected}`}
          </span>
        )}
      </button>
      {finding.suggestion && (
        <div className={styles.actions}>
          {accepted ? (
            <Badge appearance="tint" color="success" icon={<CheckmarkCircle16Regular />}>
              {t.accepted} {finding.suggestion.value}
            </Badge>
          ) : (
            <Tooltip content={t.acceptHint(finding.suggestion.value)} relationship="description" withArrow>
              <Button size="small" disabledFocusable={busy} aria-label={t.acceptLabel(finding.suggestion.value, cell)} onClick={() => onAccept(finding)}>
                {t.accept} {finding.suggestion.value}
              </Button>
            </Tooltip>
          )}
        </div>
      )}
      {detail}
    </li>
  );
}
