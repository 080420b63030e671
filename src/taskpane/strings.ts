// Every string the task pane shows, in zh-CN and en. Rule messages come from the engine
// (renderMessage); this file holds only the pane's own words.
import { TEMPLATE_NAMES } from "../engine/messages";
import type { TemplateKind } from "../engine/model";
import type { Recalculation, Locale, Severity } from "../engine/report";

export interface Strings {
  appTitle: string;
  modeExcel: string;
  modeBrowser: string;
  starting: string;

  validate: string;
  validating: string;
  validateHint: string;
  acceptAll: (n: number) => string;
  acceptAllHint: string;
  accept: string;
  acceptHint: (value: string) => string;
  acceptLabel: (value: string, cell: string) => string;
  accepted: string;
  clearMarks: string;
  clearMarksHint: string;
  undo: string;
  undoHint: string;
  download: string;
  downloadHint: string;
  actionsLabel: string;
  working: string;

  exportSubmission: string;
  exporting: string;
  exportHintBrowser: string;
  exportHintExcel: string;
  exportLabel: string;
  reportSheetOption: string;
  reportSheetHint: string;
  confirmExportTitle: string;
  confirmExportBody: (errors: number) => string;
  confirmExportDetail: string;
  confirmExport: string;
  cancel: string;
  exportedBrowser: (name: string, reportSheet: boolean) => string;
  exportedExcel: (name: string) => string;
  exportedPdf: string;
  saveAsTitle: string;
  downloadBlocked: string;
  suggestedName: (name: string) => string;
  restoreMarks: string;
  restoreMarksHint: string;

  openFiles: string;
  openFilesHint: string;
  emptyTitle: string;
  dropHint: string;
  dropHere: string;
  fileLabel: string;
  noFile: string;
  reading: (name: string) => string;
  fileError: (name: string, message: string) => string;
  noTemplate: string;
  dismiss: string;

  results: string;
  enteredTotal: string;
  recommendedTotal: string;
  grade: string;
  noScore: string;
  countsLabel: string;
  recalculated: (n: number) => string;
  noRecalculated: string;
  templateKinds: Record<TemplateKind, string>;
  recalcFields: Record<Recalculation["field"], string>;
  skipped: (sheets: string) => string;
  noTemplatesInRun: string;

  findings: string;
  noFindings: string;
  severityPlural: Record<Severity, string>;
  /** "1 个错误", "4 个警告", "3 条提示". */
  countOf: (severity: Severity, n: number) => string;
  /** What a severity asks of the accountant: the findings list's group headings. */
  severityDuty: Record<Severity, string>;
  /** The one-line verdict above the findings (counts of findings not yet handled). */
  verdict: (counts: Record<Severity, number>) => string;
  goodNews: string;
  computed: string;
  range: string;
  entered: string;
  acceptedFrom: (from: string | undefined, to: string) => string;
  /** A finding's title when it names no indicator: by rule. */
  ruleTitles: Record<string, string>;
  /** What to do, in one sentence, by "rule|messageId" or "rule"; {{key}} takes the finding's data. */
  todo: Record<string, string>;
  todoBySeverity: Record<Severity, string>;
  colourKey: string;
  colourKeyItems: Record<"error" | "reason" | "warning" | "info", string>;
  colourKeyNote: string;
  totalsHeading: string;
  totalCaptions: { entered: string; recalculated: string; recommended: string };
  recalculatedTotal: string;
  difference: (label: string, diff: string) => string;
  totalsSame: string;
  oldNew: (from: string | undefined, to: string) => string;
  sameShown: string;
  fieldSeparator: string;
  bulkLabel: string;
  staleTitle: string;
  stale: string;
  revalidate: string;
  remainingErrors: string;
  moreErrors: (n: number) => string;
  showAllErrors: string;
  settingsButton: string;
  mainLabel: string;
  expected: string;
  actual: string;
  goToCell: (cell: string, message: string) => string;
  findingsOfSheet: (sheet: string) => string;

