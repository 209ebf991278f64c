// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { EvidenceCard } from '../../../components/EvidenceCard';
import type { Evidence } from '../../../lib/model';

const item: Evidence = {
  id: 'ev-1',
  caseId: 'case-1',
  kind: 'document',
  title: 'Death certificate',
  capturedAt: '2026-03-10T12:00:00.000Z',
  referenceNumbers: [],
  sensitive: false,
  files: [],
  createdAt: '2026-03-10T12:00:00.000Z',
  updatedAt: '2026-03-10T12:00:00.000Z',
};
const noop = () => {};

describe('EvidenceCard', () => {
  it('builds its editor (with the link choices) only once "Rename, link or delete" is opened', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <EvidenceCard
          item={item}
          linkSummary="Not linked to an account yet"
          onPreview={noop}
          onRename={noop}
          onSensitive={noop}
          onDelete={noop}
        >
          <select aria-label="Account" />
        </EvidenceCard>,
        root,
      ),
    );
    const details = root.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toBe('Rename, link or delete');
    // Hundreds of cards each building selects of every account, step and contact took seconds.
    expect(root.querySelector('select')).toBeNull();
    expect(root.querySelector('input')).toBeNull();

    await act(async () => {
      details.open = true;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(root.querySelector('select[aria-label="Account"]')).not.toBeNull();
    expect((root.querySelector('input:not([type])') as HTMLInputElement).value).toBe('Death certificate');

    await act(async () => {
      details.open = false;
      details.dispatchEvent(new Event('toggle'));
    });
    expect(root.querySelector('select')).toBeNull();
    root.remove();
  });
});
