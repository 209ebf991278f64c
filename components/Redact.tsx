import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { type Box, boxBetween, isBox, type Point, pointOnPage } from '../lib/redact/boxes';
import { drawBlackedOut, type PagePicture, pictureSize } from '../lib/redact/burn';

/**
 * Black out parts of a picture or of a PDF's pages (a death certificate's SSN, date of
 * birth, cause of death) by dragging boxes over them, then save a copy. Presentational:
 * the page shown, its boxes and what happens on save come from the view.
 */
export function Redact(props: {
  title: string;
  /** The page shown (a picture, or a PDF page drawn), or null while it is being drawn. */
  page: PagePicture | null;
  /** 0 is the first page; a picture has one. */
  pageIndex: number;
  pageCount: number;
  /** The boxes on the page shown. */
  boxes: readonly Box[];
  /** Boxes on every page. */
  total: number;
  /** A PDF: its copy is made of pictures of its pages. */
  isPdf: boolean;
  /** While the copy is made: what is happening. */
  busy?: string;
  /** The document could not be opened, or the copy not saved. */
  error?: string;
  onPage: (index: number) => void;
  onBox: (box: Box) => void;
  onUndo: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [drag, setDrag] = useState<{ from: Point; box?: Box } | null>(null);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    const c = canvas.current;
    if (!c || !props.page) return;
    const { width, height } = pictureSize(props.page);
    if (c.width !== width) c.width = width;
    if (c.height !== height) c.height = height;
    drawBlackedOut(c, props.page, [...props.boxes, ...(drag?.box ? [drag.box] : [])]);
  }, [props.page, props.boxes, drag]);

  const at = (e: PointerEvent) => pointOnPage(e.clientX, e.clientY, canvas.current!.getBoundingClientRect());
  const several = props.pageCount > 1;
  // The document could not be opened: only why, and the way back.
  const refused = !!props.error && !props.page;
  const last = props.pageCount - 1;

  return (
    <section class="redact stack" aria-labelledby="redact-heading">
      <h3 id="redact-heading" tabIndex={-1} ref={heading}>
        {t('account.blackOutHeading', { title: props.title })}
      </h3>
      {!refused && <p>{t('account.blackOutHelp')}</p>}
      {props.isPdf && <p class="hint">{t('complaints.pdfCopyHelp')}</p>}
      {several && (
        <fieldset class="page-choice">
          <legend class="visually-hidden">{t('complaints.pageChoice')}</legend>
          <label class="page-number">
            {t('complaints.pageLabel')}
            <select value={String(props.pageIndex)} disabled={!!props.busy} onChange={(e) => props.onPage(Number(e.currentTarget.value))}>
              {Array.from({ length: props.pageCount }, (_, i) => (
                <option value={String(i)}>{t('complaints.pageOf', { page: i + 1, count: props.pageCount })}</option>
              ))}
            </select>
          </label>
          <button type="button" disabled={props.pageIndex === 0 || !!props.busy} onClick={() => props.onPage(props.pageIndex - 1)}>
            {t('complaints.previousPage')}
          </button>
          <button type="button" disabled={props.pageIndex === last || !!props.busy} onClick={() => props.onPage(props.pageIndex + 1)}>
            {t('complaints.nextPage')}
          </button>
        </fieldset>
      )}
      {props.page ? (
        <canvas
          ref={canvas}
          class="redact-canvas"
          role="img"
          aria-label={t('account.blackedOutPicture', { title: props.title, count: props.boxes.length })}
          onPointerDown={(e) => {
            if (props.busy) return;
            e.currentTarget.setPointerCapture(e.pointerId);
            setDrag({ from: at(e) });
          }}
          onPointerMove={(e) => drag && setDrag({ ...drag, box: boxBetween(drag.from, at(e)) })}
          onPointerUp={(e) => {
            if (drag) {
              const box = boxBetween(drag.from, at(e));
              if (isBox(box, canvas.current!.getBoundingClientRect())) props.onBox(box);
            }
            setDrag(null);
          }}
        />
      ) : (
        !props.error && <p class="muted">{t('complaints.pageDrawing')}</p>
      )}
      <p role="status" class="muted">
        {refused
          ? ''
          : (props.busy ??
            (props.total === 0
              ? t('account.nothingBlackedOut')
              : several
                ? t('complaints.partsOnPages', { count: props.total, here: props.boxes.length })
                : t('account.partsBlackedOut', { count: props.total })))}
      </p>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <div class="row">
        {!refused && (
          <>
            <button type="button" class="primary" disabled={!props.page || props.total === 0 || !!props.busy} onClick={props.onSave}>
              {t('account.saveBlackedOut')}
            </button>
            <button type="button" disabled={props.total === 0 || !!props.busy} onClick={props.onUndo}>
              {t('account.undoLastBox')}
            </button>
          </>
        )}
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
