// Argument parsing for `selfeval` (SPEC §8). No dependency: the contract is small and fixed.
import type { Locale } from "../engine/report";

export interface CheckArgs {
  command: "check";
  paths: string[];
  format: "text" | "json";
  profile: string;
  locale: Locale;
  out?: string;
  mode: "values" | "formulas";
}

export interface ExportArgs {
  command: "export";
  path: string;
  out: string;
  reportSheet: boolean;
  profile: string;
  locale: Locale;
}

export type Args = CheckArgs | ExportArgs | { command: "help" } | { command: "version" };

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(["--format", "--profile", "--locale", "--out", "--mode"]);

export function parseArgs(argv: string[]): Args {
  const [command, ...rest] = argv;
  if (!command || command === "-h" || command === "--help" || command === "help") return { command: "help" };
  if (command === "-v" || command === "--version") return { command: "version" };
  const options: Record<string, string> = {};
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith("--")) {
      const [name, inline] = arg.split("=", 2);
      if (VALUE_OPTIONS.has(name)) {
        const value = inline ?? rest[++i];
        if (value === undefined) throw new UsageError(`${name} 需要一个值 / ${name} needs a value`);
        options[name] = value;
      } else if (name === "--report-sheet") flags.add(name);
      else throw new UsageError(`未知选项 ${name} / unknown option ${name}`);
    } else positional.push(arg);
  }
  const locale = (options["--locale"] ?? "zh-CN") as Locale;
  if (locale !== "zh-CN" && locale !== "en") throw new UsageError("--locale 只能是 zh-CN 或 en / --locale must be zh-CN or en");
  const profile = options["--profile"] ?? "default";
  if (command === "check") {
    if (positional.length === 0) throw new UsageError("请指定要校验的 .xlsx 文件或文件夹 / give an .xlsx file or a folder to check");
    const format = options["--format"] ?? "text";
    if (format !== "text" && format !== "json") throw new UsageError("--format 只能是 text 或 json / --format must be text or json");
    const mode = options["--mode"] ?? "values";
    if (mode !== "values" && mode !== "formulas") throw new UsageError("--mode 只能是 values 或 formulas / --mode must be values or formulas");
    return { command: "check", paths: positional, format, profile, locale, out: options["--out"], mode };
  }
  if (command === "export") {
    if (positional.length !== 1) throw new UsageError("export 需要且只需要一个 .xlsx 文件 / export takes exactly one .xlsx file");
    const out = options["--out"];
    if (!out) throw new UsageError("export 需要 --out <文件.xlsx> / export needs --out <file.xlsx>");
    return { command: "export", path: positional[0], out, reportSheet: flags.has("--report-sheet"), profile, locale };
  }
  throw new UsageError(`未知命令 ${command}（可用：check, export）/ unknown command ${command} (use check or export)`);
}

export const USAGE = `SelfEval 绩效自评助手 — 校验并评分预算绩效自评表 / validate and score 预算绩效自评表 workbooks

用法 / Usage:
  selfeval check <file.xlsx|dir>… [--format text|json] [--profile <id|file.json>]
                 [--locale zh-CN|en] [--out <file.xlsx|dir>] [--mode values|formulas]
  selfeval export <file.xlsx> --out <file.xlsx> [--report-sheet] [--profile <id|file.json>]

退出码 / Exit status: 0 无错误 no errors · 1 有错误 errors found · 2 无法使用输入 input unusable
内置规则配置 / Built-in profiles: default, hunan-dept
`;