  ranExcel: (written: number, marked: number) => string;
  ranBrowser: (written: number, marked: number) => string;
  notesVia: Record<"notes" | "comments" | "none", string>;
  protectedSheets: (sheets: string) => string;
  tooLargeSheets: (sheets: string) => string;
  acceptedDone: (n: number) => string;
  marksCleared: string;
  undone: string;
  undoneBrowser: string;
  downloaded: (name: string) => string;

  settings: string;
  profile: string;
  profileUsed: (name: string) => string;
  /** A loaded profile file's entry in the profile list (and in the results card). */
  customProfileOption: (name: string) => string;
  loadProfile: string;
  loadProfileHint: (kb: number) => string;
  removeProfile: string;
  /** Where the loaded file is kept. */
  customProfileKept: Record<"excel" | "browser", string>;
  profileLoadFailed: string;
  writeMode: string;
  writeValues: string;
  writeFormulas: string;
  language: string;
  settingsSaveFailed: string;

  preview: (sheet: string) => string;
  previewHint: string;
  previewTruncated: (rows: number, cols: number) => string;
  previewCell: (cell: string) => string;

  errorTitle: string;
  errorGeneric: (detail: string) => string;
  errorCellEdit: string;
  errorAccessDenied: string;
  errorNoFile: string;
  errorExcelMissing: string;
}

