// The checks an upload passes before it is parsed: size, file type and the safe zip inspection.
import type { Parts } from '../xlsx-reader/package-parts.ts';
import type { FindingList } from './findings.ts';
import type { Limits } from './limits.ts';
import { inspectZip } from './safe-zip.ts';
import { type FileKind, sniffFile } from './sniff-file.ts';

/**
 * The workbook's XML parts when the bytes are a sane .xlsx package, ready for the reader; otherwise undefined, with
 * the reason added to findings.
 */
export async function checkUpload(
  bytes: Buffer,
  limits: Limits,
  findings: FindingList,
): Promise<Parts | undefined> {
  const kind = sniffFile(bytes);
  if (kind === 'empty') {
    findings.error('file.empty', {
      en: 'The uploaded file is empty. Upload the filled template.',
      zh: '上传的文件为空。请上传填写好的模板。',
    });
    return undefined;
  }
  if (bytes.length > limits.maxFileBytes) {
    const mb = (limits.maxFileBytes / 1024 / 1024).toFixed(0);
    findings.error('file.too-large', {
      en: `The file is larger than ${mb} MB. Remove pasted images or extra sheets and upload again.`,
      zh: `文件超过 ${mb} MB。请删除粘贴的图片或多余的工作表后重新上传。`,
    });
    return undefined;
  }
  if (kind !== 'zip') {
    const { rule, en, zh } = notZip[kind];
    findings.error(rule, { en, zh });
    return undefined;
  }
  const inspection = await inspectZip(bytes, limits);
  if ('problem' in inspection) {
    findings.error(inspection.problem.rule, inspection.problem.message);
    return undefined;
  }
  return inspection.parts;
}

/** Why a file that is not a zip package cannot be the workbook, by what it is instead. */
export const notZip = {
  xls: {
    rule: 'file.xls',
    en: 'This is an Excel 97-2003 workbook (.xls). Open it in Excel and save it as Excel Workbook (.xlsx), or fill in the template you received.',
    zh: '这是 Excel 97-2003 工作簿（.xls）。请在 Excel 中打开并另存为 Excel 工作簿（.xlsx），或填写您收到的模板。',
  },
  encrypted: {
    rule: 'file.password-protected',
    en: 'This workbook is protected by a password to open, so it cannot be read. Remove the password (File > Info > Protect Workbook > Encrypt with Password, empty the password), save and upload again.',
    zh: '该工作簿设置了打开密码，无法读取。请移除密码（文件 > 信息 > 保护工作簿 > 用密码进行加密，清空密码），保存后重新上传。',
  },
  ole: {
    rule: 'file.legacy-or-encrypted',
    en: 'This is an old Office file (such as Excel 97-2003 .xls) or a password-protected file. Remove any password and save as Excel Workbook (.xlsx).',
    zh: '这是旧版 Office 文件（例如 Excel 97-2003 .xls）或受密码保护的文件。请移除密码并另存为 Excel 工作簿（.xlsx）。',
  },
  pdf: {
    rule: 'file.pdf',
    en: 'This is a PDF file. Upload the filled Excel template (.xlsx) itself, not a printout of it.',
    zh: '这是 PDF 文件。请上传填写好的 Excel 模板（.xlsx）本身，而不是其打印件。',
  },
  csv: {
    rule: 'file.csv',
    en: "This is a CSV file (values separated by commas, semicolons or tabs), perhaps renamed to .xlsx. CSV loses the template's sheets and signature: fill in the Excel template itself and upload it.",
    zh: '这是 CSV 文件（以逗号、分号或制表符分隔的数值），可能被改名为 .xlsx。CSV 会丢失模板的工作表和签名：请直接填写 Excel 模板并上传。',
  },
  text: {
    rule: 'file.text',
    en: 'This is a text file, not an Excel workbook. Fill in the Excel template itself and upload it.',
    zh: '这是文本文件，不是 Excel 工作簿。请直接填写 Excel 模板并上传。',
  },
  other: {
    rule: 'file.not-xlsx',
    en: 'This file is not an Excel workbook (.xlsx). Upload the filled template.',
    zh: '该文件不是 Excel 工作簿（.xlsx）。请上传填写好的模板。',
  },
} as const satisfies Record<Exclude<FileKind, 'empty' | 'zip'>, { rule: string; en: string; zh: string }>;
