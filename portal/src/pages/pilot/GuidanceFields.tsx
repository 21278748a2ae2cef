// The policy guidance of the verifier's conclusion: each derived proposal to accept, edit (in both languages) or
// drop, proposals of the verifier's own, and the next steps in English and Chinese; read back by guidanceOf.
import { useState } from 'react';
import type { Proposal } from '../../../../core/guidance/proposals.ts';
import { items, text } from '../../components/ActionForm.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';

const sections = ['policyRecommendations', 'improvementOpportunities'] as const;

/** The conclusion's `proposals` and `advice` from the form: a changed text counts as an edit. */
export function guidanceOf(data: FormData, proposals: readonly Proposal[], own: readonly number[]) {
  const decided = proposals.map((p, i) => {
    const choice = data.get(`proposal-${i}-decision`);
    if (choice === 'dropped') return { proposalId: p.proposalId, decision: 'dropped' as const };
    const textOf = { en: text(data, `proposal-${i}-en`) ?? '', zh: text(data, `proposal-${i}-zh`) ?? '' };
    const changed = textOf.en !== p.text.en || textOf.zh !== p.text.zh;
    return {
      proposalId: p.proposalId,
      decision: choice === 'edited' || changed ? ('edited' as const) : ('accepted' as const),
      text: textOf,
    };
  });
  const written = own.map((n) => ({
    decision: 'written' as const,
    section: data.get(`own-${n}-section`),
    kpiIds: items(text(data, `own-${n}-kpis`), ','),
    text: { en: text(data, `own-${n}-en`) ?? '', zh: text(data, `own-${n}-zh`) ?? '' },
  }));
  const zh = items(text(data, 'advice-zh'));
  const advice = items(text(data, 'advice-en')).map((en, i) => ({ en, zh: zh[i] ?? '' }));
  return { proposals: [...decided, ...written], advice };
}

export function GuidanceFields({
  proposals,
  own,
  setOwn,
}: {
  proposals: readonly Proposal[];
  own: readonly number[];
  setOwn: (own: number[]) => void;
}) {
  const { t, lang } = useI18n();
  const g = t.guidance;
  const [next, setNext] = useState(1);
  return (
    <fieldset className="guidance">
      <legend>{g.title}</legend>
      <p className="hint">{proposals.length ? g.intro : g.none}</p>
      {proposals.map((p, i) => (
        <fieldset key={p.proposalId} className="proposal" data-proposal={p.proposalId}>
          <legend>
            {g.kinds[p.kind]} · {g.sections[p.section]}
          </legend>
          {p.kpiIds.length > 0 && (
            <p className="hint">{g.kpis(p.kpiIds.join(lang === 'zh' ? '、' : ', '))}</p>
          )}
          {p.caseStudy && (
            <p className="hint">{g.caseStudy(p.caseStudy.number, p.caseStudy.title, p.caseStudy.cityName)}</p>
          )}
          <SelectField
            label={g.decision}
            name={`proposal-${i}-decision`}
            defaultValue="accepted"
            options={(['accepted', 'edited', 'dropped'] as const).map((value) => ({
              value,
              label: g.decisions[value],
            }))}
          />
          <TextArea label={g.textEn} name={`proposal-${i}-en`} defaultValue={p.text.en} rows={2} />
          <TextArea label={g.textZh} name={`proposal-${i}-zh`} defaultValue={p.text.zh} rows={2} />
        </fieldset>
      ))}
      {own.map((n, i) => (
        <fieldset key={n} className="proposal proposal-own">
          <legend>{g.own(i + 1)}</legend>
          <SelectField
            label={g.section}
            name={`own-${n}-section`}
            options={sections.map((value) => ({ value, label: g.sections[value] }))}
          />
          <TextField label={g.ownKpis} name={`own-${n}-kpis`} />
          <TextArea label={g.textEn} name={`own-${n}-en`} required rows={2} />
          <TextArea label={g.textZh} name={`own-${n}-zh`} required rows={2} />
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setOwn(own.filter((m) => m !== n))}
          >
            {g.removeOwn}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setOwn([...own, next]);
          setNext(next + 1);
        }}
      >
        {g.addOwn}
      </button>
      <TextArea label={g.adviceEn} name="advice-en" rows={2} />
      <TextArea label={g.adviceZh} name="advice-zh" rows={2} />
    </fieldset>
  );
}