const zh: Strings = {
  appTitle: "绩效自评助手",
  modeExcel: "Excel",
  modeBrowser: "浏览器模式",
  starting: "正在启动…",

  validate: "校验并评分",
  validating: "正在校验…",
  validateHint: "按模板标签识别工作表，检查加总、比率和得分，并计算建议得分",
  acceptAll: (n) => `全部采用（${n}）`,
  acceptAllHint: "将所有建议得分写入表中；只在你点击后写入",
  accept: "采用建议",
  acceptHint: (value) => `将建议值 ${value} 写入该单元格`,
  acceptLabel: (value, cell) => `采用建议 ${value}（${cell}）`,
  accepted: "已采用",
  clearMarks: "清除标记",
  clearMarksHint: "恢复本次校验前的单元格填充色和批注",
  undo: "撤销",
  undoHint: "恢复本次校验（及之后采用的建议）改动的所有单元格",
  download: "下载校验副本",
  downloadHint: "生成带重新计算值和问题标记的 .xlsx 副本，原文件不变",
  actionsLabel: "操作",
  working: "正在处理…",

  exportSubmission: "导出提交版",
  exporting: "正在导出…",
  exportHintBrowser: "先校验，再生成去除标记、写入重新计算值的提交版 .xlsx；原文件不变",
  exportHintExcel: "先校验，再清除标记并从 Excel 取得工作簿文件，用于提交",
  exportLabel: "提交",
  reportSheetOption: "附加校验报告工作表",
  reportSheetHint: "在提交版末尾添加「校验报告」工作表：剩余问题、得分、规则配置和校验时间",
  confirmExportTitle: "仍有错误",
  confirmExportBody: (errors) => `仍有 ${errors} 个错误，确定要导出提交版吗？`,
  confirmExportDetail: "所有问题都列在问题清单中。",
  confirmExport: "继续导出",
  cancel: "取消",
  exportedBrowser: (name, reportSheet) => `已生成提交版 ${name}${reportSheet ? "（含校验报告工作表）" : ""}，原文件不变。`,
  exportedExcel: (name) => `已导出提交版 ${name}。工作簿中的标记已清除。`,
  exportedPdf: "此版本的 Excel 只能提供 PDF。",
  saveAsTitle: "请用「文件 › 另存为」保存提交版",
  downloadBlocked: "在此版本的 Excel 中，加载项无法直接下载文件。标记已清除，请使用「文件 › 另存为」保存提交版。",
  suggestedName: (name) => `建议文件名：${name}`,
  restoreMarks: "恢复标记",
  restoreMarksHint: "重新校验，把标记放回工作簿",

  openFiles: "打开文件",
  openFilesHint: "选择一个或多个 .xlsx 工作簿",
  emptyTitle: "打开预算绩效自评表（.xlsx）开始校验",
  dropHint: "也可以把 .xlsx 文件拖放到此面板。文件只在本机浏览器中处理，不会上传。",
  dropHere: "松开鼠标以打开文件",
  fileLabel: "工作簿",
  noFile: "请先打开一个 .xlsx 工作簿。",
  reading: (name) => `正在读取 ${name}…`,
  fileError: (name, message) => `「${name}」：${message}`,
  noTemplate: "未识别到绩效自评表模板",
  dismiss: "关闭",

  results: "校验结果",
  enteredTotal: "表中填报",
  recommendedTotal: "按评分规则建议",
  grade: "等级",
  noScore: "—",
  countsLabel: "问题数量",
  recalculated: (n) => `重新计算的单元格（${n}）`,
  noRecalculated: "没有需要重新计算的单元格。",
  templateKinds: TEMPLATE_NAMES["zh-CN"],
  recalcFields: {
    executionRate: "执行率",
    executionScore: "预算执行得分",
    staffRate: "人员控制率",
    areaRate: "规模控制率",
    investRate: "投资概算控制率",
    totalScore: "总分",
    indicatorScore: "补填指标得分",
  },
  skipped: (sheets) => `未识别为模板的工作表：${sheets}`,
  noTemplatesInRun: "工作簿中没有识别到绩效自评表模板。",

  findings: "问题清单",
  noFindings: "未发现问题。",
  severityPlural: { error: "错误", warning: "警告", info: "提示" },
  countOf: (severity, n) => `${n} ${severity === "info" ? "条" : "个"}${{ error: "错误", warning: "警告", info: "提示" }[severity]}`,
  severityDuty: { error: "必须处理", warning: "建议复核", info: "供参考" },
  verdict: ({ error, warning, info }) => {
    const parts = [error > 0 && `${error} 个错误需要处理`, warning > 0 && `${warning} 处建议复核`, info > 0 && `${info} 条提示供参考`].filter(Boolean);
    if (parts.length === 0) return "未发现问题，可以导出提交版。";
    return `${error === 0 ? "没有错误；" : ""}${parts.join("，")}。`;
  },
  goodNews: "好的变化",
  computed: "按表中数据计算",
  range: "正常范围",
  entered: "表中",
  acceptedFrom: (from, to) => (from === undefined ? `已采用：写入 ${to}` : `已采用：${from} → ${to}`),
  ruleTitles: {
    "execution-rate": "执行率",
    "execution-score": "预算执行得分",
    "execution-reason": "预算执行情况说明",
    "over-budget": "全年执行数",
    "money-scale": "金额单位",
    "funds-breakdown": "年度资金构成",
    "group-weight": "一级指标分值",
    "weight-total": "分值合计",
    "weight-invalid": "指标分值",
    "score-range": "得分",
    "indicator-score": "指标得分",
    "score-factor": "得分系数",
    "grade-entered": "填报等级",
    "met-but-deducted": "指标得分",
    "over-target": "指标完成值",
    "reason-required": "偏差原因",
    "qualitative-band": "定性指标得分",
    "value-unparsed": "无法读取的数值",
    "scored-without-values": "指标值与完成值",
    "actual-with-comparator": "实际完成值",
    "values-look-like-weights": "年度指标值一栏",
    "goal-text": "年度总体目标",
    "note-weights": "表注中的分值",
    "total-score": "总分",
    "grade-withheld": "建议总分和等级",
    "staff-control": "人员控制率",
    "three-public-sum": "三公经费",
    "project-sum": "项目支出",
    "public-items": "公用经费",
    "control-ratios": "控制率",
    "spending-control": "三公经费",
    "procurement-anomaly": "政府采购",
    "cross-sheet": "基础数据表项目支出",
    "cell-error": "错误值",
    "template-incomplete": "模板栏目",
  },
  todo: {
    "reason-required|metButDeducted": "如确应扣分，请在偏差原因栏写明原因；否则采用建议，把得分改为 {{weight}}。",
    "reason-required": "在“偏差原因分析及改进措施”栏写明原因和改进措施。",
    "execution-rate": "以重新计算的 {{expected}} 为准，并核对全年预算数和全年执行数。",
    "execution-score|mismatch": "采用建议，把预算执行得分改为 {{expected}}。",
    "execution-reason": "在原因栏说明原因。",
    "over-budget": "核实全年执行数和全年预算数；超支部分不加分。",
    "money-scale": "核实金额单位：如按元填写，请换算为万元，或把表头单位改为元。",
    "indicator-score|mismatch": "核对得分；没有特别理由时，采用建议得分 {{expected}}。",
    "score-factor": "把得分改为得分系数 × 权重 = {{expected}}，或核对得分系数。",
    "grade-entered": "核对总分后，把等级改为“{{grade}}”。",
    "value-unparsed|explained": "供参考：原因已说明，无需修改。",
    "met-but-deducted": "确认扣分理由已写入偏差原因栏；否则把得分改为 {{weight}}。",
    "over-target": "分析实际值远超指标值的原因；如指标值设得偏低，由你酌情调减得分（本工具不自动扣分）。",
    "qualitative-band|outside": "把得分改到 {{range}} 之间，或重新判断结果档次。",
    "qualitative-band|empty": "在 {{range}} 之间填写得分。",
    "score-range": "把得分改到 0 与分值之间。",
    "total-score|mismatch": "以重新计算的总分 {{expected}} 为准，并核对各项得分。",
    "spending-control|fell": "无需处理：三公经费比上年下降。",
    "spending-control|rose": "在说明中解释三公经费增长的原因。",
    "spending-control|overBudget": "在说明中解释超出预算的原因。",
    "procurement-anomaly": "核实政府采购的本年预算数和本年决算数是否填对。",
    "staff-control|over": "核实编制数和实际在职人数；如属实，在说明中解释原因。",
    "control-ratios|over": "核实批复数和实际数；如属实，在说明中解释原因。",
    "cross-sheet": "核对两张表的项目支出，使其一致。",
    "cell-error": "修正公式或数据，消除错误值。",
    "template-incomplete": "补齐模板的栏目后再校验。",
  },
  todoBySeverity: {
    error: "按提示改正后再提交。",
    warning: "复核该项，必要时修改或说明原因。",
    info: "供参考，一般无需修改。",
  },
  colourKey: "颜色说明",
  colourKeyItems: {
    error: "错误：必须改正",
    reason: "原因栏：须填写原因（错误级）",
    warning: "警告：建议复核",
    info: "提示：供参考，不是问题",
  },
  colourKeyNote: "颜色由本工具以条件格式添加，“清除标记”或“导出提交版”会去掉。",
  totalsHeading: "三个总分",
  totalCaptions: {
    entered: "表中总分单元格现在的数值",
    recalculated: "把表中各项得分重新相加",
    recommended: "每项按评分规则给出建议得分后相加",
  },
  recalculatedTotal: "按表内数据重算",
  difference: (label, diff) => `与表中填报相差 ${diff}（${label}）`,
  totalsSame: "三者一致。",
  oldNew: (from, to) => (from === undefined ? `（空）→ ${to}` : `${from} → ${to}`),
  sameShown: "（显示值不变，写入完整精度）",
  fieldSeparator: "：",
  bulkLabel: "批量操作",
  staleTitle: "结果已过期",
  stale: "规则配置或写入方式已更改，下面仍是更改前的结果。请重新校验并评分。",
  revalidate: "重新校验",
  remainingErrors: "仍未处理的错误：",
  moreErrors: (n) => `另有 ${n} 个错误`,
  showAllErrors: "查看问题清单",
  settingsButton: "设置",
  mainLabel: "校验结果与操作",
  expected: "应为",
  actual: "表中",
  goToCell: (cell, message) => `定位到 ${cell}：${message}`,
  findingsOfSheet: (sheet) => `工作表 ${sheet}`,

  ranExcel: (written, marked) => `已写入 ${written} 个单元格，标记 ${marked} 个单元格。`,
  ranBrowser: (written, marked) => `校验副本将重新计算 ${written} 个单元格，标记 ${marked} 个单元格；原文件不变。`,
  notesVia: {
    notes: "问题说明已写入单元格备注。",
    comments: "问题说明已写入单元格批注。",
    none: "此版本的 Excel 不支持备注，问题说明只在面板中显示。",
  },
  protectedSheets: (sheets) => `以下工作表受保护，未写入任何内容（不会解除保护）：${sheets}`,
  tooLargeSheets: (sheets) => `以下工作表超过 500 万个单元格，未读取也未校验：${sheets}`,
  acceptedDone: (n) => `已采用 ${n} 条建议。`,
  marksCleared: "已清除标记，单元格恢复为校验前的填充色和批注。",
  undone: "已撤销：本次校验改动的单元格已恢复。",
  undoneBrowser: "已恢复为打开时的原始文件。",
  downloaded: (name) => `已生成 ${name}。`,

  settings: "设置",
  profile: "规则配置",
  profileUsed: (name) => `规则配置：${name}`,
  customProfileOption: (name) => `${name}（文件）`,
  loadProfile: "载入规则配置文件…",
  loadProfileHint: (kb) => `财政局提供的规则配置 JSON 文件，不超过 ${kb} KB。`,
  removeProfile: "移除载入的配置",
  customProfileKept: {
    excel: "已载入的配置文件保存在本工作簿的设置中，功能区的校验并评分也使用它。",
    browser: "已载入的配置文件保存在本浏览器中，下次打开仍可使用。",
  },
  profileLoadFailed: "无法载入规则配置文件",
  writeMode: "重新计算的单元格写入为",
  writeValues: "数值",
  writeFormulas: "公式",
  language: "语言",
  settingsSaveFailed: "设置未能保存",

  preview: (sheet) => `预览（只读）：${sheet}`,
  previewHint: "点击问题可在此查看所在单元格。",
  previewTruncated: (rows, cols) => `只显示前 ${rows} 行、${cols} 列。`,
  previewCell: (cell) => `单元格 ${cell}`,

  errorTitle: "操作未完成",
  errorGeneric: (detail) => `发生错误：${detail}`,
  errorCellEdit: "Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。",
  errorAccessDenied: "Excel 拒绝了写入：工作表可能受保护或处于共享只读状态。",
  errorNoFile: "请先打开一个可用的 .xlsx 工作簿。",
  errorExcelMissing: "Excel 连接不可用，请关闭并重新打开加载项。",
};

