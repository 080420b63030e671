// Binds every sheet of a workbook and validates: the one call the adapters make.
import type { WorkbookGrid } from "../engine/grid";
import type { BoundTemplate } from "../engine/model";
import type { Profile } from "../engine/profile";
import type { Report } from "../engine/report";
import type { BoundWorkbook } from "../engine/validate";
import { validate } from "../engine/validate";
import { bindSheet } from "./bind";
import { Glossary } from "./glossary";

export function bindWorkbook(grid: WorkbookGrid, profile: Profile): BoundWorkbook {
  const templates: BoundTemplate[] = [];
  const skippedSheets: string[] = [];
  // One glossary for the whole workbook: a label seen on two sheets is normalised once.
  const glossary = new Glossary(profile.labels);
  for (const sheet of grid.sheets) {
    const bound = bindSheet(sheet, glossary);
    if (bound.length === 0) skippedSheets.push(sheet.name);
    templates.push(...bound);
  }
  return { sheets: grid.sheets, templates, skippedSheets };
}

export function checkWorkbook(grid: WorkbookGrid, profile: Profile): Report {
  return validate(bindWorkbook(grid, profile), profile);
}

export { bindSheet };
export { GLOSSARY, LABEL_KEYS, isLabelKey } from "./glossary";
export type { LabelKey } from "./glossary";
