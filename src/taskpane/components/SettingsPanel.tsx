// 设置: rule profile (a built-in one, or a profile JSON file the user loads), how recalculated
// cells are written, language. Saved through the host (workbook settings in Excel, localStorage in
// a browser) on every change. Opened from the 设置 button at the top of the pane (SettingsButton),
// shown right under it. The file is handed to the pane's hook; this component does not read it.
import { useRef } from "react";
import { Button, Field, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, Text, tokens } from "@fluentui/react-components";
import { Delete20Regular, Dismiss20Regular, DocumentArrowUp20Regular, Settings20Regular } from "@fluentui/react-icons";
import { PROFILES } from "../../engine/profile";
import type { Profile } from "../../engine/profile";
import type { Locale } from "../../engine/report";
import type { Settings } from "../../host/contract";
import { MAX_PROFILE_CHARS } from "../../host/profiles";
import type { ProfileError } from "../../host/profiles";
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
  profile: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // A <select> is as wide as its longest option ("Integrated budget system (base practice)"):
  // held to the panel's width so that a 320 px pane never scrolls sideways.
  field: { minWidth: 0 },
  select: { minWidth: 0, maxWidth: "100%", "& > select": { minWidth: 0, maxWidth: "100%", textOverflow: "ellipsis" } },
  fileRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  input: { display: "none" },
  hint: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  // Wraps like the pane's other notices: a long reason must not push a 320 px pane sideways.
  bar: { minWidth: 0, maxWidth: "100%", boxSizing: "border-box" },
  body: { overflowWrap: "anywhere", whiteSpace: "normal", minWidth: 0 },
  line: { display: "block" },
});

/** What the file picker offers: profile files are JSON. */
export const PROFILE_ACCEPT = ".json,application/json";

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
  /** Where the pane runs: says where a loaded file is kept. */
  hostKind: "excel" | "browser";
  /** The loaded profile file's profile, while one is loaded. */
  customProfile: Profile | null;
  /** Why the file chosen last was refused; the settings did not change. */
  profileError: ProfileError | null;
  onLoadProfile(file: File): void;
  onRemoveProfile(): void;
  onDismissProfileError(): void;
}

export function SettingsPanel({ settings, disabled, onChange, hostKind, customProfile, profileError, onLoadProfile, onRemoveProfile, onDismissProfileError }: SettingsPanelProps) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const input = useRef<HTMLInputElement>(null);
  const loadButton = useRef<HTMLButtonElement>(null);
  return (
    <section id={SETTINGS_PANEL_ID} className={styles.panel} aria-labelledby="selfeval-settings-heading" data-testid="settings">
          <h2 id="selfeval-settings-heading" className={styles.heading}>
            {t.settings}
          </h2>
          <div className={styles.profile}>
            <Field label={t.profile} className={styles.field}>
              <Select className={styles.select} value={settings.profile} disabled={disabled} onChange={(_, data) => onChange({ profile: data.value })} data-testid="profile-select">
                {PROFILES.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name[locale]}
                  </option>
                ))}
                {customProfile && (
                  <option value={customProfile.id} data-custom="true">
                    {t.customProfileOption(customProfile.name[locale])}
                  </option>
                )}
              </Select>
            </Field>
            <input
              ref={input}
              className={styles.input}
              type="file"
              accept={PROFILE_ACCEPT}
              tabIndex={-1}
              aria-label={t.loadProfile}
              data-testid="profile-input"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                // Cleared so that choosing the same file again (after editing it) still fires a change.
                event.currentTarget.value = "";
                if (file) onLoadProfile(file);
              }}
            />
            <div className={styles.fileRow}>
              <Button ref={loadButton} icon={<DocumentArrowUp20Regular />} disabled={disabled} onClick={() => input.current?.click()} data-testid="load-profile">
                {t.loadProfile}
              </Button>
              {customProfile && (
                <Button
                  appearance="subtle"
                  icon={<Delete20Regular />}
                  disabled={disabled}
                  onClick={() => {
                    onRemoveProfile();
                    loadButton.current?.focus(); // the button itself goes away
                  }}
                  data-testid="remove-profile"
                >
                  {t.removeProfile}
                </Button>
              )}
            </div>
            <Text size={200} className={styles.hint} data-testid="profile-hint">
              {customProfile ? t.customProfileKept[hostKind] : t.loadProfileHint(MAX_PROFILE_CHARS / 1024)}
            </Text>
            {profileError && (
              <MessageBar intent="error" layout="multiline" className={styles.bar} data-testid="profile-error">
                <MessageBarBody className={styles.body}>
                  <MessageBarTitle>{t.profileLoadFailed}</MessageBarTitle>
                  {/* Both languages, zh-CN first: the reason names the file's content, whoever reads it. */}
                  <span className={styles.line} lang="zh-CN">
                    {profileError["zh-CN"]}
                  </span>
                  <span className={styles.line} lang="en">
                    {profileError.en}
                  </span>
                </MessageBarBody>
                <MessageBarActions
                  containerAction={<Button appearance="transparent" aria-label={t.dismiss} icon={<Dismiss20Regular />} onClick={onDismissProfileError} />}
                />
              </MessageBar>
            )}
          </div>
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
