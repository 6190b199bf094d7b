// The download page's script: reads the file the task pane put in the URL fragment, offers it as
// an ordinary download (a link the browser saves, clicked once on its own), and takes the bytes
// out of the address bar and the history. Plain DOM, no framework: the page must stay tiny.
import { readFileFragment } from "./fileFragment";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function show(main: HTMLElement, file: { fileName: string; bytes: Uint8Array }): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME }));
  const intro = document.createElement("p");
  intro.append("Văn bản ", Object.assign(document.createElement("span"), { className: "file", textContent: file.fileName }), ` (${kilobytes(file.bytes.length)}).`);
  const link = Object.assign(document.createElement("a"), { href: url, download: file.fileName, className: "save", textContent: "Tải văn bản" });
  link.id = "save";
  const note = Object.assign(document.createElement("p"), {
    className: "note",
    textContent:
      "Tệp được lưu vào thư mục Tải xuống (Downloads) của trình duyệt. Nội dung chỉ nằm trên máy này, không gửi lên máy chủ. " +
      "The file is saved to the browser's Downloads folder; it never leaves this computer.",
  });
  main.replaceChildren(Object.assign(document.createElement("h1"), { textContent: "Tải văn bản kế hoạch" }), intro, link, note);
  return link;
}

function kilobytes(bytes: number): string {
  return `${(Math.max(1, Math.round(bytes / 102.4)) / 10).toLocaleString("vi-VN")} KB`;
}

function start(): void {
  const main = document.getElementById("download");
  const message = document.getElementById("message");
  if (!main || !message) return;
  const file = readFileFragment(window.location.hash);
  if (!file) {
    message.className = "error";
    message.textContent =
      "Trang này không nhận được tệp nào (đường dẫn thiếu hoặc hỏng). Hãy quay lại Excel và bấm «Tải văn bản kế hoạch (.docx)» lần nữa.";
    return;
  }
  // The document should not stay in the history or be shown in the address bar.
  history.replaceState(null, "", window.location.pathname + window.location.search);
  const link = show(main, file);
  link.focus();
  link.click();
}

start();
