/**
 * The account screens' counted words take the form each language asks for: one device
 * or three, in English and in Spanish, numbers written the language's way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { t, useLanguage } from '../../../lib/i18n';

describe('account words', () => {
  afterEach(() => useLanguage('en'));

  it('English keeps its wording, and a single one is singular', () => {
    expect(t('account.foldDevicesToReturn', { count: 1 })).toBe('1 device still to return');
    expect(t('account.foldDevicesToReturn', { count: 3 })).toBe('3 devices still to return');
    expect(t('account.noConfirmationDays', { count: 1 })).toBe('No confirmation yet (1 day)');
    expect(t('account.noConfirmationDays', { count: 12 })).toBe('No confirmation yet (12 days)');
    expect(t('account.allFilesUnchanged', { count: 3 })).toBe('All 3 files are exactly as they were saved.');
    expect(t('account.promisesAlreadyLogged', { count: 1 })).toBe('The promise already logged stays as it is.');
    expect(t('account.promisesAlreadyLogged', { count: 2 })).toBe('The 2 promises already logged stay as they are.');
    expect(t('account.blackedOutPicture', { title: 'Certificate', count: 2 })).toBe('Certificate, with 2 parts blacked out');
    expect(t('account.unreturnedFee', { fee: 1200 })).toBe('Unreturned, it can be charged up to $1,200.');
  });

  it('Spanish: singular, plural, and the large-number form', async () => {
    await useLanguage('es');
    expect(t('account.foldDevicesToReturn', { count: 1 })).toBe('Falta devolver 1 equipo');
    expect(t('account.foldDevicesToReturn', { count: 3 })).toBe('Falta devolver 3 equipos');
    expect(t('account.foldDevicesToReturn', { count: 0 })).toBe('Falta devolver 0 equipos');
    expect(t('account.noConfirmationDays', { count: 1 })).toBe('Sin confirmación todavía (1 día)');
    expect(t('account.noConfirmationDays', { count: 12 })).toBe('Sin confirmación todavía (12 días)');
    expect(t('account.allFilesUnchanged', { count: 1 })).toBe('El archivo está exactamente como se guardó.');
    expect(t('account.allFilesUnchanged', { count: 3 })).toBe('Los 3 archivos están exactamente como se guardaron.');
    expect(t('account.promisesAlreadyLogged', { count: 1 })).toBe('La promesa que ya anotó queda como está.');
    expect(t('account.partsBlackedOut', { count: 1 })).toBe('1 zona tapada.');
    expect(t('account.partsBlackedOut', { count: 4 })).toBe('4 zonas tapadas.');
    expect(t('account.partsBlackedOut', { count: 1_000_000 })).toBe('1,000,000 de zonas tapadas.');
    expect(t('account.promiseBy', { what: 'Crédito de $54.20', date: '20 de marzo de 2026' })).toBe(
      'Crédito de $54.20, a más tardar el 20 de marzo de 2026',
    );
  });
});
