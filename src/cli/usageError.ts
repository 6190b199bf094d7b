// A wrong call of the command line (unknown option, missing argument): exit code 2 and the
// command's usage, never a stack trace.
import { ParIndexError } from "../domain/errors";

export class UsageError extends ParIndexError {
  /** `message` is the Vietnamese text shown to the user. */
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}
