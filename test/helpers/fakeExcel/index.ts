// A recording fake of the office-js Excel host, for unit tests (pass host.run to the code under
// test) and for an in-page fake Office in end-to-end tests (installFakeOffice). No test framework inside.
export { MAX_COLUMNS, MAX_ROWS, formatA1, parseA1, type Rect } from "./a1";
export { FakeExcelHost, WEB_REQUEST_LIMIT_BYTES, type FakeHostOptions, type HostCall, type RangeWrite, type RequestRecord } from "./fakeHost";
export { FakeSheet, FakeWorkbook, type FakeCell, type FakeChart, type FakeChartSeries, type Visibility } from "./fakeWorkbook";
export { installFakeOffice, type FakeOfficeOptions } from "./installFakeOffice";
export { FakeOfficeError } from "./officeError";
export { FakeRequestContext } from "./requestContext";
export { hiddenRowsOf } from "./filterProxies";
