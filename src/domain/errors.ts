// Broken invariants and misuse of the core's API throw one named error class per condition;
// problems in user data never throw, they come back as issues.

export class ParIndexError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** No bundled template has the requested id. */
export class TemplateNotFoundError extends ParIndexError {
  constructor(readonly templateId: string) {
    super(`no bundled template with id "${templateId}"`);
  }
}

/** A template shipped with the add-in fails its own rules: a packaging bug, not a user error. */
export class InvalidBundledTemplateError extends ParIndexError {
  constructor(readonly templateId: string, readonly details: string) {
    super(`bundled template "${templateId}" is invalid: ${details}`);
  }
}

/** A layout was asked for something it cannot draw (e.g. a template that failed validation). */
export class LayoutError extends ParIndexError {}
