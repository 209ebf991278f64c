import { useEffect, useState } from 'preact/hooks';
import { Redact } from '../../../components/Redact';
import { addDocument, fileData, storageErrorMessage } from '../../../lib/evidence/store';
import { t } from '../../../lib/i18n';
import type { Evidence } from '../../../lib/model';
import { addMark, boxesOn, choosePage, type Mark, undoMark } from '../../../lib/redact/boxes';
import { blackedOutPicture, type PagePicture } from '../../../lib/redact/burn';
import { copyFileName, copyRecordOf } from '../../../lib/redact/copy';
import type { OpenedPdf } from '../../../lib/redact/pdfPages';

/** A PDF page is drawn on the screen about this many pixels wide (sharp on a 2x screen in a 360 px panel). */
const SHOWN_WIDTH_PX = 1000;

/** What is blacked out: a picture, or a PDF opened with PDF.js (loaded only now). */
type Source = { kind: 'picture'; picture: HTMLImageElement } | { kind: 'pdf'; pdf: OpenedPdf };

/** The PDF code, loaded the first time a PDF is blacked out (never in the panel's first render). */
const pdfCode = () => import('../../../lib/redact/pdfCopy');

function loadPicture(blob: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(blob);
  return new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(t('account.pictureNotOpened')));
    img.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/**
 * Blacks out parts of a document (a picture, or every page of a PDF) and keeps the
 * copy as a new document linked to its original; `onSaved` then returns to where the
 * user came from. A PDF that is locked or damaged is refused with a message; nothing
 * is stored then.
 */
export function RedactView(props: { original: Evidence; onSaved: (copy: Evidence) => void; onCancel: () => void }) {
  const { original } = props;
  const [source, setSource] = useState<Source | null>(null);
  const [pageIndex, setPageIndex] = useState(0);
  // The page drawn, with its number: a page chosen but not drawn yet shows nothing, never the
  // previous page under the new page's number (a box drawn then would land on the wrong page).
  const [drawn, setDrawn] = useState<{ index: number; picture: PagePicture } | null>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  // Open the original: its stored bytes, as a picture or as a PDF.
  useEffect(() => {
    let opened: Source | undefined;
    let gone = false;
    (async () => {
      const file = original.files.find((f) => f.role === 'upload');
      const blob = file && (await fileData(file.blobId));
      if (!file || !blob) throw new Error(t('complaints.pictureGone'));
      if (file.mime === 'application/pdf') {
        const { openPdf } = await pdfCode();
        opened = { kind: 'pdf', pdf: await openPdf(new Uint8Array(await blob.arrayBuffer()), new URL('/pdfjs/', document.baseURI).href) };
      } else {
        opened = { kind: 'picture', picture: await loadPicture(blob) };
      }
      if (gone) return;
      setSource(opened);
    })().catch((e: Error) => !gone && setError(e.message));
    return () => {
      gone = true;
      if (opened?.kind === 'pdf') void opened.pdf.close();
    };
  }, [original.id]);

  // Draw the page chosen.
  useEffect(() => {
    if (!source) return;
    if (source.kind === 'picture') return setDrawn({ index: 0, picture: source.picture });
    let gone = false;
    const size = source.pdf.sizes[pageIndex]!;
    source.pdf.draw(pageIndex, SHOWN_WIDTH_PX / size.width).then(
      (picture) => !gone && setDrawn({ index: pageIndex, picture }),
      (e: Error) => !gone && setError(e.message),
    );
    return () => {
      gone = true;
    };
  }, [source, pageIndex]);

  const save = async () => {
    if (!source) return;
    setError(undefined);
    const record = copyRecordOf(original);
    const name = original.files.find((f) => f.role === 'upload')?.name ?? 'document';
    try {
      let file: File;
      if (source.kind === 'picture') {
        file = new File([await blackedOutPicture(source.picture, boxesOn(marks, 0))], copyFileName(name, 'png'), { type: 'image/png' });
      } else {
        const { blackedOutPdf } = await pdfCode();
        const bytes = await blackedOutPdf(source.pdf, marks, record.title, (n, count) =>
          setBusy(t('complaints.makingCopy', { page: n, count })),
        );
        file = new File([bytes as Uint8Array<ArrayBuffer>], copyFileName(name, 'pdf'), { type: 'application/pdf' });
      }
      setBusy(t('complaints.savingCopy'));
      const copy = await addDocument({ ...record, file });
      props.onSaved(copy);
    } catch (e) {
      setBusy(undefined);
      setError(storageErrorMessage(e));
    }
  };

  const pageCount = source?.kind === 'pdf' ? source.pdf.pageCount : 1;
  const page = drawn?.index === pageIndex ? drawn.picture : null;
  return (
    <Redact
      title={original.title}
      page={page}
      pageIndex={pageIndex}
      pageCount={pageCount}
      boxes={boxesOn(marks, pageIndex)}
      total={marks.length}
      isPdf={source?.kind === 'pdf'}
      busy={busy}
      error={error}
      onPage={(n) => setPageIndex(choosePage(n, pageCount))}
      onBox={(box) => setMarks(addMark(marks, pageIndex, box))}
      onUndo={() => {
        const undone = undoMark(marks);
        setMarks(undone.marks);
        if (undone.page !== undefined) setPageIndex(undone.page);
      }}
      onSave={save}
      onCancel={props.onCancel}
    />
  );
}
