// The verification's costs for the city, its verifier and the secretariat: the quote in force and its status; the
// secretariat or the verifier quotes, the city accepts or declines, and the invoice and payment are recorded.
import { onsiteItems } from '../../../../core/lifecycle/cost-items.ts';
import { ActionForm, text } from '../../components/ActionForm.tsx';
import { TextField } from '../../components/fields.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { ReasonForm } from './ReasonForm.tsx';
import type { ActionProps } from './types.ts';

const amount = (data: FormData, name: string) => {
  const value = text(data, name);
  return value === undefined ? undefined : Number(value);
};

function QuoteForm({ act, detail, label }: ActionProps & { label: string }) {
  const { t } = useI18n();
  const m = t.costs;
  const onsite = detail.pilot.verificationMode === 'onsite';
  const items = onsite ? (['fee', ...onsiteItems] as const) : (['fee'] as const);
  return (
    <ActionForm
      label={label}
      submitLabel={label}
      variant="secondary"
      onSubmit={(data) =>
        act('costs', {
          currency: text(data, 'currency')?.toUpperCase(),
          ...Object.fromEntries(items.map((item) => [item, amount(data, item)])),
          note: text(data, 'note'),
        })
      }
    >
      <div className="grid-2">
        <TextField label={m.currency} name="currency" required pattern="[A-Za-z]{3}" maxLength={3} />
        {items.map((item) => (
          <TextField
            key={item}
            label={m.items[item] ?? item}
            name={item}
            type="number"
            min={0}
            step="0.01"
            required
          />
        ))}
      </div>
      <TextField label={m.note} name="note" maxLength={2000} />
    </ActionForm>
  );
}

export function CostsPanel(props: ActionProps) {
  const { t } = useI18n();
  const m = t.costs;
  const { detail, can, act } = props;
  const costs = detail.pilot.costs;
  const mayQuote = can('quoteCosts') && !(costs && ['invoiced', 'paid'].includes(costs.status));
  if (!costs && !mayQuote) return null;
  const quoteId = costs?.quote.quoteId;
  const money = (n: number) =>
    `${n.toLocaleString(undefined, { minimumFractionDigits: 2 })} ${costs?.quote.currency}`;
  return (
    <Panel title={m.title}>
      <p className="muted">{m.hint}</p>
      {costs ? (
        <>
          <p role="status">
            {m.status[costs.status]}.{' '}
            {m.quotedBy(
              costs.quote.userId,
              costs.quote.at.slice(0, 10),
              m.modes[costs.quote.mode] ?? costs.quote.mode,
            )}{' '}
            {costs.invoice && m.invoiceRef(costs.invoice.reference)}
          </p>
          <table className="costs">
            <tbody>
              {(['fee', ...onsiteItems] as const)
                .filter((item) => costs.quote[item] !== undefined)
                .map((item) => (
                  <tr key={item}>
                    <th scope="row">{m.items[item]}</th>
                    <td>{money(costs.quote[item] ?? 0)}</td>
                  </tr>
                ))}
              <tr>
                <th scope="row">{m.total}</th>
                <td>
                  <strong>{money(costs.quote.total)}</strong>
                </td>
              </tr>
            </tbody>
          </table>
          {costs.quote.note && <p>{costs.quote.note}</p>}
          {costs.answer?.reason && <p>{costs.answer.reason}</p>}
        </>
      ) : (
        <p>{m.none}</p>
      )}
      {costs?.status === 'quoted' && can('acceptCosts') && (
        <>
          <ActionForm
            submitLabel={m.accept}
            onSubmit={() => act('costs-answer', { decision: 'accept', quoteId })}
          />
          <ReasonForm
            label={m.declineReason}
            submitLabel={m.decline}
            variant="danger"
            onSubmit={(reason) => act('costs-answer', { decision: 'decline', quoteId, reason })}
          />
        </>
      )}
      {costs?.status === 'accepted' && can('recordCostInvoice') && (
        <ActionForm
          submitLabel={m.invoice}
          variant="secondary"
          onSubmit={(data) => act('costs-invoice', { quoteId, reference: text(data, 'reference') })}
        >
          <TextField label={m.reference} name="reference" required maxLength={200} />
        </ActionForm>
      )}
      {costs?.status === 'invoiced' && can('recordCostPayment') && (
        <ActionForm
          submitLabel={m.pay}
          variant="secondary"
          onSubmit={() => act('costs-payment', { quoteId })}
        />
      )}
      {mayQuote && <QuoteForm {...props} label={costs ? m.requote : m.quote} />}
    </Panel>
  );
}
