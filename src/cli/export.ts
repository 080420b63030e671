// `selfeval export <file.xlsx> --out <file.xlsx> [--report-sheet]` (SPEC §7, §8).
import { promises as fs } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import type { Profile } from "../engine/profile";
import { prepareSubmission } from "../xlsx";
import type { ExportArgs } from "./args";
import { checkOne, EXIT, InputError } from "./common";

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Asks a yes/no question when a person is at the terminal; undefined when nobody can answer. */
  confirm?: (question: string) => Promise<boolean>;
}

export async function runExport(args: ExportArgs, profile: Profile, io: Io): Promise<number> {
  const { result, checked } = await checkOne(args.path, profile);
  if (!checked || result.error) throw new InputError(`${args.path}: ${result.error}`);
  const submission = prepareSubmission(checked, { reportSheet: args.reportSheet, profile, locale: args.locale, checkedAt: new Date() });
  // Errors the export itself fixes (recalculated fields) do not count: these remain in the copy.
  const errors = submission.report.findings.filter((f) => f.severity === "error").length;
  if (errors > 0) {
    const question = `仍有 ${errors} 个错误，确定要导出提交版吗？/ ${errors} error(s) remain; export anyway? [y/N] `;
    const confirm = io.confirm ?? terminalConfirm();
    if (confirm) {
      if (!(await confirm(question))) {
        io.stderr("selfeval: 已取消导出 / export cancelled\n");
        return EXIT.errors;
      }
    } else io.stderr(`selfeval: 注意：仍有 ${errors} 个错误 / note: ${errors} error(s) remain\n`);
  }
  const outIsDir = await fs.stat(args.out).then((s) => s.isDirectory()).catch(() => false);
  const target = outIsDir ? path.join(args.out, submission.fileName) : args.out;
  if (path.resolve(target) === path.resolve(args.path)) throw new InputError(`--out 不能覆盖原文件 / --out must not overwrite the input file`);
  await fs.writeFile(target, await submission.write());
  io.stdout(`${target}\n`);
  return errors > 0 ? EXIT.errors : EXIT.ok;
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
