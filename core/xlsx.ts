// The one place core creates exceljs workbooks. It loads exceljs's Workbook class directly: the package entry also
// loads the streaming reader and writer (unzipper, archiver and their dependencies), which core never uses and which
// would otherwise be parsed at every Lambda cold start.
import type { Workbook } from 'exceljs';
import WorkbookClass from 'exceljs/lib/doc/workbook.js';

export function newWorkbook(): Workbook {
  return new WorkbookClass();
}
