// The offline review page (issue 11): after `webpack --mode production --env offline`, inlines
// dist-offline/taskpane.js and the icons into one self-contained dist-offline/selfeval.html that
// works opened from file:// with no network and no server, and zips it with a short how-to as
// dist-offline/selfeval-offline.zip. `npm run build:offline` runs both steps.
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";

export const ROOT = path.resolve(__dirname, "..");
export const OFFLINE_DIR = path.join(ROOT, "dist-offline");
export const OFFLINE_HTML = path.join(OFFLINE_DIR, "selfeval.html");
export const OFFLINE_ZIP = path.join(OFFLINE_DIR, "selfeval-offline.zip");

const HOWTO = `绩效自评助手（离线版）使用说明
================================

1. 解压本压缩包，得到 selfeval.html。
2. 双击 selfeval.html，用 Microsoft Edge 或 Google Chrome 打开（不需要网络，不需要安装任何软件）。
3. 点击“打开文件”选择一个或多个 .xlsx 自评表，或点击“打开文件夹”选择整个文件夹；也可以把文件或文件夹拖到页面上。
4. 页面列出每个文件的单位、模板、填报总分、建议总分、等级和错误/警告/提示数；点击文件名查看该文件的问题。
5. “下载全部校验副本 (.zip)”下载每个文件的校验副本；“下载汇总表 (.xlsx)”下载一览表和问题清单。

文件只在本机浏览器中处理，不会上传，页面不访问任何网络地址。

SelfEval offline page: how to use
---------------------------------

1. Unzip this archive; it holds selfeval.html.
2. Double-click selfeval.html to open it in Microsoft Edge or Google Chrome (no network, nothing to install).
3. Click "Open files" for one or more .xlsx workbooks, or "Open folder" for a whole folder; or drop files or a folder onto the page.
4. The table lists each file's unit, template, entered and recommended totals, grade and error / warning / info counts; click a file name to see its findings.
5. "Download all checked copies (.zip)" saves every file's checked copy; "Download review workbook (.xlsx)" saves the table and all findings.

Files are processed in this browser only; nothing is uploaded and the page makes no network request.
`;

/** Script text that is safe inside <script>…</script>: an end tag in a string or regex is escaped. */
export function scriptSafe(js: string): string {
  if (/<!--[\s\S]*<script/i.test(js)) {
    // The HTML parser's "script data double escaped" state would swallow the rest of the page.
    throw new Error("build-offline: the bundle holds '<!--' followed by '<script'; it cannot be inlined safely.");
  }
  return js.replace(/<\/(script)/gi, "<\\/$1");
}

/** The built page with its scripts and icons inlined; the bundle runs at the end of <body>. */
export async function inlinePage(dir: string): Promise<string> {
  let html = await fs.readFile(path.join(dir, "taskpane.html"), "utf8");
  const scripts: string[] = [];
  html = html.replace(/<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*><\/script>/g, (_, src: string) => {
    scripts.push(src);
    return "";
  });
  if (scripts.length === 0) throw new Error("build-offline: no script in dist-offline/taskpane.html");
  const icons = html.match(/<link\b[^>]*>/g) ?? [];
  for (const tag of icons) {
    const href = /\bhref=["']?([^"' >]+)/.exec(tag)?.[1];
    if (!href || /^(data:|https?:)/.test(href)) continue;
    const file = path.join(dir, href);
    if (!existsSync(file)) throw new Error(`build-offline: ${href} in the page is not in dist-offline/`);
    const type = href.endsWith(".png") ? "image/png" : href.endsWith(".svg") ? "image/svg+xml" : "image/x-icon";
    const data = `data:${type};base64,${(await fs.readFile(file)).toString("base64")}`;
    html = html.replace(tag, tag.replace(href, data));
  }
  if (/\b(src|href)=["']?(?!data:|#)[^"' >]+/i.test(html.replace(/<script>[\s\S]*?<\/script>/g, ""))) {
    throw new Error("build-offline: the page still references another file");
  }
  let inline = "";
  for (const src of scripts) inline += `<script>${scriptSafe(await fs.readFile(path.join(dir, src), "utf8"))}</script>`;
  if (!html.includes("</body>")) throw new Error("build-offline: no </body> in the page");
  // A function, not a string: the bundle is full of "$&" and "$'" that replace() would expand.
  return html.replace("</body>", () => `${inline}</body>`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(OFFLINE_DIR, "taskpane.html"))) {
    throw new Error("dist-offline/taskpane.html is missing: run `webpack --mode production --env offline` first (npm run build:offline does both).");
  }
  const html = await inlinePage(OFFLINE_DIR);
  // Only the two deliverables stay in dist-offline/.
  for (const name of await fs.readdir(OFFLINE_DIR)) await fs.rm(path.join(OFFLINE_DIR, name), { recursive: true, force: true });
  await fs.writeFile(OFFLINE_HTML, html);
  const zip = new JSZip();
  const date = new Date();
  zip.file("selfeval.html", html, { date });
  zip.file("使用说明-README.txt", HOWTO.replace(/\n/g, "\r\n"), { date });
  await fs.writeFile(OFFLINE_ZIP, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
  const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  const zipSize = (await fs.stat(OFFLINE_ZIP)).size;
  process.stdout.write(`offline page: ${path.relative(ROOT, OFFLINE_HTML)} (${kib(Buffer.byteLength(html))}), ${path.relative(ROOT, OFFLINE_ZIP)} (${kib(zipSize)})\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`build-offline: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
