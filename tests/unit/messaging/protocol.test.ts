import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  type CaptureReply,
  type ContentHandlers,
  type ContentMessage,
  type Done,
  handleContent,
  handlePanel,
  NO_ANSWER,
  type PanelHandlers,
  type ReplyOf,
  receive,
  sendFromPanel,
  type Transport,
} from '../../../lib/messaging/protocol';
import { sendFromPage } from '../../../lib/messaging/sendFromPage';

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

const captured: CaptureReply = {
  ok: true,
  at: '2026-11-22T10:00:00.000Z',
  tabId: 4,
  evidenceId: 'e1',
  title: 'Confirmation',
  references: ['CN12345'],
  notes: [],
};

/** A fake browser: records what was sent and answers with the given reply. */
function fakeTransport(reply: unknown): Transport & { sent: unknown[] } {
  const sent: unknown[] = [];
  return Object.assign(
    async (message: unknown) => {
      sent.push(message);
      return reply;
    },
    { sent },
  );
}

describe('sendFromPanel', () => {
  it('sends the message as written and resolves with its checked reply', async () => {
    const transport = fakeTransport({ ok: true });
    await expect(sendFromPanel({ type: 'data-changed' }, transport)).resolves.toEqual({ ok: true });
    expect(transport.sent).toEqual([{ type: 'data-changed' }]);
    await expect(sendFromPanel({ type: 'providers-changed' }, transport)).resolves.toEqual({ ok: true });
  });

  it('checks a capture reply against CaptureReply, filling its defaults', async () => {
    await expect(sendFromPanel({ type: 'capture-tab', tabId: 4, allowAnyPage: false }, fakeTransport(captured))).resolves.toEqual(captured);
    const refused = { ok: false, at: captured.at, tabId: 4, reason: 'Not a provider' };
    await expect(sendFromPanel({ type: 'capture-tab', tabId: 4 }, fakeTransport(refused))).resolves.toEqual({
      ...refused,
      notProvider: false,
    });
  });

  it('rejects with NO_ANSWER when the reply is missing or not the one of that message type', async () => {
    await expect(sendFromPanel({ type: 'capture-tab', tabId: 4, allowAnyPage: true }, fakeTransport(undefined))).rejects.toThrow(NO_ANSWER);
    await expect(sendFromPanel({ type: 'capture-tab', tabId: 4, allowAnyPage: true }, fakeTransport({ ok: true }))).rejects.toThrow(
      NO_ANSWER,
    );
    await expect(sendFromPanel({ type: 'data-changed' }, fakeTransport(captured.tabId))).rejects.toThrow(NO_ANSWER);
    await expect(sendFromPanel({ type: 'data-changed' }, fakeTransport({ ok: false }))).rejects.toThrow(NO_ANSWER);
  });

  it('passes on a failure to deliver', async () => {
    const transport: Transport = () => Promise.reject(new Error('Could not establish connection'));
    await expect(sendFromPanel({ type: 'data-changed' }, transport)).rejects.toThrow('Could not establish connection');
  });

  it('types the reply by the message type', () => {
    expectTypeOf(sendFromPanel({ type: 'capture-tab', tabId: 1 }, fakeTransport(captured))).resolves.toEqualTypeOf<CaptureReply>();
    expectTypeOf(sendFromPanel({ type: 'data-changed' }, fakeTransport({ ok: true }))).resolves.toEqualTypeOf<Done>();
    expectTypeOf<ReplyOf<'providers-changed'>>().toEqualTypeOf<{ ok: true }>();
  });
});

describe('sendFromPage', () => {
  const signals: ContentMessage = { type: 'page-signals', url: 'https://www.xfinity.com/x', title: 'T', kinds: [], references: [] };

  it('sends the message and resolves with nothing, whatever comes back', async () => {
    const transport = fakeTransport({ anything: true });
    await expect(sendFromPage(signals, transport)).resolves.toBeUndefined();
    expect(transport.sent).toEqual([signals]);
  });

  it('passes on a failure to deliver (an orphaned content script)', async () => {
    await expect(sendFromPage(signals, () => Promise.reject(new Error('Extension context invalidated.')))).rejects.toThrow(
      'Extension context invalidated.',
    );
  });

  it('imports types only, so the content script does not load zod', () => {
    const source = readFileSync(new URL('../../../lib/messaging/sendFromPage.ts', import.meta.url), 'utf8');
    const imports = source.split('\n').filter((line) => /^\s*import\b/.test(line));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/^import type /);
  });
});

describe('handlePanel and handleContent', () => {
  const handlers = (): PanelHandlers => ({
    'data-changed': vi.fn(async () => ({ ok: true as const })),
    'providers-changed': vi.fn(async () => ({ ok: true as const })),
    'capture-tab': vi.fn(async (m) => ({ ...captured, tabId: m.tabId })),
    'first-screen': vi.fn(async () => ({ kind: 'locked' as const, language: 'en' as const })),
  });

  it('runs the handler of the message type only, and resolves with its reply', async () => {
    const h = handlers();
    await expect(handlePanel(h, { type: 'capture-tab', tabId: 9, allowAnyPage: false })).resolves.toEqual({ ...captured, tabId: 9 });
    expect(h['capture-tab']).toHaveBeenCalledWith({ type: 'capture-tab', tabId: 9, allowAnyPage: false });
    expect(h['data-changed']).not.toHaveBeenCalled();
    await expect(handlePanel(h, { type: 'data-changed' })).resolves.toEqual({ ok: true });
    expect(h['providers-changed']).not.toHaveBeenCalled();
  });

  it('hands a content message its handler with where it came from', async () => {
    const seen: unknown[] = [];
    const content: ContentHandlers = {
      'page-signals': async (message, from) => {
        seen.push([message.url, from]);
      },
    };
    const signals: ContentMessage = { type: 'page-signals', url: 'https://www.xfinity.com/x', title: 'T', kinds: [], references: [] };
    await handleContent(content, signals, { tabId: 7, url: 'https://www.xfinity.com/x' });
    expect(seen).toEqual([['https://www.xfinity.com/x', { tabId: 7, url: 'https://www.xfinity.com/x' }]]);
  });

  it('takes what receive accepted, end to end', async () => {
    const h = handlers();
    const received = receive({ type: 'capture-tab', tabId: 3 }, panel, own, origin);
    if (received.from !== 'panel') throw new Error(`expected a panel message, got ${received.from}`);
    await expect(handlePanel(h, received.message)).resolves.toMatchObject({ ok: true, tabId: 3 });
    expect(h['capture-tab']).toHaveBeenCalledWith({ type: 'capture-tab', tabId: 3, allowAnyPage: false });
  });
});
