// The checks an upload passes before it is parsed: size, file type and the safe zip inspection.
import type { Parts } from '../xlsx-reader/package-parts.ts';
import type { FindingList } from './findings.ts';
import type { Limits } from './limits.ts';
import { inspectZip } from './safe-zip.ts';
import { sniffFile } from './sniff-file.ts';

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
  ole: {
    rule: 'file.legacy-or-encrypted',
    en: 'This is an Excel 97-2003 (.xls) or password-protected file. Remove any password and save as Excel Workbook (.xlsx).',
    zh: '这是 Excel 97-2003（.xls）文件或受密码保护的文件。请移除密码并另存为 Excel 工作簿（.xlsx）。',
  },
  pdf: {
    rule: 'file.pdf',
    en: 'This is a PDF file. Upload the filled Excel template (.xlsx) itself, not a printout of it.',
    zh: '这是 PDF 文件。请上传填写好的 Excel 模板（.xlsx）本身，而不是其打印件。',
  },
  text: {
    rule: 'file.csv',
    en: 'This is a text or CSV file, perhaps renamed to .xlsx. Fill in the Excel template itself and upload it.',
    zh: '这是文本或 CSV 文件，可能被改名为 .xlsx。请直接填写 Excel 模板并上传。',
  },
  other: {
    rule: 'file.not-xlsx',
    en: 'This file is not an Excel workbook (.xlsx). Upload the filled template.',
    zh: '该文件不是 Excel 工作簿（.xlsx）。请上传填写好的模板。',
  },
} as const;
