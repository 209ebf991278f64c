import { describe, expect, it } from 'vitest';
import { receive } from '../../lib/messaging';

const own = 'ext-id';
const origin = 'chrome-extension://ext-id/';
const panel = { id: own, url: `${origin}sidepanel.html` };
const contentScript = { id: own, url: 'https://www.xfinity.com/support', tab: { id: 7 } };

describe('receive', () => {
  it('accepts a data-changed message from our own page', () => {
    expect(receive({ type: 'data-changed' }, panel, own, origin)).toEqual({ from: 'panel', message: { type: 'data-changed' } });
  });

  it('refuses messages from other extensions and unknown shapes', () => {
    expect(receive({ type: 'data-changed' }, { ...panel, id: 'other' }, own, origin).from).toBe('rejected');
    expect(receive({ type: 'delete-everything' }, panel, own, origin).from).toBe('rejected');
    expect(receive('data-changed', panel, own, origin).from).toBe('rejected');
    expect(receive(null, panel, own, origin).from).toBe('rejected');
  });

  it('never lets a page (content script) send a panel message', () => {
    expect(receive({ type: 'data-changed' }, contentScript, own, origin).from).toBe('rejected');
  });

  it('accepts well-formed page signals from a tab, and refuses oversized ones', () => {
    const signals = {
      type: 'page-signals',
      url: 'https://www.xfinity.com/x',
      title: 'Confirmation',
      kinds: ['confirmation'],
      references: [{ label: 'confirmation number', value: 'CN12345', context: 'Your confirmation number is CN12345' }],
    };
    const ok = receive(signals, contentScript, own, origin);
    expect(ok.from).toBe('content');
    expect(ok.from === 'content' && ok.tabId).toBe(7);
    expect(receive({ ...signals, title: 'x'.repeat(501) }, contentScript, own, origin).from).toBe('rejected');
    expect(receive({ ...signals, kinds: ['evil'] }, contentScript, own, origin).from).toBe('rejected');
  });
});

describe('receive (recognition)', () => {
  const signals = { type: 'page-signals', url: 'https://www.xfinity.com/x', title: 'T', kinds: [], references: [] };
  it('refuses page signals from a frame inside the page', () => {
    expect(receive(signals, { ...contentScript, frameId: 3 }, own, origin).from).toBe('rejected');
    expect(receive(signals, { ...contentScript, frameId: 0 }, own, origin).from).toBe('content');
  });
  it('accepts providers-changed only from our own pages', () => {
    expect(receive({ type: 'providers-changed' }, panel, own, origin).from).toBe('panel');
    expect(receive({ type: 'providers-changed' }, contentScript, own, origin).from).toBe('rejected');
  });
});
