import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Black out parts of a picture (a death certificate's SSN, date of birth, cause of
 * death) by dragging boxes over them, then save a copy. The copy is the picture
 * drawn again with the boxes burned in: nothing of what is under them remains,
 * and none of the original's hidden details (camera data) either.
 */
export function RedactImage(props: { title: string; imageUrl: string; error?: string; onSave: (png: Blob) => void; onCancel: () => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [drag, setDrag] = useState<{ x: number; y: number; box?: Box } | null>(null);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    heading.current?.focus();
    const img = new Image();
    img.onload = () => setImage(img);
    img.onerror = () => setLoadError(t('account.pictureNotOpened'));
    img.src = props.imageUrl;
  }, [props.imageUrl]);

  useEffect(() => {
    const c = canvas.current;
    if (!c || !image) return;
    c.width = image.naturalWidth;
    c.height = image.naturalHeight;
    const g = c.getContext('2d')!;
    g.drawImage(image, 0, 0);
    g.fillStyle = '#000';
    for (const b of [...boxes, ...(drag?.box ? [drag.box] : [])]) g.fillRect(b.x, b.y, b.w, b.h);
  }, [image, boxes, drag]);

  /** A pointer position in the picture's own pixels. */
  const at = (e: PointerEvent) => {
    const c = canvas.current!;
    const r = c.getBoundingClientRect();
    return { x: ((e.clientX - r.left) / r.width) * c.width, y: ((e.clientY - r.top) / r.height) * c.height };
  };
  const boxOf = (a: { x: number; y: number }, b: { x: number; y: number }): Box => ({
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(a.x - b.x),
    h: Math.abs(a.y - b.y),
  });

  return (
    <section class="redact stack" aria-labelledby="redact-heading">
      <h3 id="redact-heading" tabIndex={-1} ref={heading}>
        {t('account.blackOutHeading', { title: props.title })}
      </h3>
      <p>{t('account.blackOutHelp')}</p>
      {loadError && <p class="error">{loadError}</p>}
      <canvas
        ref={canvas}
        class="redact-canvas"
        role="img"
        aria-label={t('account.blackedOutPicture', { title: props.title, count: boxes.length })}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setDrag(at(e));
        }}
        onPointerMove={(e) => drag && setDrag({ ...drag, box: boxOf(drag, at(e)) })}
        onPointerUp={(e) => {
          if (drag) {
            const box = boxOf(drag, at(e));
            if (box.w > 2 && box.h > 2) setBoxes([...boxes, box]);
          }
          setDrag(null);
        }}
      />
      <p role="status" class="muted">
        {boxes.length === 0 ? t('account.nothingBlackedOut') : t('account.partsBlackedOut', { count: boxes.length })}
      </p>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          class="primary"
          disabled={!image || boxes.length === 0}
          onClick={() => canvas.current?.toBlob((blob) => blob && props.onSave(blob), 'image/png')}
        >
          {t('account.saveBlackedOut')}
        </button>
        <button type="button" disabled={boxes.length === 0} onClick={() => setBoxes(boxes.slice(0, -1))}>
          {t('account.undoLastBox')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
