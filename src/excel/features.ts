// Which Office.js enhancements this Excel offers, by feature detection (PLATFORM.md: the core
// works on ExcelApi 1.7; everything else is an enhancement).
import type { OfficeEnv } from "./api";

export interface Features {
  /** ExcelApi 1.9: `worksheet.getRanges` (one object for many areas) and the fill details
   *  (`tintAndShade`, `pattern`) that tell "no fill" from a white fill. */
  rangeAreas: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.13: `range.getMergedAreasOrNullObject`. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (subscription Excel only). */
  notes: boolean;
}

export function detectFeatures(env: Pick<OfficeEnv, "isSetSupported">): Features {
  const has = (version: string) => safeIsSetSupported(env, "ExcelApi", version);
  return { rangeAreas: has("1.9"), comments: has("1.10"), mergedAreas: has("1.13"), notes: has("1.18") };
}

/** How messages reach the sheet: notes where the host has them, else comments, else only the pane. */
export function noteSupport(features: Features): "notes" | "comments" | "none" {
  return features.notes ? "notes" : features.comments ? "comments" : "none";
}

export function safeIsSetSupported(env: Pick<OfficeEnv, "isSetSupported">, name: string, version: string): boolean {
  try {
    return env.isSetSupported(name, version) === true;
  } catch {
    // Old hosts throw for sets they have never heard of; that is a "no".
    return false;
  }
}
