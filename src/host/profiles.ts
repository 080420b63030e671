// The profile a run uses, for every host: a built-in one by id, or a profile JSON file the user
// loaded (the CLI's --profile file, the pane's 载入规则配置文件). A loaded file is kept as its
// text, so that the settings that carry it stay plain JSON and it is validated again each time it
// is read: a file written for an older SelfEval is refused with a reason, never half-applied.
import { defaultProfile, findProfile, PROFILES, profileFromJson } from "../engine/profile";
import type { Profile } from "../engine/profile";
import { RULES } from "../engine/rules";
import { LABEL_KEYS } from "../template/glossary";

export interface ProfileError {
  "zh-CN": string;
  en: string;
}

/** Profile files are a few kilobytes; a bigger one is not a profile (and would not fit the workbook's settings). */
export const MAX_PROFILE_CHARS = 64 * 1024;

/**
 * Reads a profile file's text. Its `id` must not be a built-in profile's, so that a run's report
 * (which names the profile by id) never passes a custom profile off as a built-in one.
 */
export function readProfileText(text: string): { profile: Profile } | { error: ProfileError } {
  if (text.length > MAX_PROFILE_CHARS) {
    return { error: { "zh-CN": `规则配置文件过大（超过 ${MAX_PROFILE_CHARS / 1024} KB），不是规则配置`, en: `the profile file is larger than ${MAX_PROFILE_CHARS / 1024} KB: not a profile` } };
  }
  const result = profileFromText(text);
  if ("notJson" in result) return { error: { "zh-CN": "规则配置文件不是有效的 JSON", en: "the profile file is not valid JSON" } };
  if ("error" in result) return { error: { "zh-CN": `规则配置文件有误：${result.error["zh-CN"]}`, en: `invalid profile: ${result.error.en}` } };
  if (PROFILES.some((p) => p.id === result.profile.id)) {
    return { error: { "zh-CN": `规则配置文件的 id “${result.profile.id}”与内置配置重名，请换一个 id`, en: `the profile file's id "${result.profile.id}" is a built-in profile's; choose another id` } };
  }
  return result;
}

/**
 * A profile file's text (a byte-order mark allowed) read as JSON, then as a profile: the one
 * reading every host and the CLI share; each words the outcome for its own user.
 */
export function profileFromText(text: string): { profile: Profile } | { notJson: true } | { error: ProfileError } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { notJson: true };
  }
  return profileFromJson(json, RULES, LABEL_KEYS);
}

/** The loaded file's profile, when the settings hold one that reads. */
export function customProfileOf(settings: { customProfile?: string | null }): Profile | null {
  if (!settings.customProfile) return null;
  const read = readProfileText(settings.customProfile);
  return "profile" in read ? read.profile : null;
}

/**
 * The profile for a profile id and the loaded file's text, if any: the loaded profile when the id
 * is its id, else the built-in one, else the default (a removed profile, an unreadable file).
 */
export function resolveProfile(id: string, customText?: string | null): Profile {
  const custom = customProfileOf({ customProfile: customText });
  if (custom?.id === id) return custom;
  return findProfile(id) ?? defaultProfile;
}
