// Argument parsing for `selfeval` (SPEC §8). No dependency: the contract is small and fixed.
import { PROFILES } from "../engine/profile";
import type { Locale } from "../engine/report";
import type { Reason } from "./reasons";
import { reason } from "./reasons";

export interface CheckArgs {
  command: "check";
  paths: string[];
  format: "text" | "json";
  profile: string;
  locale: Locale;
  out?: string;
  mode: "values" | "formulas";
  summary?: string;
  force: boolean;
}

export interface ExportArgs {
  command: "export";
  path: string;
  out: string;
  reportSheet: boolean;
  profile: string;
  locale: Locale;
  force: boolean;
}

export type Args = CheckArgs | ExportArgs | { command: "help" } | { command: "version" };

export class UsageError extends Error {
  constructor(
    readonly reason: Reason,
    readonly locale: Locale,
  ) {
    super(`${reason.zh} / ${reason.en}`);
  }
}

const VALUE_OPTIONS: Record<"check" | "export", string[]> = {
  check: ["--format", "--profile", "--locale", "--out", "--mode", "--summary"],
  export: ["--profile", "--locale", "--out"],
};
const FLAGS: Record<"check" | "export", string[]> = {
  check: ["--force"],
  export: ["--force", "--report-sheet"],
};

/** --locale is looked up first, so that every usage message is already in the user's language. */
function findLocale(argv: string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i] === "--locale" ? argv[i + 1] : argv[i].startsWith("--locale=") ? argv[i].slice(9) : undefined;
    if (value === "en") return "en";
  }
  return "zh-CN";
}

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") return { command: "help" };
  if (command === "-v" || command === "--version") return { command: "version" };
  const locale0 = findLocale(rest);
  const fail = (zh: string, en: string) => new UsageError(reason(zh, en), locale0);
  if (command !== "check" && command !== "export") throw fail(`未知命令 ${command}（可用：check, export）`, `unknown command ${command} (use check or export)`);
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === "--help" || arg === "-h") return { command: "help" };
    if (arg === "--") {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq < 0 ? arg : arg.slice(0, eq);
      if (VALUE_OPTIONS[command].includes(name)) {
        const value = eq < 0 ? rest[++i] : arg.slice(eq + 1);
        if (value === undefined || value === "") throw fail(`${name} 需要一个值`, `${name} needs a value`);
        options[name] = value;
      } else if (FLAGS[command].includes(name) && eq < 0) flags.add(name);
      else throw fail(`${command} 没有选项 ${name}`, `${command} has no option ${name}`);
    } else positional.push(arg);
  }
  const locale = (options["--locale"] ?? "zh-CN") as Locale;
  if (locale !== "zh-CN" && locale !== "en") throw fail("--locale 只能是 zh-CN 或 en", "--locale must be zh-CN or en");
  const profile = options["--profile"] ?? "default";
  const force = flags.has("--force");
  if (command === "check") {
    if (positional.length === 0) throw fail("请指定要校验的工作簿文件或文件夹", "give a workbook file or a folder to check");
    const format = options["--format"] ?? "text";
    if (format !== "text" && format !== "json") throw fail("--format 只能是 text 或 json", "--format must be text or json");
    const mode = options["--mode"] ?? "values";
    if (mode !== "values" && mode !== "formulas") throw fail("--mode 只能是 values 或 formulas", "--mode must be values or formulas");
    const summary = options["--summary"];
    if (summary !== undefined && !/\.xlsx$/i.test(summary)) throw fail(`--summary 应为 .xlsx 文件名：${summary}`, `--summary must name an .xlsx file: ${summary}`);
    return { command, paths: positional, format, profile, locale, out: options["--out"], mode, summary, force };
  }
  if (positional.length !== 1) throw fail("export 需要且只需要一个工作簿文件", "export takes exactly one workbook file");
  const out = options["--out"];
  if (!out) throw fail("export 需要 --out <文件.xlsx|文件夹>", "export needs --out <file.xlsx|dir>");
  return { command, path: positional[0], out, reportSheet: flags.has("--report-sheet"), profile, locale, force };
}

/** The one usage text: `selfeval --help` prints it and the README quotes its usage lines. */
export const USAGE = `SelfEval 绩效自评助手 — 校验并评分预算绩效自评表 / validate and score 预算绩效自评表 workbooks

用法 / Usage:
  selfeval check <file|dir>… [--format text|json] [--profile <id|file.json>] [--locale zh-CN|en]
                 [--out <file.xlsx|dir>] [--mode values|formulas] [--summary <file.xlsx>] [--force]
  selfeval export <file> --out <file.xlsx|dir> [--report-sheet] [--profile <id|file.json>]
                  [--locale zh-CN|en] [--force]

  <file>         .xlsx .xlsm（.xls .et .ods 视读取支持而定 / where the reader supports them）
  --out          校验副本（check）或提交版（export）；以 / 结尾、已存在的文件夹或不以 .xlsx/.xlsm 结尾
                 即为文件夹 / the checked copy (check) or the submission copy (export); a folder when
                 it ends with /, is an existing folder, or does not end with .xlsx/.xlsm
  --summary      汇总工作簿（汇总表 + 问题清单）/ a review workbook: summary and findings sheets
  --force        覆盖已存在的输出文件（从不覆盖原文件）/ replace existing outputs (never an input)

退出码 / Exit status: 0 无错误 no errors · 1 有错误 errors found · 2 无法使用输入 input unusable
内置规则配置 / Built-in profiles: ${PROFILES.map((p) => p.id).join(", ")}
`;
