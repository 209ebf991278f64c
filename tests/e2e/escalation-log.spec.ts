/**
 * Cable TV billing goes to the state's own cable office where the state has one (New
 * Jersey here), named with its source; a rung climbed shows in the contact log among the
 * calls, in its date order, opens its record in the ladder's card, and is in the report.
 */
import { expect, test, xfinityAccount } from './fixtures';

const screens = 'test-results/screens';

test('a cable account in New Jersey: the ladder names the state’s cable office with its source; the rung climbed is in the contact log and the report', async ({
  ext,
}) => {
  const { panel } = await xfinityAccount(ext, { now: '2026-11-05T10:00:00' });

  // Two calls: the second one, "they have no record of it", brings the ladder.
  for (const [at, outcome] of [
    ['2026-11-02T09:30', undefined],
    ['2026-11-04T15:10', 'They have no record of it'],
  ] as const) {
    await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
    const form = panel.getByRole('form', { name: 'Log a call or message' });
    await form.getByLabel('When').fill(at);
    if (outcome) await form.getByLabel('Outcome').selectOption({ label: outcome });
    await form.getByRole('button', { name: 'Save to the log' }).click();
    await expect(form).toHaveCount(0);
  }
  const offer = panel.getByRole('region', { name: 'What usually works next' });
  await expect(offer).toBeVisible();

  // Cable TV billing: which office depends on the state, so the ladder asks for it first.
  const local = offer.locator('[data-rung="franchise"]');
  await expect(local).toContainText('For cable TV billing');
  await expect(
    local.getByText(
      'In some states a state office takes cable TV complaints instead. Choose the state of the service address to see which office it is.',
    ),
  ).toBeVisible();
  await local.getByLabel('State of the service address').selectOption({ label: 'New Jersey' });

  const bpu = offer.locator('[data-rung="cable-nj"]');
  await expect(bpu).toContainText('Complain to the BPU about cable TV');
  await expect(offer.locator('[data-rung="franchise"]')).toHaveCount(0);
  if ((await bpu.getByRole('button', { name: 'Show what it takes' }).count()) > 0)
    await bpu.getByRole('button', { name: 'Show what it takes' }).click();
  await expect(
    bpu.getByText(
      'In New Jersey, a state office takes cable TV complaints: the New Jersey Board of Public Utilities, Office of Cable Television and Telecommunications.',
      {
        exact: false,
      },
    ),
  ).toBeVisible();
  const phone = bpu.getByRole('listitem').filter({ hasText: '1-800-624-0331' });
  await expect(phone).toContainText('Phone, Cable TV Service Customer Assistance: 1-800-624-0331, weekdays, except holidays');
  // Its source: the office's own page, and the day it was checked.
  await expect(phone.locator('.cite')).toContainText('checked 2026-11-30');
  await expect(phone.locator('.cite a')).toHaveAttribute('href', 'https://www.nj.gov/bpu/about/divisions/cable/');
  await bpu.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/escalation-cable-nj.png` });

  // Climbing a rung: a supervisor, on Nov 4, with a ticket number.
  const supervisor = offer.locator('[data-rung="supervisor"]');
  await supervisor.getByRole('button', { name: 'I did this' }).click();
  const record = panel.getByRole('form', { name: 'Record: Ask for a supervisor and a ticket number' });
  await record.getByLabel('When you did it').fill('2026-11-04');
  await record.getByLabel('Ticket, case or tracking number').fill('ESC-7781');
  await record.getByRole('button', { name: 'Save' }).click();
  await expect(offer.getByTestId('escalation')).toHaveCount(1);

  // In the contact log, among the calls, in its date order: after the Nov 4 call, before nothing newer.
  const log = panel.getByRole('region', { name: 'Contact log' });
  const items = log.locator('ol.records > li');
  await expect(items).toHaveCount(3);
  expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-testid')))).toEqual([
    'log-escalation',
    'contact',
    'contact',
  ]);
  const entry = log.getByTestId('log-escalation');
  await expect(entry).toContainText('Escalated');
  await expect(entry).toContainText('Nov 4, 2026');
  await expect(entry).toContainText('Taken to a supervisor at Xfinity · ref. ESC-7781');
  await expect(entry).toContainText('Answer by Nov 18, 2026');
  await entry.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/contact-log-escalation.png` });

  // Chosen, it opens its own record in the escalation card.
  await entry.getByRole('button', { name: 'Open its record' }).click();
  await expect(offer.getByTestId('escalation')).toBeFocused();
  await expect(offer.getByTestId('escalation')).toContainText('A supervisor at Xfinity');

  // The report tells the same timeline: the escalation after the calls, in words.
  await panel.getByRole('button', { name: 'Copies' }).click();
  const [report] = await Promise.all([
    ext.context.waitForEvent('page'),
    panel.getByRole('button', { name: 'Open the report to read or print' }).click(),
  ]);
  const body = report.locator('#report');
  await expect(body).toContainText('Taken to a supervisor at Xfinity, reference number ESC-7781.');
  const rows = await body.locator('tr').evaluateAll((trs) => trs.map((tr) => tr.textContent ?? ''));
  const escalated = rows.findIndex((r) => r.includes('Taken to a supervisor at Xfinity'));
  const lastCall = rows.findIndex((r) => r.includes('no record of it'));
  expect(escalated).toBeGreaterThan(lastCall);
  expect(lastCall).toBeGreaterThan(-1);
  await report.setViewportSize({ width: 360, height: 640 });
  await report.getByText('Taken to a supervisor at Xfinity', { exact: false }).first().scrollIntoViewIfNeeded();
  await report.screenshot({ path: `${screens}/report-escalation.png` });
  await report.close();
});

test('a cable account in a state without a state cable office: the city or county’s office named on the bill, as the FCC says', async ({
  ext,
}) => {
  const { panel } = await xfinityAccount(ext);
  await panel.getByRole('group', { name: 'Quick actions' }).getByRole('button', { name: 'Log a call' }).click();
  const form = panel.getByRole('form', { name: 'Log a call or message' });
  await form.getByLabel('Outcome').selectOption({ label: 'They have no record of it' });
  await form.getByRole('button', { name: 'Save to the log' }).click();
  const offer = panel.getByRole('region', { name: 'What usually works next' });
  await offer.locator('[data-rung="franchise"]').getByLabel('State of the service address').selectOption({ label: 'Texas' });

  const local = offer.locator('[data-rung="franchise"]');
  await expect(local).toContainText('Complain to your city or county’s cable office');
  await expect(local.getByLabel('State of the service address')).toHaveCount(0);
  await local.getByRole('button', { name: 'Show what it takes' }).click();
  await expect(local).toContainText(
    'This guide does not know that office’s phone or address: look on the front or back of your cable bill, or ask your town or city hall.',
  );
  const onTheBill = local.getByRole('listitem').filter({ hasText: 'Its name may be on the front or back of your cable bill' });
  await expect(onTheBill.locator('.cite a')).toHaveAttribute(
    'href',
    'https://www.fcc.gov/guides/cable-television-where-file-complaints-regarding-cable-service',
  );
  await expect(onTheBill.locator('.cite')).toContainText('checked 2026-11-30');
  // It can be climbed like any rung.
  await expect(local.getByRole('button', { name: 'I did this' })).toBeVisible();
  await local.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: `${screens}/escalation-cable-local.png` });
});
