import { describe, expect, it } from 'vitest';
import { contactFold, deviceFold, documentFold } from '../../../lib/derived/sections';
import type { Device } from '../../../lib/model';

const device = (state: Device['state'], overdue = false) => ({ device: { state }, overdue });
const TODAY = '2026-03-10';

describe('equipment folds by state', () => {
  it('folds when none is listed, saying so', () => {
    expect(deviceFold([])).toEqual({ open: false, line: 'No devices listed yet', tone: 'quiet' });
  });
  it('folds when every device is returned or kept, saying how many and how', () => {
    expect(deviceFold([device('returned'), device('returned'), device('returned')])).toEqual({
      open: false,
      line: '3 devices, all returned',
      tone: 'ok',
    });
    expect(deviceFold([device('returned'), device('returned')]).line).toBe('2 devices, both returned');
    expect(deviceFold([device('returned')]).line).toBe('1 device, returned');
    expect(deviceFold([device('keep')]).line).toBe('1 device, kept');
    expect(deviceFold([device('keep'), device('keep')]).line).toBe('2 devices, both kept');
    expect(deviceFold([device('returned'), device('returned'), device('keep')]).line).toBe('3 devices: 2 returned, 1 kept');
  });
  it('opens while one is still out (on its way back counts as out), saying first what needs doing', () => {
    expect(deviceFold([device('pending'), device('returned'), device('returned')])).toEqual({
      open: true,
      line: '1 device still to return · 2 returned',
      tone: 'warn',
    });
    expect(deviceFold([device('return_started')]).open).toBe(true);
  });
  it('puts a device past its return date first, in red', () => {
    expect(deviceFold([device('pending'), device('pending', true), device('keep')])).toEqual({
      open: true,
      line: '1 device is past its return date · 1 more to return · 1 kept',
      tone: 'danger',
    });
    expect(deviceFold([device('pending', true), device('pending', true)]).line).toBe('2 devices are past their return date');
  });
});

describe('documents sent fold by state', () => {
  it('folds when nothing was sent, or once every document is acknowledged', () => {
    expect(documentFold([])).toEqual({ open: false, line: 'Nothing sent yet', tone: 'quiet' });
    expect(documentFold([{ acknowledgedOn: TODAY }, { acknowledgedOn: TODAY }])).toEqual({
      open: false,
      line: '2 documents sent, both acknowledged',
      tone: 'ok',
    });
    expect(documentFold([{ acknowledgedOn: TODAY }]).line).toBe('1 document sent, acknowledged');
    expect(documentFold([{ acknowledgedOn: TODAY }, { acknowledgedOn: TODAY }, { acknowledgedOn: TODAY }]).line).toBe(
      '3 documents sent, all acknowledged',
    );
  });
  it('opens while one waits for its acknowledgment, saying so first', () => {
    expect(documentFold([{}, { acknowledgedOn: TODAY }])).toEqual({
      open: true,
      line: '1 document waiting for them to confirm receipt · 1 acknowledged',
      tone: 'warn',
    });
    expect(documentFold([{}, {}]).line).toBe('2 documents waiting for them to confirm receipt');
  });
});

describe('the contact log folds by state', () => {
  const promise = (dueDate: string, resolution?: 'kept' | 'not_kept') => ({ dueDate, resolution });
  it('folds with no calls, or when no promise is left open', () => {
    expect(contactFold(0, [], TODAY)).toEqual({ open: false, line: 'No calls or messages yet', tone: 'quiet' });
    expect(contactFold(3, [], TODAY)).toEqual({ open: false, line: '3 calls and messages, no promise waiting', tone: 'ok' });
    expect(contactFold(1, [promise('2026-03-01', 'kept')], TODAY).line).toBe('1 call or message, every promise kept');
  });
  it('opens with a promise not kept (its date passed, or the user said so) first, in red', () => {
    expect(contactFold(2, [promise('2026-03-09'), promise('2026-03-20')], TODAY)).toEqual({
      open: true,
      line: '1 promise not kept · 1 promise still to come · 2 calls and messages',
      tone: 'danger',
    });
    expect(contactFold(1, [promise('2026-03-20', 'not_kept')], TODAY).tone).toBe('danger');
  });
  it('opens while a promise is still to come (due today is not yet broken)', () => {
    expect(contactFold(1, [promise(TODAY)], TODAY)).toEqual({
      open: true,
      line: '1 promise still to come · 1 call or message',
      tone: 'warn',
    });
  });
  it('opens while an escalation awaits its answer, and folds once it came', () => {
    expect(contactFold(1, [], TODAY, [{ followUpDate: '2026-03-20' }])).toEqual({
      open: true,
      line: '1 answer awaited · 1 call or message',
      tone: 'warn',
    });
    expect(contactFold(1, [], TODAY, [{ followUpDate: '2026-03-20', answeredOn: TODAY }]).open).toBe(false);
  });
});
