/** Words shown for the vault's kinds of things. */
import type { DocumentKind, EvidenceFile } from '../model';

export const documentKindLabels: Record<DocumentKind, string> = {
  death_certificate: 'Death certificate',
  letters_testamentary: 'Letters testamentary or of administration',
  obituary: 'Obituary',
  id: 'ID',
  proof_of_payment: 'Proof of payment (cancelled cheque, bank statement)',
  estate_documents: 'Other estate document',
  other: 'Other (receipt, photo, letter received)',
};

export const fileRoleLabels: Record<EvidenceFile['role'], string> = {
  archive: 'Page archive (MHTML)',
  screenshot: 'Picture of the screen',
  text: "Page's text",
  upload: 'File',
};
