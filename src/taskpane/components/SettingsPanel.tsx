// 设置: rule profile, how recalculated cells are written, language. Saved through the host
// (workbook settings in Excel, localStorage in a browser) on every change.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Field, makeStyles, Radio, RadioGroup, Select, tokens } from "@fluentui/react-components";
import { Settings20Regular } from "@fluentui/react-icons";
import { PROFILES } from "../../engine/profile";
import type { Locale } from "../../engine/report";
import type { Settings } from "../../host/contract";
import { useStrings } from "../i18n";
import { LANGUAGE_NAMES } from "../strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
});

export interface SettingsPanelProps {
  settings: Settings;
  disabled: boolean;
  onChange(patch: Partial<Settings>): void;
}

export function SettingsPanel({ settings, disabled, onChange }: SettingsPanelProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader as="h2" icon={<Settings20Regular />}>
          {t.settings}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
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
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
