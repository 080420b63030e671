// Text and JSON renderings of a run (SPEC §8).
import { toA1 } from "../engine/grid";
import { renderMessage, SEVERITY_LABELS } from "../engine/messages";
import type { Finding, Locale, Report } from "../engine/report";

export interface FileResult {
  file: string;
  report?: Report;
  error?: string;
}

export function toJsonFinding(f: Finding, locale: Locale) {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: toA1(f.at),
    message: renderMessage(f, locale),
    expected: f.expected ?? null,
    actual: f.actual ?? null,
  };
}

export function toJson(results: FileResult[], locale: Locale): string {
  const doc = {
    version: 1,
    results: results.map((r) => ({
      file: r.file,
      profile: r.report?.profile ?? null,
      sheets: (r.report?.templates ?? []).map((t) => ({
        name: t.sheet,
        template: t.kind,
        ...(t.score ? { score: { entered: t.score.entered ?? null, recommended: t.score.recommended ?? null, grade: t.score.grade ?? null } } : {}),
      })),
      skippedSheets: r.report?.skippedSheets ?? [],
      findings: (r.report?.findings ?? []).map((f) => toJsonFinding(f, locale)),
      recalculated: (r.report?.recalculations ?? []).filter((c) => !c.unchanged).map((c) => ({ sheet: c.sheet, cell: toA1(c.at), field: c.field, value: c.value })),
      error: r.error ?? null,
    })),
  };
  return JSON.stringify(doc, null, 2);
}

const KIND_NAMES: Record<Locale, Record<string, string>> = {
  "zh-CN": { "dept-eval": "部门整体支出绩效自评表", "dept-base": "整体支出绩效评价基础数据表", "project-eval": "项目支出绩效自评表" },
  en: { "dept-eval": "department self-evaluation", "dept-base": "department base data", "project-eval": "project self-evaluation" },
};

export function toText(results: FileResult[], locale: Locale): string {
  const zh = locale === "zh-CN";
  const lines: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) {
    lines.push(r.file);
    if (r.error || !r.report) {
      lines.push(`  ${zh ? "无法校验" : "cannot check"}: ${r.error}`);
      lines.push("");
      continue;
    }
    const report = r.report;
    for (const t of report.templates) {
      const parts = [`  ${t.sheet} · ${KIND_NAMES[locale][t.kind]}`];
      if (t.name) parts.push(t.name);
      if (t.score) {
        parts.push(
          zh
            ? `总分 填报 ${t.score.entered ?? "—"} / 建议 ${t.score.recommended ?? "—（有指标无法评分）"} · 等级 ${t.score.grade ?? "—"}`
            : `total entered ${t.score.entered ?? "—"} / recommended ${t.score.recommended ?? "— (some indicators cannot be scored)"} · grade ${t.score.grade ?? "—"}`,
        );
      }
      lines.push(parts.join(" · "));
    }
    if (report.skippedSheets.length > 0) lines.push(`  ${zh ? "已跳过（不是模板）" : "skipped (not a template)"}: ${report.skippedSheets.join(", ")}`);
    for (const f of report.findings) {
      totals[f.severity]++;
      lines.push(`  ${SEVERITY_LABELS[locale][f.severity].padEnd(zh ? 2 : 7)}  ${f.sheet}!${toA1(f.at)}  ${f.rule}  ${renderMessage(f, locale)}`);
    }
    const changed = report.recalculations.filter((c) => !c.unchanged);
    if (changed.length > 0) {
      lines.push(`  ${zh ? "重新计算" : "recalculated"}: ${changed.map((c) => `${c.sheet}!${toA1(c.at)}`).join(", ")}`);
    }
    lines.push("");
  }
  const count = (n: number, zhWord: string, en: string) => (zh ? `${n} ${zhWord}` : `${n} ${en}${n === 1 ? "" : "s"}`);
  lines.push(
    zh
      ? `汇总：${results.length} 个文件，${count(totals.error, "错误", "error")}，${count(totals.warning, "警告", "warning")}，${count(totals.info, "提示", "info")}`
      : `Summary: ${results.length} file(s), ${count(totals.error, "错误", "error")}, ${count(totals.warning, "警告", "warning")}, ${count(totals.info, "提示", "info")}`,
  );
  return lines.join("\n");
}
