// 设置: rule profile, how recalculated cells are written, language. Saved through the host
// (workbook settings in Excel, localStorage in a browser) on every change. Opened from the 设置
// button at the top of the pane (SettingsButton), shown right under it.
import { Button, Field, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import { PROFILES } from "../../engine/profile";
import type { Locale } from "../../engine/report";
import type { Settings } from "../../host/contract";
import { useStrings } from "../i18n";
import { LANGUAGE_NAMES } from "../strings";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
});

export const SETTINGS_PANEL_ID = "selfeval-settings";

export function SettingsButton({ open, onToggle }: { open: boolean; onToggle(): void }) {
  const { t } = useStrings();
  return (
    <Button
      appearance="subtle"
      icon={<Settings20Regular />}
      aria-expanded={open}
      aria-controls={open ? SETTINGS_PANEL_ID : undefined}
      onClick={onToggle}
      data-testid="settings-button"
    >
      {t.settingsButton}
    </Button>
  );
}

export interface SettingsPanelProps {
  settings: Settings;
  disabled: boolean;
  onChange(patch: Partial<Settings>): void;
}

export function SettingsPanel({ settings, disabled, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  return (
    <section id={SETTINGS_PANEL_ID} className={styles.panel} aria-labelledby="selfeval-settings-heading" data-testid="settings">
          <h2 id="selfeval-settings-heading" className={styles.heading}>
            {t.settings}
          </h2>
          <Field label={t.profile}>
            <Select value={settings.profile} disabled={disabled} onChange={(_, data) => onChange({ profile: data.value })}>
              {PROFILES.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name[locale]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.writeMode}>
            <RadioGroup
              value={settings.mode}
              disabled={disabled}
              onChange={(_, data) => onChange({ mode: data.value === "formulas" ? "formulas" : "values" })}
            >
              <Radio value="values" label={t.writeValues} />
              <Radio value="formulas" label={t.writeFormulas} />
            </RadioGroup>
          </Field>
          <Field label={t.language}>
            <RadioGroup value={settings.locale} disabled={disabled} onChange={(_, data) => onChange({ locale: data.value as Locale })}>
              {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => (
                <Radio key={l} value={l} label={LANGUAGE_NAMES[l]} lang={l} />
              ))}
            </RadioGroup>
          </Field>
    </section>
  );
}
