// Which Office.js enhancements this Excel offers: a feature is used only when the host reports
// its requirement set AND the loaded office.js defines it (PLATFORM.md: the core works on
// ExcelApi 1.7; a self-hosted office.js may lack what the host reports, see office.ts).
import type { OfficeEnv } from "./api";

export interface Features {
  /** ExcelApi 1.9: `worksheet.getRanges` (one object for many areas), `RangeAreas.conditionalFormats`,
   *  `ConditionalFormat.getRanges`, and the fill details that tell "no fill" from white. */
  rangeAreas: boolean;
  /** ExcelApi 1.6: conditional formats, how SelfEval draws its marks. */
  conditionalFormats: boolean;
  /** ExcelApi 1.10: threaded comments. */
  comments: boolean;
  /** ExcelApi 1.13: `range.getMergedAreasOrNullObject`. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (subscription Excel only). */
  notes: boolean;
}

export function detectFeatures(env: Pick<OfficeEnv, "isSetSupported" | "apis">): Features {
  const has = (version: string) => safeIsSetSupported(env, "ExcelApi", version);
  const lib = env.apis ?? { notes: true, comments: true, conditionalFormats: true, mergedAreas: true };
  return {
    rangeAreas: has("1.9"),
    conditionalFormats: has("1.6") && lib.conditionalFormats,
    comments: has("1.10") && lib.comments,
    mergedAreas: has("1.13") && lib.mergedAreas,
    notes: has("1.18") && lib.notes,
  };
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
