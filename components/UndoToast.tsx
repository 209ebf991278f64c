import { useEffect } from 'preact/hooks';

/** "Deleted. Undo" for a short while after a deletion; then it goes away. */
export function UndoToast(props: { message: string; seconds?: number; onUndo: () => void; onExpire: () => void }) {
  const seconds = props.seconds ?? 10;
  useEffect(() => {
    const timer = setTimeout(props.onExpire, seconds * 1000);
    return () => clearTimeout(timer);
  }, [props.message]);
  return (
    <div class="toast" role="status">
      <span>{props.message}</span>
      <button type="button" onClick={props.onUndo}>
        Undo
      </button>
    </div>
  );
}
