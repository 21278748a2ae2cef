// Limits applied to an upload before and while it is parsed; documented in docs/validation.md.

export const limits = {
  /** Largest upload accepted; the filled template is ~100 KB, so this leaves room for pasted images and notes. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Sum of the uncompressed sizes of all zip entries: bounds the memory exceljs needs. */
  maxUncompressedBytes: 120 * 1024 * 1024,
  /** Largest single entry once inflated (a worksheet XML of ~1 million cells). */
  maxEntryBytes: 60 * 1024 * 1024,
  /** Compression ratio above which an entry counts as a zip bomb; checked only for entries over `ratioFloorBytes`. */
  maxCompressionRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  /** A template has ~20 parts; thousands of entries mean something else was zipped. */
  maxEntries: 500,
  maxEntryNameLength: 255,
  /** Rows read on one sheet; the template has ~140. */
  maxSheetRows: 5000,
} as const;

export type Limits = typeof limits;
