/**
 * The side panel's first screen, as the background reads it: one message, one answer.
 *
 * The background has the database open and the same read functions the panel uses
 * (lib/db/firstScreen.ts), so the panel can paint its first screen from this answer
 * with Preact, the words and the presentational components only; the database, zod,
 * the registry and the other views load just after (entrypoints/sidepanel/main.tsx).
 *
 * No zod here: this module is part of the panel's first render. The answer is checked
 * where it arrives all the same (isFirstScreen), by the same function the protocol's
 * reply schema uses (protocol.ts).
 */
import type { AccountShown } from '../derived/accountScreen';
import type { AccountSummary } from '../derived/states';
import type { Language } from '../i18n';
import type { Category, EstateCase, PageKind } from '../model';
import type { AttentionItem } from '../reminders/attention';

/** What the panel shows when the background's answer is missing or not what it should be. */
export const NO_ANSWER = 'the extension did not answer';

/** The provider of the tab's page, as the panel's header names it. */
export interface FirstScreenHeader {
  providerId: string;
  providerName: string;
  pageKind: PageKind;
}

/** The home: every account's row, and the first things that need attention. */
export interface FirstScreenHome {
  kind: 'home';
  /** In the dashboard's order, each with its provider's name. */
  rows: Array<AccountSummary & { providerName: string }>;
  /** The providers by kind of service, for "add an account". */
  choices: Array<{ category: Category; providers: Array<{ id: string; name: string }> }>;
  /** The first items the home lists (at most HOME_ATTENTION), each with its provider's name. */
  attention: Array<{ item: AttentionItem; providerName: string }>;
  /** How many need attention in all (the badge's number). */
  attentionTotal: number;
}

/**
 * On a provider's page: that provider's accounts, each as its screen shows it (the
 * newest calls, the checklist in its order...), derived by the background as the live
 * account screen derives it (lib/derived/accountScreen.ts).
 */
export interface FirstScreenProvider {
  kind: 'provider';
  accounts: AccountShown[];
}

export type FirstScreen =
  | { kind: 'locked'; language: Language }
  | { kind: 'start'; language: Language; header?: FirstScreenHeader }
  | {
      kind: 'case';
      language: Language;
      header?: FirstScreenHeader;
      current: EstateCase;
      cases: EstateCase[];
      body: FirstScreenHome | FirstScreenProvider;
    };

/** On the home, before the accounts: at most this many things that need attention; the rest in Reminders. */
export const HOME_ATTENTION = 5;

/** What the panel asks: the tab it is about (its page may be a provider's) and its today. */
export interface FirstScreenRequest {
  type: 'first-screen';
  tabId?: number;
  today: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const arrayOf = (v: unknown, each: (x: unknown) => boolean) => Array.isArray(v) && v.every(each);

function isHeader(v: unknown): boolean {
  return v === undefined || (isObject(v) && isString(v.providerId) && isString(v.providerName) && isString(v.pageKind));
}

function isCase(v: unknown): boolean {
  return isObject(v) && isString(v.id) && isString(v.deceasedName);
}

function isFold(v: unknown): boolean {
  return isObject(v) && typeof v.open === 'boolean' && isString(v.line);
}

function isAccountShown(v: unknown): boolean {
  if (!isObject(v) || !isObject(v.account) || !isString(v.account.id) || !isObject(v.checklist) || !isObject(v.folds)) return false;
  const { checklist, folds } = v;
  return (
    arrayOf(checklist.tasks, (t) => isObject(t) && isString(t.id) && isString(t.title)) &&
    isString(checklist.status) &&
    [folds.device, folds.document, folds.contact].every(isFold) &&
    arrayOf(v.devices, isObject) &&
    arrayOf(v.documents, isObject) &&
    arrayOf(v.log, (e) => isObject(e) && (e.kind === 'contact' || e.kind === 'escalation')) &&
    typeof v.logTotal === 'number' &&
    arrayOf(v.intents, isString) &&
    arrayOf(v.suggestedKinds, isString) &&
    typeof v.showEquipment === 'boolean' &&
    typeof v.askDisconnectDate === 'boolean'
  );
}

function isBody(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.kind === 'provider') return arrayOf(v.accounts, isAccountShown);
  return (
    v.kind === 'home' &&
    arrayOf(v.rows, (r) => isObject(r) && isString(r.accountId) && isString(r.providerName) && isString(r.status)) &&
    arrayOf(v.choices, (c) => isObject(c) && isString(c.category) && Array.isArray(c.providers)) &&
    arrayOf(v.attention, (a) => isObject(a) && isObject(a.item) && isString(a.item.key) && isString(a.providerName)) &&
    typeof v.attentionTotal === 'number'
  );
}

/**
 * Whether an answer has the shape of a first screen. The background wrote it from
 * validated records; this guards the panel against a missing or foreign answer (an
 * older worker still running after an update), never against the data itself.
 */
export function isFirstScreen(v: unknown): v is FirstScreen {
  if (!isObject(v) || (v.language !== 'en' && v.language !== 'es')) return false;
  if (v.kind === 'locked') return true;
  if (v.kind === 'start') return isHeader(v.header);
  return v.kind === 'case' && isHeader(v.header) && isCase(v.current) && arrayOf(v.cases, isCase) && isBody(v.body);
}

/** Asks the background for the first screen; rejects when it does not answer, or not with one. */
export async function askFirstScreen(request: Omit<FirstScreenRequest, 'type'>, transport: (m: unknown) => Promise<unknown>) {
  const message: FirstScreenRequest = { type: 'first-screen', ...request };
  const answer = await transport(message);
  if (!isFirstScreen(answer)) throw new Error(NO_ANSWER);
  return answer;
}
