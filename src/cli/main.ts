// `selfeval`: the engine from a terminal, for one workbook or a finance bureau's folder (SPEC §8).
// Every file's problem stays that file's: the others are still checked and the report (text or
// JSON) is always printed. Only a bad command line or profile ends the run before any file.
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Profile } from "../engine/profile";
import { findProfile, PROFILES } from "../engine/profile";

const PROFILE_IDS = PROFILES.map((p) => p.id).join(", ");
import type { Locale } from "../engine/report";
import { profileFromText } from "../host/profiles";
import type { Args, CheckArgs } from "./args";
import { parseArgs, UsageError, USAGE } from "./args";
import { checkOne, EXIT, loadXlsx, runStatus } from "./common";
import { runExport } from "./export";
import { collectInputs, commonRoot, copyExtension, mirroredTarget, OutputError, outIsFolder, writeAtomically } from "./files";
import type { FileResult } from "./output";
import { toJson, toText } from "./output";
import { noProgress, progressBar } from "./progress";
import type { Reason } from "./reasons";
import { reason, RunError, say, unexpected } from "./reasons";
import { summaryWorkbook } from "./summary";
import { plainText } from "./text";

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: show the progress bar. */
  isTTY?: boolean;
  /** The terminal's width, for the progress bar. */
  columns?: number;
  /** Asks a yes/no question when a person is at the terminal; undefined when nobody can answer. */
  confirm?: (question: string) => Promise<boolean>;
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`selfeval: ${say(error.reason, error.locale)}\n\n${USAGE}`);
      return EXIT.unusable;
    }
    throw error;
  }
  if (args.command === "help") {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (args.command === "version") {
    io.stdout("selfeval 0.1.0\n");
    return EXIT.ok;
  }
  try {
    const profile = await loadProfile(args.profile);
    if (args.command === "export") return await runExport(args, profile, io);
    return await runCheck(args, profile, io);
  } catch (error) {
    if (error instanceof RunError || error instanceof OutputError) {
      io.stderr(`selfeval: ${plainText(say(error.reason, args.locale))}\n`);
      if (args.command === "check" && args.format === "json") io.stdout(`${toJson([], args.locale, { error: error.reason })}\n`);
      return EXIT.unusable;
    }
    throw error;
  }
}

function defaultIo(): Io {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    isTTY: process.stderr.isTTY,
    columns: process.stderr.columns,
  };
}

export async function loadProfile(spec: string): Promise<Profile> {
  const builtIn = findProfile(spec);
  if (builtIn) return builtIn;
  if (!spec.endsWith(".json")) throw new RunError(reason(`未知规则配置 ${spec}（内置：${PROFILE_IDS}，或给出 .json 文件）`, `unknown profile ${spec} (built-in: ${PROFILE_IDS}, or a .json file)`));
  let text: string;
  try {
    text = await fs.readFile(spec, "utf8");
  } catch {
    throw new RunError(reason(`无法读取规则配置文件 ${spec}`, `cannot read profile file ${spec}`));
  }
  const result = profileFromText(text);
  if ("notJson" in result) throw new RunError(reason(`规则配置文件不是有效的 JSON：${spec}`, `profile file is not valid JSON: ${spec}`));
  if ("error" in result) throw new RunError(reason(`规则配置文件有误：${spec}：${result.error["zh-CN"]}`, `invalid profile ${spec}: ${result.error.en}`));
  return result.profile;
}

/** Case-insensitive file systems (Windows, macOS by default) see `A.xlsx` and `a.xlsx` as one file. */
function targetKey(target: string): string {
  const resolved = path.resolve(target);
  return process.platform === "win32" || process.platform === "darwin" ? resolved.toLowerCase() : resolved;
}

