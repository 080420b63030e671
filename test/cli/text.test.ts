// Nothing raw to the terminal (issue 9 item 6) and columns by display width (issue 11 item 7).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { progressBar } from "../../src/cli/progress";
import { defaultProfile } from "../../src/engine/profile";
import { checkXlsx } from "../../src/xlsx";
import { displayWidth, escapeJsonText, padEnd, plainText, safeFileName, truncate } from "../../src/cli/text";
import { CLEAN, ROOT, SAMPLE, run, tmp, variant } from "./helpers";

/** Cursor up + erase line, clear screen, a window title, C1 CSI, bidi override, zero-width space. */
const HOSTILE = "株洲市\u202excod.exe\u202c芦淞区_x001B_[1A_x001B_[2K\u001b[2J\u001b]0;pwned\u0007\u200b\u009b2J项目";
/**
 * The same in a cell: XML cannot hold ESC or BEL, so a workbook carries them as `_xHHHH_` escapes
 * (ECMA-376 ST_Xstring), which the reader decodes.
 */
const HOSTILE_CELL = "株洲市\u202excod.exe\u202c芦淞区_x001B_[1A_x001B_[2K_x001B_[2J_x001B_]0;pwned_x0007_\u200b\u009b2J项目";
/** What may reach a terminal: no C0 but \n, no DEL, no C1, no format characters, no _xHHHH_ escapes of them. */
// eslint-disable-next-line no-control-regex -- the test looks for exactly these
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]|_x00[01][0-9A-Fa-f]_/u;
/** JSON text may hold the escapes as text (they are what the cell says), never the characters. */
// eslint-disable-next-line no-control-regex -- see above
const RAW_CHARS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\p{Cf}]/u;

