// 颜色说明: what each mark colour means, in severity order (error > reason > warning > info), drawn
// from MARK_FILLS so the key, the finding list, the preview and the sheet always agree.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { MarkKind } from "../../engine/plan";
import { MARK_FILLS } from "../../engine/plan";
import { useStrings } from "../i18n";

/** Most severe first. */
export const KEY_ORDER: readonly MarkKind[] = ["error", "reason", "warning", "info"];

/** A mark's fill as CSS (MARK_FILLS holds ARGB). */
export function markColour(kind: MarkKind): string {
  return `#${MARK_FILLS[kind].slice(2)}`;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  swatch: {
    flexShrink: 0,
    width: "20px",
    height: "14px",
    marginTop: "2px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

export function ColourKey() {
  const styles = useStyles();
  const { t } = useStrings();
  return (
    <section className={styles.root} aria-labelledby="selfeval-colour-key" data-testid="colour-key">
      <h2 id="selfeval-colour-key" className={styles.heading}>
        {t.colourKey}
      </h2>
      <ul className={styles.list}>
        {KEY_ORDER.map((kind) => (
          <li key={kind} className={styles.item} data-kind={kind}>
            <span className={styles.swatch} style={{ backgroundColor: markColour(kind) }} aria-hidden />
            <span>{t.colourKeyItems[kind]}</span>
          </li>
        ))}
      </ul>
      <p className={styles.note}>{t.colourKeyNote}</p>
    </section>
  );
}
