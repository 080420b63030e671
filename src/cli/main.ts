// `selfeval`: the engine from a terminal, for one workbook or a finance bureau's folder (SPEC §8).
import { promises as fs } from "node:fs";
import path from "node:path";
import type { Profile } from "../engine/profile";
import { findProfile, profileFromJson } from "../engine/profile";
import { RULE_IDS } from "../engine/rules";
import { checkedCopy, WorkbookReadError } from "../xlsx";
import { LABEL_KEYS } from "../template";
import { checkOne, EXIT, InputError } from "./common";
import type { Args, CheckArgs } from "./args";
import { parseArgs, UsageError, USAGE } from "./args";
import type { FileResult } from "./output";
import { toJson, toText } from "./output";
import { runExport } from "./export";


export async function main(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; isTTY?: boolean } = defaultIo()): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`selfeval: ${error.message}\n\n${USAGE}`);
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
    if (error instanceof InputError || error instanceof WorkbookReadError) {
      io.stderr(`selfeval: ${error.message}\n`);
      return EXIT.unusable;
    }
    throw error;
  }
}

function defaultIo() {
  return { stdout: (s: string) => void process.stdout.write(s), stderr: (s: string) => void process.stderr.write(s), isTTY: process.stderr.isTTY };
}

export async function loadProfile(spec: string): Promise<Profile> {
  const builtIn = findProfile(spec);
  if (builtIn) return builtIn;
  if (!spec.endsWith(".json")) throw new InputError(`未知规则配置 ${spec}（内置：default, hunan-dept，或给出 .json 文件）/ unknown profile ${spec} (built-in: default, hunan-dept, or a .json file)`);
  let text: string;
  try {
    text = await fs.readFile(spec, "utf8");
  } catch {
    throw new InputError(`无法读取规则配置文件 ${spec} / cannot read profile file ${spec}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`规则配置文件不是有效的 JSON：${spec} / profile file is not valid JSON: ${spec}`);
  }
  const result = profileFromJson(json, RULE_IDS, LABEL_KEYS);
  if ("error" in result) throw new InputError(`规则配置文件有误 / invalid profile ${spec}: ${result.error}`);
  return result.profile;
}

/** Expands folders into the .xlsx files they hold (recursively, sorted), skipping Excel lock files. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) throw new InputError(`找不到文件或文件夹：${p} / no such file or folder: ${p}`);
    if (stat.isDirectory()) {
      const found = await walk(p);
      if (found.length === 0) throw new InputError(`文件夹中没有 .xlsx 文件：${p} / no .xlsx files in ${p}`);
      files.push(...found);
    } else files.push(p);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (/\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(full);
  }
  return out;
}

async function runCheck(args: CheckArgs, profile: Profile, io: { stdout: (s: string) => void; stderr: (s: string) => void; isTTY?: boolean }): Promise<number> {
  const files = await collectFiles(args.paths);
  const outIsDir = args.out !== undefined && (files.length > 1 || (await fs.stat(args.out).then((s) => s.isDirectory()).catch(() => false)));
  if (args.out && outIsDir) await fs.mkdir(args.out, { recursive: true });
  const results: FileResult[] = [];
  const progress = io.isTTY && files.length > 1;
  for (const [index, file] of files.entries()) {
    if (progress) io.stderr(`\r${bar(index, files.length)} ${index}/${files.length} ${path.basename(file).slice(0, 40).padEnd(40)}`);
    const { result, checked } = await checkOne(file, profile);
    results.push(result);
    if (args.out && checked) {
      const target = outIsDir ? path.join(args.out, path.basename(file).replace(/\.xlsx$/i, ".checked.xlsx")) : args.out;
      if (path.resolve(target) === path.resolve(file)) throw new InputError(`--out 不能覆盖原文件 / --out must not overwrite the input file: ${file}`);
      await fs.writeFile(target, await checkedCopy(checked, { mode: args.mode, locale: args.locale }));
    }
  }
  if (progress) io.stderr(`\r${bar(files.length, files.length)} ${files.length}/${files.length}${" ".repeat(41)}\n`);
  io.stdout(`${args.format === "json" ? toJson(results, args.locale) : toText(results, args.locale)}\n`);
  const failed = results.filter((r) => r.error);
  if (failed.length === results.length) {
    // Nothing usable: one line on stderr per file, exit 2.
    for (const r of failed) io.stderr(`selfeval: ${r.file}: ${r.error}\n`);
    return EXIT.unusable;
  }
  return results.some((r) => r.report?.findings.some((f) => f.severity === "error")) ? EXIT.errors : EXIT.ok;
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}
