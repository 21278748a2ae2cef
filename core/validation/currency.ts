// The currency of the city profile must be an ISO 4217 code, so monetary KPIs can be read and compared.
import { templateLayout } from '../template/layout.ts';
import type { FindingList } from './findings.ts';
import type { ProfileReading } from './read-profile.ts';

/**
 * Circulating currencies of ISO 4217 (list one, 2025), without funds, precious metals and testing codes, which are
 * never the currency a city budget is kept in. Superseded codes still in use during a transition are kept (SLL, ZWL).
 */
const ISO_4217 = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF ' +
    'CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD ' +
    'HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL ' +
    'LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR ' +
    'PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND ' +
    'TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG ZWL'
  ).split(' '),
);

/** True for a circulating ISO 4217 code; the case does not matter (`eur` is EUR). */
function isIsoCurrency(code: string): boolean {
  return ISO_4217.has(code.trim().toUpperCase());
}

/** An error on the currency cell when it holds something other than a code (an empty cell is completeness's). */
export function checkCurrency(profile: ProfileReading, findings: FindingList): void {
  const value = profile.values.currency;
  const cell = profile.cells.currency;
  if (typeof value !== 'string' || value === '' || isIsoCurrency(value)) return;
  const shown = value.slice(0, 40);
  findings.error(
    'profile.currency-not-iso4217',
    {
      en: `"${shown}" is not an ISO 4217 currency code. Type the three-letter code, e.g. CNY (not RMB), EUR or USD.`,
      zh: `"${shown}"不是 ISO 4217 货币代码。请填写三个字母的代码，例如 CNY（而非 RMB）、EUR 或 USD。`,
    },
    { sheet: templateLayout.sheets.cityProfile, cell },
  );
}
