// The one place where workbook actions run: a single busy flag, the progress step, the last
// announcement, and every failure caught and turned into the error bar's text.
import { useCallback, useMemo, useRef, useState } from "react";
import type { ProgressListener, ProgressStep } from "../../excel/host/workbookOperations";
import { useMessages } from "../i18n/useMessages";
import { describeError } from "./describeError";

export interface ActionStatus {
  busy: boolean;
  /** Shown while busy until the host reports a step, e.g. "Đang chuyển đến ô F6…". */
  pending: string | null;
  progress: ProgressStep | null;
  /** What the last action achieved, for the live region. */
  announcement: string | null;
  error: string | null;
}

export interface Action {
  status: ActionStatus;
  /**
   * Runs a workbook action unless one is already running. Resolves to its value, or to undefined
   * when it failed (the error is then on the error bar) or was refused because the pane was busy.
   */
  run<T>(action: (onProgress: ProgressListener) => Promise<T>, pending?: string): Promise<T | undefined>;
  announce(text: string): void;
  dismissError(): void;
}

const IDLE: ActionStatus = { busy: false, pending: null, progress: null, announcement: null, error: null };

export function useAction(): Action {
  const { t } = useMessages();
  const [status, setStatus] = useState<ActionStatus>(IDLE);
  // State updates are asynchronous; the ref refuses a second click that lands before the re-render.
  const running = useRef(false);

  const run = useCallback(
    async <T,>(action: (onProgress: ProgressListener) => Promise<T>, pending?: string): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      setStatus({ busy: true, pending: pending ?? null, progress: null, announcement: null, error: null });
      const onProgress: ProgressListener = (step) => setStatus((s) => (s.busy ? { ...s, progress: step } : s));
      try {
        const value = await action(onProgress);
        setStatus((s) => ({ ...s, busy: false, pending: null, progress: null }));
        return value;
      } catch (error) {
        setStatus({ ...IDLE, error: describeError(error, t) });
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [t],
  );

  const announce = useCallback((text: string) => setStatus((s) => ({ ...s, announcement: text })), []);
  const dismissError = useCallback(() => setStatus((s) => ({ ...s, error: null })), []);

  return useMemo(() => ({ status, run, announce, dismissError }), [status, run, announce, dismissError]);
}