const en: Strings = {
  appTitle: "SelfEval",
  modeExcel: "Excel",
  modeBrowser: "Browser mode",
  starting: "Starting…",

  validate: "Validate and score",
  validating: "Validating…",
  validateHint: "Finds the templates by their labels, checks sums, rates and scores, and recommends scores",
  acceptAll: (n) => `Accept all (${n})`,
  acceptAllHint: "Writes every recommended score into the sheet; only on your click",
  accept: "Accept",
  acceptHint: (value) => `Write the recommended value ${value} into this cell`,
  acceptLabel: (value, cell) => `Accept ${value} (${cell})`,
  accepted: "Accepted",
  clearMarks: "Clear marks",
  clearMarksHint: "Restores the fills and notes the cells had before this run",
  undo: "Undo",
  undoHint: "Restores every cell this run (and the accepts since) changed",
  download: "Download checked copy",
  downloadHint: "Builds an .xlsx copy with the recalculated values and the marks; the original is unchanged",
  actionsLabel: "Actions",
  working: "Working…",

  exportSubmission: "Export submission copy",
  exporting: "Exporting…",
  exportHintBrowser: "Validates, then builds the .xlsx to submit: no marks, recalculated values written; the original is unchanged",
  exportHintExcel: "Validates, then clears the marks and takes the workbook file from Excel for submission",
  exportLabel: "Submission",
  reportSheetOption: "Add a 校验报告 (validation report) sheet",
  reportSheetHint: "Appends a 校验报告 sheet: remaining findings, scores, profile and time of the check",
  confirmExportTitle: "Errors remain",
  confirmExportBody: (errors) =>
    errors === 1 ? "There is still 1 error. Export the submission copy anyway?" : `There are still ${errors} errors. Export the submission copy anyway?`,
  confirmExportDetail: "Every finding is listed under Findings.",
  confirmExport: "Export anyway",
  cancel: "Cancel",
  exportedBrowser: (name, reportSheet) => `${name} is ready${reportSheet ? " (with a 校验报告 sheet)" : ""}; the original file is unchanged.`,
  exportedExcel: (name) => `Exported ${name}. The marks in the workbook are cleared.`,
  exportedPdf: "This Excel can only provide a PDF.",
  saveAsTitle: "Save the copy with File › Save As",
  downloadBlocked: "This Excel cannot download files from an add-in. The marks are cleared; use File › Save As to save the copy to submit.",
  suggestedName: (name) => `Suggested file name: ${name}`,
  restoreMarks: "Restore marks",
  restoreMarksHint: "Validates again and puts the marks back into the workbook",

  openFiles: "Open files",
  openFilesHint: "Pick one or more .xlsx workbooks",
  emptyTitle: "Open a performance self-evaluation workbook (.xlsx) to start",
  dropHint: "You can also drop .xlsx files onto this pane. Files are processed in this browser only; nothing is uploaded.",
  dropHere: "Release to open the files",
  fileLabel: "Workbook",
  noFile: "Open an .xlsx workbook first.",
  reading: (name) => `Reading ${name}…`,
  fileError: (name, message) => `“${name}”: ${message}`,
  noTemplate: "No template recognised",
  dismiss: "Dismiss",

  results: "Results",
  enteredTotal: "Entered in the sheet",
  recommendedTotal: "Recommended by the rules",
  grade: "Grade",
  noScore: "—",
  countsLabel: "Findings by severity",
  recalculated: (n) => `Recalculated cells (${n})`,
  noRecalculated: "No cell needs recalculating.",
  // The English name, then the form's own title, which is what the sheet says.
  templateKinds: {
    "dept-eval": `${TEMPLATE_NAMES.en["dept-eval"]} (${TEMPLATE_NAMES["zh-CN"]["dept-eval"]})`,
    "dept-base": `${TEMPLATE_NAMES.en["dept-base"]} (${TEMPLATE_NAMES["zh-CN"]["dept-base"]})`,
    "project-eval": `${TEMPLATE_NAMES.en["project-eval"]} (${TEMPLATE_NAMES["zh-CN"]["project-eval"]})`,
  },
  recalcFields: {
    executionRate: "execution rate",
    executionScore: "budget score",
    staffRate: "staff control rate",
    areaRate: "floor-area control rate",
    investRate: "investment control rate",
    totalScore: "total score",
    indicatorScore: "filled-in indicator score",
  },
  skipped: (sheets) => `Sheets that are not a template: ${sheets}`,
  noTemplatesInRun: "No self-evaluation template was recognised in this workbook.",

  findings: "Findings",
  noFindings: "No findings.",
  severityPlural: { error: "Errors", warning: "Warnings", info: "Notes" },
  countOf: (severity, n) => `${n} ${{ error: "error", warning: "warning", info: "note" }[severity]}${n === 1 ? "" : "s"}`,
  severityDuty: { error: "Must fix", warning: "Review", info: "For information" },
  verdict: ({ error, warning, info }) => {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const parts = [
      error > 0 && `${plural(error, "error", "errors")} to fix`,
      warning > 0 && `${plural(warning, "warning", "warnings")} to review`,
      info > 0 && `${plural(info, "note", "notes")} for information`,
    ].filter(Boolean);
    if (parts.length === 0) return "No findings: ready to export the submission copy.";
    const text = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : String(parts[0]);
    return `${error === 0 ? "No errors; " : ""}${text}.`.replace(/^./, (c) => c.toUpperCase());
  },
  goodNews: "Good news",
  computed: "Computed",
  range: "Normal range",
  entered: "Entered",
  acceptedFrom: (from, to) => (from === undefined ? `Accepted: wrote ${to}` : `Accepted: ${from} → ${to}`),
  ruleTitles: {
    "execution-rate": "Execution rate",
    "execution-score": "Budget execution score",
    "execution-reason": "Budget execution explanation",
    "over-budget": "Full-year spending",
    "money-scale": "Money unit",
    "funds-breakdown": "Funds breakdown",
    "group-weight": "First-level weight",
    "weight-total": "Weight total",
    "weight-invalid": "Indicator weight",
    "score-range": "Score",
    "indicator-score": "Indicator score",
    "score-factor": "Score factor",
    "grade-entered": "Grade entered",
    "met-but-deducted": "Indicator score",
    "over-target": "Indicator result",
    "reason-required": "Reason for the deviation",
    "qualitative-band": "Qualitative score",
    "value-unparsed": "Unreadable value",
    "scored-without-values": "Target and result",
    "actual-with-comparator": "Result",
    "values-look-like-weights": "Target column",
    "goal-text": "Annual goals",
    "note-weights": "Weights in the note",
    "total-score": "Total score",
    "grade-withheld": "Recommended total and grade",
    "staff-control": "Staff control rate",
    "three-public-sum": "Official spending (三公经费)",
    "project-sum": "Project spending",
    "public-items": "Public expenses",
    "control-ratios": "Control rate",
    "spending-control": "Official spending (三公经费)",
    "procurement-anomaly": "Government procurement",
    "cross-sheet": "Project spending in the base data",
    "cell-error": "Error value",
    "template-incomplete": "Template columns",
  },
  todo: {
    "reason-required|metButDeducted": "If the deduction is right, write the reason in the reason cell; otherwise accept the suggestion and raise the score to {{weight}}.",
    "reason-required": "Write the reason and the corrective measures in the reason cell.",
    "execution-rate": "Go by the recalculated {{expected}} and check the budget and spending figures.",
    "execution-score|mismatch": "Accept the suggestion to change the budget score to {{expected}}.",
    "execution-reason": "Explain the reason in the reason cell.",
    "over-budget": "Check the full-year spending and budget; spending above the budget earns no extra score.",
    "money-scale": "Check the unit: if the figures are in 元, convert them to 万元 or change the label to 元.",
    "indicator-score|mismatch": "Check the score; unless there is a reason not to, accept {{expected}}.",
    "score-factor": "Change the score to score factor × weight = {{expected}}, or check the score factor.",
    "grade-entered": "Check the total, then change the grade to “{{grade}}”.",
    "value-unparsed|explained": "For your information: the reason is written; nothing to change.",
    "met-but-deducted": "Make sure the reason cell explains the deduction; otherwise raise the score to {{weight}}.",
    "over-target": "Find out why the result far exceeds the target; if the target was set too low, reduce the score as you judge fit (SelfEval never deducts by itself).",
    "qualitative-band|outside": "Change the score to lie within {{range}}, or reconsider the result's band.",
    "qualitative-band|empty": "Enter a score within {{range}}.",
    "score-range": "Change the score to lie between 0 and the weight.",
    "total-score|mismatch": "Go by the recalculated total {{expected}} and check the scores it adds up.",
    "spending-control|fell": "Nothing to do: official spending fell from last year.",
    "spending-control|rose": "Explain in the notes why official spending rose.",
    "spending-control|overBudget": "Explain in the notes why spending exceeded the budget.",
    "procurement-anomaly": "Check that this year's procurement budget and spending are entered correctly.",
    "staff-control|over": "Check the authorised and actual staff; if they are right, explain why in the notes.",
    "control-ratios|over": "Check the approved and actual figures; if they are right, explain why in the notes.",
    "cross-sheet": "Make the project spending on the two sheets agree.",
    "cell-error": "Fix the formula or the data so that the cell holds no error.",
    "template-incomplete": "Restore the template's missing parts, then validate again.",
  },
  todoBySeverity: {
    error: "Correct it before you submit.",
    warning: "Review it; change it or explain it if needed.",
    info: "For information; usually nothing to change.",
  },
  colourKey: "Colour key",
  colourKeyItems: {
    error: "Error: must be corrected",
    reason: "Reason cell: a reason must be written (error level)",
    warning: "Warning: worth a review",
    info: "Note: for information, not a problem",
  },
  colourKeyNote: "SelfEval adds these colours as conditional formats; Clear marks or Export submission copy removes them.",
  totalsHeading: "Three totals",
  totalCaptions: {
    entered: "The value in the sheet's total cell now",
    recalculated: "The sheet's own scores, added up again",
    recommended: "Each score as the scoring rules give it, added up",
  },
  recalculatedTotal: "Recalculated from the sheet",
  difference: (label, diff) => `${diff} against the entered total (${label})`,
  totalsSame: "All three agree.",
  oldNew: (from, to) => (from === undefined ? `(empty) → ${to}` : `${from} → ${to}`),
  sameShown: " (same when shown; written at full precision)",
  fieldSeparator: ": ",
  bulkLabel: "Bulk actions",
  staleTitle: "Out of date",
  stale: "The rule profile or write mode has changed; these are the results from before. Validate again.",
  revalidate: "Validate again",
  remainingErrors: "Errors not yet handled:",
  moreErrors: (n) => `${n} more ${n === 1 ? "error" : "errors"}`,
  showAllErrors: "Show the findings",
  settingsButton: "Settings",
  mainLabel: "Results and actions",
  expected: "Expected",
  actual: "Entered",
  goToCell: (cell, message) => `Go to ${cell}: ${message}`,
  findingsOfSheet: (sheet) => `Sheet ${sheet}`,

  ranExcel: (written, marked) => `Wrote ${written} ${written === 1 ? "cell" : "cells"} and marked ${marked} ${marked === 1 ? "cell" : "cells"}.`,
  ranBrowser: (written, marked) => `The checked copy recalculates ${written} ${written === 1 ? "cell" : "cells"} and marks ${marked} ${marked === 1 ? "cell" : "cells"}; the original file is unchanged.`,
  notesVia: {
    notes: "The messages are in the cells' notes.",
    comments: "The messages are in the cells' comments.",
    none: "This Excel version has no notes; the messages are shown in the pane only.",
  },
  protectedSheets: (sheets) => `These sheets are protected; nothing was written to them (they stay protected): ${sheets}`,
  tooLargeSheets: (sheets) => `These sheets have more than 5 million cells and were neither read nor checked: ${sheets}`,
  acceptedDone: (n) => `Accepted ${n} ${n === 1 ? "suggestion" : "suggestions"}.`,
  marksCleared: "Marks cleared: the cells have their previous fills and notes again.",
  undone: "Undone: the cells this run changed are restored.",
  undoneBrowser: "Back to the original file as opened.",
  downloaded: (name) => `${name} is ready.`,

  settings: "Settings",
  profile: "Rule profile",
  profileUsed: (name) => `Profile: ${name}`,
  customProfileOption: (name) => `${name} (file)`,
  loadProfile: "Load profile file…",
  loadProfileHint: (kb) => `A profile JSON file from your finance bureau, up to ${kb} KB.`,
  removeProfile: "Remove loaded profile",
  customProfileKept: {
    excel: "The loaded file is kept in this workbook's settings; the ribbon's Validate and score uses it too.",
    browser: "The loaded file is kept in this browser for next time.",
  },
  profileLoadFailed: "Could not load the profile file",
  writeMode: "Write recalculated cells as",
  writeValues: "Values",
  writeFormulas: "Formulas",
  language: "Language",
  settingsSaveFailed: "The settings could not be saved",

  preview: (sheet) => `Preview (read-only): ${sheet}`,
  previewHint: "Click a finding to see its cell here.",
  previewTruncated: (rows, cols) => `Showing the first ${rows} rows and ${cols} columns only.`,
  previewCell: (cell) => `Cell ${cell}`,

  errorTitle: "Not done",
  errorGeneric: (detail) => `Something went wrong: ${detail}`,
  errorCellEdit: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  errorAccessDenied: "Excel refused the write: the sheet may be protected or the workbook read-only.",
  errorNoFile: "Open a usable .xlsx workbook first.",
  errorExcelMissing: "The connection to Excel is not available; close and reopen the add-in.",
};

export const STRINGS: Record<Locale, Strings> = { "zh-CN": zh, en };

export const LANGUAGE_NAMES: Record<Locale, string> = { "zh-CN": "中文", en: "English" };
