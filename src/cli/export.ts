// `selfeval export <file> --out <file.xlsx|dir> [--report-sheet]` (SPEC §7, §8).
import { promises as fs } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { submissionFileName as engineFileName } from "../engine/export";
import type { Profile } from "../engine/profile";
import type { Report } from "../engine/report";
import type { ExportArgs } from "./args";
import { checkOne, EXIT, loadXlsx } from "./common";
import { copyExtension, fileId, outIsFolder, OutputError, writeAtomically } from "./files";
import type { Io } from "./main";
import type { Reason } from "./reasons";
import { reason, say, unexpected } from "./reasons";
import { plainText, safeFileName } from "./text";

export async function runExport(args: ExportArgs, profile: Profile, io: Io): Promise<number> {
  const { locale } = args;
  const fail = (r: Reason) => {
    io.stderr(`selfeval: ${plainText(say(r, locale))}\n`);
    return EXIT.unusable;
  };
  const stat = await fs.stat(args.path).catch(() => null);
  if (!stat) return fail(reason(`找不到文件：${args.path}`, `no such file: ${args.path}`));
  if (stat.isDirectory()) return fail(reason(`export 需要一个工作簿文件，不是文件夹：${args.path}`, `export takes one workbook file, not a folder: ${args.path}`));

  const ext = copyExtension(args.path);
  const outFolder = await outIsFolder(args.out);
  if (!outFolder && path.extname(args.out).toLowerCase() !== ext) {
    return fail(reason(`提交版应以 ${ext} 结尾：${args.out}`, `the submission copy must end in ${ext}: ${args.out}`));
  }

  const { result, checked } = await checkOne(args.path, profile);
  if (!checked || result.error) return fail(withFile(args.path, result.error ?? reason("无法使用该文件", "the file cannot be used")));
  const { prepareSubmission } = await loadXlsx();
  let submission;
  try {
    submission = prepareSubmission(checked, { reportSheet: args.reportSheet, profile, locale, checkedAt: new Date() });
  } catch (error) {
    return fail(withFile(args.path, unexpected(error)));
  }

  const name = submissionFileName(submission.report, ext);
  const target = outFolder ? path.join(args.out, name) : args.out;

  // Errors the export itself fixes (recalculated fields) do not count: these remain in the copy.
  const errors = submission.report.findings.filter((f) => f.severity === "error").length;
  if (errors > 0) {
    const question = say(reason(`仍有 ${errors} 个错误，确定要导出提交版吗？`, `${errors} error(s) remain; export anyway?`), locale) + " [y/N] ";
    const confirm = io.confirm ?? terminalConfirm();
    if (confirm) {
      if (!(await confirm(question))) {
        io.stderr(`selfeval: ${say(reason("已取消导出", "export cancelled"), locale)}\n`);
        return EXIT.errors;
      }
    } else io.stderr(`selfeval: ${say(reason(`注意：仍有 ${errors} 个错误`, `note: ${errors} error(s) remain`), locale)}\n`);
  }

  const inputId = await fileId(args.path);
  try {
    await writeAtomically(target, await submission.write(), { force: args.force, inputs: new Set(inputId ? [inputId] : []) });
  } catch (error) {
    return fail(error instanceof OutputError ? error.reason : withFile(target, unexpected(error)));
  }
  io.stdout(`${plainText(target)}\n`);
  return errors > 0 ? EXIT.errors : EXIT.ok;
}

/** The engine's `<单位或项目名称>_<年度>_绩效自评表` name with the copy's extension, within file-system limits. */
export function submissionFileName(report: Report, ext: string): string {
  return safeFileName(engineFileName(report).replace(/\.xlsx$/, ext), "未命名单位");
}

/** Names the file in the reason, unless it already does. */
function withFile(file: string, r: Reason): Reason {
  return r.zh.includes(file) ? r : reason(`${file}：${r.zh}`, `${file}: ${r.en}`);
}

/** A yes/no prompt on the terminal, or undefined when stdin is not one (scripts, CI). */
function terminalConfirm(): ((q: string) => Promise<boolean>) | undefined {
  if (!process.stdin.isTTY) return undefined;
  return async (question) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      return /^y(es)?$|^是$/i.test((await rl.question(question)).trim());
    } finally {
      rl.close();
    }
  };
}