describe("plainText", () => {
  test.each([
    ["_x001B_[1A_x001B_[2K", ""],
    ["a\u001b[31mred\u001b[0m", "ared"],
    ["t\u001b]0;title\u0007ext", "text"],
    ["t\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\", "tlink"],
    ["\u009b31mx", "x"],
    ["a\u202eb\u202cc\u200b\u200dd\ufeff\u2066e\u2069", "abcde"],
    ["two\nlines\r\n\ttab", "two lines tab"],
    ["_x0041_ stays", "_x0041_ stays"],
    ["全年执行数（万元）", "全年执行数（万元）"],
  ])("%j → %j", (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  test("JSON keeps the text but escapes what JSON.stringify leaves raw", () => {
    const json = escapeJsonText(JSON.stringify({ s: HOSTILE }));
    expect(json).not.toMatch(RAW_CHARS);
    expect(JSON.parse(json).s).toBe(HOSTILE);
  });
});

describe("display width", () => {
  test("CJK and full-width characters take two columns", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("芦淞区")).toBe(6);
    expect(displayWidth("（２０２３）")).toBe(12);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(padEnd("芦淞", 6)).toBe("芦淞  ");
    expect(truncate("株洲市芦淞区商务局", 9)).toBe("株洲市芦…");
    expect(displayWidth(truncate("株洲市芦淞区商务局", 9))).toBeLessThanOrEqual(9);
    expect(truncate("dir/芦淞区商务局.xlsx", 12, "start")).toBe("…商务局.xlsx");
  });

  test("the progress bar fits the terminal, pads by width and erases its last frame", () => {
    let screen = "";
    const bar = progressBar((s) => (screen += s), 40);
    bar.update(0, 3, "很长很长很长很长很长很长很长很长的文件名.xlsx");
    bar.update(1, 3, "b.xlsx");
    bar.end();
    const frames = screen.split("\r\u001b[2K").slice(1);
    expect(frames).toHaveLength(3);
    for (const frame of frames) expect(displayWidth(frame)).toBeLessThanOrEqual(39);
    expect(frames[0]).toMatch(/^\[-{24}\] 0\/3 很长.*…$/);
    expect(frames[2]).toBe("");
  });

  test("the folder table lines up Chinese names by display width", async () => {
    const { stdout } = await run(["check", SAMPLE, CLEAN]);
    const lines = stdout.trimEnd().split("\n");
    const header = lines.findIndex((l) => l.startsWith("文件  "));
    // The files share the project folder, jest's working folder: named once, the rows relative to it.
    expect(lines[header - 1]).toBe(`文件夹：${path.relative(process.cwd(), ROOT) || "."}`);
    expect(lines[header + 3].startsWith(path.join("test", "fixtures", "clean_project.xlsx"))).toBe(true);
    const table = lines.slice(header, header + 4);
    // The 等级 column starts at the same display column in the header and both rows.
    const column = (line: string, text: string) => displayWidth(line.slice(0, line.indexOf(text)));
    expect(column(table[2], "优")).toBe(column(table[0], "等级"));
    expect(column(table[3], "优")).toBe(column(table[0], "等级"));
    expect(table[2]).toMatch(/株洲市芦淞区商务局\s+基础数据\+整体自评\s+95\.8\s+94\.99\s+优\s+1\s+3\s+3$/);
    expect(table[3]).toMatch(/社区居家养老服务补助项目\s+项目自评\s+99\.85\s+99\.85\s+优\s+0\s+0\s+0$/);
  });
});

describe("cell text with control and format characters", () => {
  let file: string;
  let dir: string;
  beforeAll(async () => {
    dir = tmp();
    file = await variant(CLEAN, path.join(dir, "hostile.xlsx"), (ws) => {
      ws.getCell("C3").value = HOSTILE_CELL;
      ws.getCell("C12").value = `全年资金_x001B_[1A${ws.getCell("C12").text}`;
    });
  });

  test("text output shows it without any of them; the progress bar too", async () => {
    const { stdout, stderr } = await run(["check", file, file.replace("hostile", "missing\u001b[2J")], { isTTY: true, columns: 100 });
    expect(stdout).toContain("株洲市xcod.exe芦淞区项目");
    expect(stdout).not.toMatch(RAW);
    // The progress bar's own frame start (CR + erase line) is the one control sequence allowed.
    expect(stderr.split("\r\u001b[2K").join("")).not.toMatch(RAW);
  });

  test("JSON keeps it, escaped", async () => {
    const { stdout } = await run(["check", file, "--format", "json"]);
    expect(stdout).not.toMatch(RAW_CHARS);
    const { report } = await checkXlsx(readFileSync(file), defaultProfile);
    expect(report.templates[0].name).toContain("\u202excod.exe\u202c芦淞区\u001b[1A\u001b[2K");
    expect(JSON.parse(stdout).results[0].sheets[0].unit).toBe(report.templates[0].name);
  });

  test("the export's file name is built without them", async () => {
    const out = path.join(dir, "export");
    const { code, stdout } = await run(["export", file, "--out", out]);
    expect(code).toBe(0);
    expect(readdirSync(out)).toEqual(["株洲市xcod.exe芦淞区项目_2023_绩效自评表.xlsx"]);
    expect(stdout.trim()).toBe(path.join(out, "株洲市xcod.exe芦淞区项目_2023_绩效自评表.xlsx"));
  });
});

test("safeFileName: Windows-reserved names and characters, leading dots, long names", () => {
  expect(safeFileName("CON.xlsx", "x")).toBe("_CON.xlsx");
  expect(safeFileName("lpt1.old.xlsx", "x")).toBe("_lpt1.old.xlsx");
  expect(safeFileName("CON_2023_绩效自评表.xlsx", "x")).toBe("CON_2023_绩效自评表.xlsx");
  expect(safeFileName("..a/b\\c:d*e?f\"g<h>i|j_2023_绩效自评表.xlsx", "x")).toBe("abcdefghij_2023_绩效自评表.xlsx");
  expect(safeFileName("\u202e\u200b.xlsx", "未命名单位")).toBe("未命名单位.xlsx");
  const long = safeFileName(`${"很".repeat(120)}_2023_绩效自评表.xlsx`, "x");
  expect(Buffer.byteLength(long)).toBeLessThanOrEqual(200);
  expect(long.endsWith("_2023_绩效自评表.xlsx")).toBe(true);
});

test("a withheld recommended total says the reason is below, not a reason that may be wrong (a table without indicator rows)", async () => {
  const { stdout } = await run(["check", path.join(ROOT, "test", "fixtures", "23_guizhou_suiyang_2021.xlsx")]);
  expect(stdout).toContain("建议 —（未给出，原因见下）");
  expect(stdout).toContain("· 不评等级（A11）：未给出建议总分和等级：表中没有指标行");
  expect(stdout).not.toContain("有指标无法评分");
});
