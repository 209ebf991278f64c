import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n';

/**
 * "Deleted. Undo" for a short while after a deletion; then it goes away. The deleted
 * thing is gone from the screen, so the focus moves here, to what the delete produced.
 */
export function UndoToast(props: { message: string; seconds?: number; onUndo: () => void; onExpire: () => void }) {
  const seconds = props.seconds ?? 10;
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, [props.message]);
  useEffect(() => {
    const timer = setTimeout(props.onExpire, seconds * 1000);
    return () => clearTimeout(timer);
  }, [props.message]);
  return (
    <div class="toast" role="status">
      <span>{props.message}</span>
      <button type="button" ref={undo} onClick={props.onUndo}>
        {t('panel.undo')}
      </button>
    </div>
  );
}
