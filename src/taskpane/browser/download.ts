// Hands bytes to the user as a download through a Blob URL: nothing is uploaded anywhere.
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF_MIME = "application/pdf";

export function saveFile(name: string, bytes: Uint8Array, doc: Document = document, type: string = XLSX_MIME): void {
  // A copy in a fresh ArrayBuffer: Blob takes no SharedArrayBuffer-backed views.
  const blob = new Blob([new Uint8Array(bytes)], { type });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
