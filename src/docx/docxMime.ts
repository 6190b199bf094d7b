// The media type of a .docx file, on its own so the pane can name it without loading the renderer.
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
