// The binder: finds the templates of SPEC §2 on a sheet by their labels, not by fixed addresses.
// One glossary is compiled per bind (with the profile's extra synonyms), so every distinct label
// text is normalised once; the sheet view lists each row's filled cells once.
import type { SheetGrid } from "../engine/grid";
import type { BoundTemplate } from "../engine/model";
import { bindBaseTable } from "./base-table";
import { bindEvalTables } from "./eval-table";
import { Glossary } from "./glossary";
import { SheetView } from "./view";

export function bindSheet(sheet: SheetGrid, extra: Readonly<Record<string, readonly string[]>> | Glossary = {}): BoundTemplate[] {
  const glossary = extra instanceof Glossary ? extra : new Glossary(extra);
  const view = new SheetView(sheet, glossary);
  const evals = bindEvalTables(view);
  const base = bindBaseTable(view);
  return [...evals, ...(base ? [base] : [])].sort((a, b) => a.headerAt.row - b.headerAt.row);
}
