// Draws a QR code as vector squares, so it stays sharp at any print size and needs no image library.
import QRCode from 'qrcode';
import type { Pdf } from './pdf.ts';

/** Modules of white margin around the code, as the QR specification asks for reliable scanning. */
const QUIET_ZONE = 4;

export function drawQrCode(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / (modules.size + 2 * QUIET_ZONE);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        doc.rect(x + (col + QUIET_ZONE) * cell, y + (row + QUIET_ZONE) * cell, cell, cell);
      }
    }
  }
  doc.fill('#000000');
  doc.restore();
}
