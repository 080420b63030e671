// The profile part of saved settings, read the same way by every host (Excel's document settings,
// browser mode's localStorage) and by the ribbon: a profile id is kept when it is a built-in one or
// the id of the loaded file that is kept with it and still reads as a profile.
import { findProfile } from "../engine/profile";
import type { Profile } from "../engine/profile";
import { readProfileText } from "./profiles";
import type { ProfileError } from "./profiles";

export interface SavedProfile {
  profile?: string;
  customProfile?: string;
  /** Saved settings held a loaded file this version cannot read (it was written for another
   *  SelfEval, or damaged): why, so the pane can say so instead of falling back in silence. */
  unreadable?: ProfileError;
}

/** What saved settings' `profile` and `customProfile` give this version; anything else is dropped. */
export function readSavedProfile(profile: unknown, customProfile: unknown): SavedProfile {
  const out: SavedProfile = {};
  let custom: Profile | null = null;
  if (typeof customProfile === "string" && customProfile !== "") {
    const read = readProfileText(customProfile);
    if ("profile" in read) {
      custom = read.profile;
      out.customProfile = customProfile;
    } else out.unreadable = read.error;
  }
  if (typeof profile === "string" && (findProfile(profile) || custom?.id === profile)) out.profile = profile;
  return out;
}
