// Type declaration for the one exceljs internal the host patches (see keepValidationFormulas.ts).
declare module "exceljs/lib/xlsx/xform/sheet/data-validations-xform" {
  class DataValidationsXform {
    parseClose(name: string): boolean;
  }
  export = DataValidationsXform;
}