async function runCheck(args: CheckArgs, profile: Profile, io: Io): Promise<number> {
  const locale = args.locale;
  const outFolder = args.out !== undefined && (await outIsFolder(args.out));
  if (args.out !== undefined && !outFolder) {
    const single = args.paths.length === 1 && !(await fs.stat(args.paths[0]).then((s) => s.isDirectory(), () => false));
    if (!single) throw new RunError(reason(`有多个输入或输入是文件夹时，--out 应为文件夹：${args.out}`, `with several inputs or a folder, --out must be a folder: ${args.out}`));
    const ext = copyExtension(args.paths[0]);
    if (path.extname(args.out).toLowerCase() !== ext) {
      throw new RunError(reason(`校验副本应以 ${ext} 结尾：${args.out}`, `the checked copy must end in ${ext}: ${args.out}`));
    }
  }

  // SelfEval's own outputs are never picked up as inputs: the --out folder and the --summary file.
  const skip = { dirs: new Set<string>(), files: new Set<string>() };
  const real = (p: string) => fs.realpath(p).catch(() => null);
  if (args.out && outFolder) {
    const dir = await real(args.out);
    if (dir) skip.dirs.add(dir);
  }
  if (args.summary) {
    const file = await real(args.summary);
    if (file) skip.files.add(file);
  }
  const inputs = await collectInputs(args.paths, skip);
  const inputIds = new Set(inputs.map((i) => i.id).filter((id): id is string => !!id));
  const base = commonRoot(inputs.map((i) => i.root));
  const targets = new Map<string, string>();

  const results: FileResult[] = [];
  const progress = io.isTTY && inputs.length > 1 ? progressBar(io.stderr, io.columns) : noProgress;
  for (const [index, input] of inputs.entries()) {
    progress.update(index, inputs.length, input.file);
    if (input.error) {
      results.push({ file: input.file, error: input.error });
      continue;
    }
    const { result, checked } = await checkOne(input.file, profile);
    if (args.out !== undefined && checked) {
      const target = outFolder ? mirroredTarget(args.out, base, input.file) : args.out;
      const earlier = targets.get(targetKey(target));
      if (earlier !== undefined) {
        result.error = reason(`校验副本 ${target} 与 ${earlier} 的重名，未写入`, `the checked copy ${target} would replace that of ${earlier}; not written`);
      } else {
        targets.set(targetKey(target), input.file);
        try {
          const { checkedCopy } = await loadXlsx();
          await writeAtomically(target, await checkedCopy(checked, { mode: args.mode, locale }), { force: args.force, inputs: inputIds });
          result.output = target;
        } catch (error) {
          result.error = error instanceof OutputError ? error.reason : unexpected(error);
        }
      }
    }
    results.push(result);
  }
  progress.end();

  let summaryError: Reason | undefined;
  if (args.summary) {
    try {
      await writeAtomically(args.summary, await summaryWorkbook(results, locale), { force: args.force, inputs: inputIds });
    } catch (error) {
      summaryError = error instanceof OutputError ? error.reason : unexpected(error);
    }
  }

  if (args.format === "json") {
    io.stdout(`${toJson(results, locale, { error: summaryError, summary: summaryError ? undefined : args.summary })}\n`);
  } else {
    const lines = [toText(results, locale)];
    if (args.summary && !summaryError) lines.push(`${locale === "zh-CN" ? "汇总工作簿：" : "review workbook: "}${plainText(args.summary)}`);
    io.stdout(`${lines.join("\n")}\n`);
  }
  // One line on stderr per file that could not be used, after the report (and the progress bar).
  for (const r of results) if (r.error) io.stderr(`selfeval: ${stderrLine(r.file, r.error, locale)}\n`);
  if (summaryError) io.stderr(`selfeval: ${plainText(say(summaryError, locale))}\n`);
  return summaryError ? EXIT.unusable : runStatus(results);
}

function stderrLine(file: string, r: Reason, locale: Locale): string {
  const text = say(r, locale);
  return plainText(text.includes(file) ? text : `${file}: ${text}`);
}
