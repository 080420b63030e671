// Folder opening: the picker's files by their path, and a dropped folder walked through the
// File and Directory Entries API (entries shaped as Chromium hands them, batches of readEntries).
import { filesFromDrop, filesFromPicker, isWorkbookName } from "../../src/taskpane/browser/folder";

function file(name: string, text = name, relative?: string): File {
  const f = new File([text], name.split("/").pop() as string);
  if (relative) Object.defineProperty(f, "webkitRelativePath", { value: relative });
  return f;
}

test("workbook names: .xlsx/.xlsm/.xls kept; Excel lock files, hidden files and others skipped", () => {
  expect(["a.xlsx", "b.XLSX", "c.xlsm", "d.xls", "sub/e.xlsx"].every(isWorkbookName)).toBe(true);
  expect(["~$a.xlsx", ".hidden.xlsx", "notes.txt", "a.xlsx.bak", "sub/~$e.xlsx"].some(isWorkbookName)).toBe(false);
});

test("the folder picker: workbooks named by their path inside the folder, sorted", async () => {
  const picked = filesFromPicker([
    file("z.xlsx", "Z", "年度/z.xlsx"),
    file("~$z.xlsx", "lock", "年度/~$z.xlsx"),
    file("readme.txt", "r", "年度/readme.txt"),
    file("a.xlsx", "A", "年度/乡镇/a.xlsx"),
  ]);
  expect(picked.map((f) => f.name)).toEqual(["年度/z.xlsx", "年度/乡镇/a.xlsx"]);
  expect(new TextDecoder().decode(await picked[1].arrayBuffer())).toBe("A");
  expect(picked[0].size).toBe(1);
});

interface FakeEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (f: File) => void) => void;
  createReader?: () => { readEntries: (ok: (e: FakeEntry[]) => void) => void };
}

function fileEntry(name: string, text = name): FakeEntry {
  return { isFile: true, isDirectory: false, name, file: (ok) => ok(file(name, text)) };
}

/** A directory whose reader hands out `batch` entries per call, then an empty batch (as Chromium). */
function dirEntry(name: string, children: FakeEntry[], batch = 2): FakeEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok) => {
          const next = children.slice(at, at + batch);
          at += batch;
          setTimeout(() => ok(next), 0);
        },
      };
    },
  };
}

function transfer(entries: (FakeEntry | null)[], files: File[]): DataTransfer {
  return {
    items: entries.map((e) => ({ kind: "file", webkitGetAsEntry: () => e })),
    files,
  } as unknown as DataTransfer;
}

test("a dropped folder is walked recursively, across readEntries batches; loose files dropped with it stay", async () => {
  const folder = dirEntry("2023", [
    fileEntry("a.xlsx", "A"),
    fileEntry("~$a.xlsx"),
    fileEntry("b.xlsx", "B"),
    dirEntry("乡镇", [fileEntry("c.xlsx", "C"), fileEntry("notes.txt")]),
    fileEntry("d.xls", "D"),
  ]);
  const loose = fileEntry("e.xlsx", "E");
  const files = await filesFromDrop(transfer([folder, loose], [file("2023"), file("e.xlsx", "E")]));
  expect(files.map((f) => f.name)).toEqual(["2023/a.xlsx", "2023/b.xlsx", "2023/乡镇/c.xlsx", "2023/d.xls", "e.xlsx"]);
  expect(new TextDecoder().decode(await files[2].arrayBuffer())).toBe("C");
});

test("a drop of files only passes the files as they are (an unusable one is reported by the host)", async () => {
  const a = file("a.xlsx");
  const t = file("notes.txt");
  const files = await filesFromDrop(transfer([fileEntry("a.xlsx"), fileEntry("notes.txt")], [a, t]));
  expect(files).toEqual([a, t]);
  expect(await filesFromDrop(null)).toEqual([]);
});
