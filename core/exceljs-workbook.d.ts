// Types for the deep import in core/xlsx.ts: exceljs ships types for its package entry only.
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';

  const WorkbookClass: new () => Workbook;
  export default WorkbookClass;
}
