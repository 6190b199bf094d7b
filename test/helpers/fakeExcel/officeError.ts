// Errors shaped like OfficeExtension.Error as office-js raises them at context.sync():
// name "RichApi.Error", a code from Excel.ErrorCodes, a message and debugInfo.

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string = DEFAULT_MESSAGES[code] ?? `Fake Excel error ${code}.`,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

const DEFAULT_MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  AccessDenied: "You cannot perform the requested operation.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "The resource already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ApiNotFound: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  PropertyNotLoaded: "The property has not been loaded. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
  GeneralException: "An internal error has occurred.",
};
