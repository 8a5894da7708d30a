import PDFDocument from 'pdfkit';
import { amountInWords } from './amount-in-words.js';
import { formatRupees } from './format-rupees.js';

export interface ReceiptFacts {
  readonly receiptNumber: string;
  readonly issuedAt: Date;
  /** The municipal body, e.g. `Municipal Corporation Amritsar`. */
  readonly issuer: string;
  readonly city: string;
  readonly service: 'WATER' | 'SEWERAGE';
  readonly consumerNumber: string;
  readonly holderName: string;
  readonly billNumber: string;
  readonly periodFrom: Date;
  readonly periodTo: Date;
  readonly taxHeads: readonly { code: string; name: string; amountPaise: number }[];
  readonly amountPaise: number;
  readonly transactionId: string;
  /** The payer's number, masked. */
  readonly paidBy: string;
}

const day = (date: Date) =>
  date.toLocaleDateString('en-IN', { day: '2-digit', month: 'short', year: 'numeric', timeZone: 'UTC' });
const moment = (date: Date) =>
  `${date.toLocaleString('en-IN', {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Kolkata',
  })} IST`;

/**
 * The receipt as an A4 PDF: who issued it, the connection and bill, each tax head, the amount in figures and
 * in words, and how and when it was paid. Built-in fonts only (Helvetica cannot draw ₹, so amounts read
 * `Rs`).
 */
export function renderReceipt(facts: ReceiptFacts): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: {
      Title: `Receipt ${facts.receiptNumber}`,
      Author: facts.issuer,
      CreationDate: facts.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const left = 50;
  const width = doc.page.width - 100;
  const service = facts.service === 'WATER' ? 'Water' : 'Sewerage';
  doc.font('Helvetica-Bold').fontSize(16).text(facts.issuer, { align: 'center' });
  doc.font('Helvetica').fontSize(12).text(`${service} Charges Receipt`, { align: 'center' }).moveDown(1.5);

  const row = (label: string, value: string) => {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(10).text(label, left, y, { width: 160 });
    doc.font('Helvetica').text(value, left + 170, y, { width: width - 170 });
    doc.moveDown(0.4);
  };
  row('Receipt number', facts.receiptNumber);
  row('Receipt date', moment(facts.issuedAt));
  row('City', facts.city);
  row('Consumer number', facts.consumerNumber);
  row('Connection holder', facts.holderName);
  row('Bill number', facts.billNumber);
  row('Billing period', `${day(facts.periodFrom)} to ${day(facts.periodTo)}`);
  row('Paid by', facts.paidBy);
  row('Payment mode', 'Online, through the payment gateway');
  row('Transaction reference', facts.transactionId);
  doc.moveDown(1);

  const amountColumn = left + width - 120;
  const line = (y: number) =>
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .strokeColor('#999999')
      .stroke();
  const head = (name: string, code: string, amount: string, bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(name, left, y, { width: 230 });
    doc.text(code, left + 240, y, { width: 160 });
    doc.text(amount, amountColumn, y, { width: 120, align: 'right' });
    doc.moveDown(0.4);
  };
  head('Tax head', 'Code', 'Amount (Rs)', true);
  line(doc.y);
  doc.moveDown(0.3);
  for (const taxHead of facts.taxHeads) head(taxHead.name, taxHead.code, formatRupees(taxHead.amountPaise));
  line(doc.y);
  doc.moveDown(0.3);
  head('Total amount paid', '', `Rs ${formatRupees(facts.amountPaise)}`, true);
  doc.moveDown(0.5);
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(`In words: ${amountInWords(facts.amountPaise)}`, left, doc.y, { width });
  doc.moveDown(2);
  doc
    .fontSize(8)
    .fillColor('#555555')
    .text('This is a computer-generated receipt and needs no signature.', left, doc.y, {
      width,
      align: 'center',
    });
  doc.end();
  return done;
}
