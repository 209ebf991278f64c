/** What a view shows while its data loads, or when it could not be read. */
export function Loading(props: { error?: Error; what?: string }) {
  if (props.error)
    return (
      <p class="error" role="alert">
        {props.what ?? 'Your saved data'} could not be read: {props.error.message}
      </p>
    );
  return (
    <p aria-busy="true" class="muted">
      Loading…
    </p>
  );
}
