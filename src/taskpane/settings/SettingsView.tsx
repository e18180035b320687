/**
 * 设置: the rule profile (a built-in one, or the unit's own file), saved in the workbook so that every colleague
 * opening it uses the same rules; and the pane's language (Office's display language by default; the choice is
 * the user's, kept in the browser, not in the workbook).
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState, type ChangeEvent } from "react";
import { BUILT_IN_PROFILES, parseProfile, type Profile } from "../../core/profile";
import { withProfile } from "../../core/settings";
import { usePane, useSession, useWords, type Language } from "../state/pane-context";
import { WORDS } from "./words";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  description: { color: tokens.colorNeutralForeground3, display: "block", paddingLeft: tokens.spacingHorizontalXXL },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  file: { display: "none" },
});

type Notice = { readonly intent: "success" | "error" | "info"; readonly text: string };

const CUSTOM = "custom";

export function SettingsView() {
  const styles = useStyles();
  const w = useWords(WORDS);
  const { session, languageChoice, officeLanguage, setLanguage } = usePane();
  const { workbook, busy } = useSession();
  const [picked, setPicked] = useState<string | null>(null);
  const [custom, setCustom] = useState<Profile | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  if (!workbook) return <Spinner label={w.noWorkbook} />;
  const stored = workbook.customProfile ? CUSTOM : workbook.profile.id;
  const value = picked ?? stored;
  const ownProfile = custom ?? (workbook.customProfile ? workbook.profile : null);
  const chosen: Profile | null =
    value === CUSTOM ? ownProfile : (BUILT_IN_PROFILES.find((p) => p.id === value) ?? null);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const parsed = parseProfile(await file.text(), file.name);
    if (!parsed.ok) {
      setNotice({ intent: "error", text: parsed.message });
      return;
    }
    setCustom(parsed.value);
    setPicked(CUSTOM);
    setNotice({ intent: "info", text: w.fileLoaded(file.name) });
  };

  const save = async () => {
    if (!chosen) return;
    const settings = withProfile(workbook.snapshot.settings, chosen, value !== CUSTOM);
    const result = await session.write({ writes: [], settings }, w.saveLabel(chosen.name));
    if (!result) return;
    if (result.settingsError) setNotice({ intent: "error", text: result.settingsError });
    else {
      setPicked(null);
      setCustom(null);
      setNotice({ intent: "success", text: w.saved(chosen.name) });
    }
  };

  return (
    <section className={styles.view}>
      <div className={styles.section}>
        <Subtitle2 as="h2">{w.profileTitle}</Subtitle2>
        <Caption1>{w.profileHint}</Caption1>
        <Field label={w.current(workbook.profile.name)}>
          <RadioGroup value={value} onChange={(_, d) => setPicked(d.value)}>
            {BUILT_IN_PROFILES.map((p) => (
              <div key={p.id}>
                <Radio value={p.id} label={p.name} />
                <Caption1 className={styles.description}>
                  {w.basis}
                  {p.basis}。{p.description}
                </Caption1>
              </div>
            ))}
            {ownProfile ? <Radio value={CUSTOM} label={w.customLabel(ownProfile.name)} /> : null}
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button onClick={() => fileInput.current?.click()}>{w.loadFile}</Button>
          <input
            ref={fileInput}
            className={styles.file}
            type="file"
            accept=".json,application/json"
            aria-label={w.loadFile}
            onChange={(e) => void readFile(e)}
          />
          <Button
            appearance="primary"
            disabled={!chosen || value === stored || busy !== null}
            onClick={() => void save()}
          >
            {w.save}
          </Button>
        </div>
        {notice ? (
          <MessageBar intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.section}>
        <Subtitle2 as="h2">{w.languageTitle}</Subtitle2>
        <RadioGroup
          value={languageChoice ?? "office"}
          onChange={(_, d) => setLanguage(d.value === "office" ? null : (d.value as Language))}
        >
          <Radio value="office" label={w.followOffice(officeLanguage === "en-US" ? w.english : w.chinese)} />
          <Radio value="zh-CN" label={w.chinese} />
          <Radio value="en-US" label={w.english} />
        </RadioGroup>
      </div>
    </section>
  );
}
