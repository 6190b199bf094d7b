// A button that opens the system's file picker and hands over the files chosen: a hidden
// <input type="file">, which Excel's task pane opens on the web, Windows and Mac
// (OfficeDev/office-js#908). Cleared after each pick, so picking the same file again still reports it.
import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({
  // Out of sight but in the page: the button opens it, tests and assistive tools can still reach it.
  input: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export interface FilePickerProps {
  /** The input's accessible name, e.g. "Tệp chấm điểm của các đơn vị (.xlsx)". */
  label: string;
  buttonText: string;
  accept: string;
  multiple?: boolean;
  busy?: boolean;
  onPick(files: File[]): void;
}

export function FilePicker({ label, buttonText, accept, multiple = false, busy = false, onPick }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-label={label}
        tabIndex={-1}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = "";
          if (files.length > 0) onPick(files);
        }}
      />
      <Button disabledFocusable={busy} onClick={() => input.current?.click()}>
        {buttonText}
      </Button>
    </>
  );
}
