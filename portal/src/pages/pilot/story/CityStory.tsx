// The city's story beside its KPIs, on the pilot page: the self-assessment form and smart initiatives for the city,
// the factsheet for the city and the secretariat once certified, and the case studies for both.
import type { ActionProps } from '../types.ts';
import { CaseStudies } from './CaseStudies.tsx';
import { Factsheet } from './Factsheet.tsx';
import { Initiatives } from './Initiatives.tsx';
import { SelfAssessmentForm } from './SelfAssessmentForm.tsx';

export function CityStory(props: ActionProps) {
  const { pilot } = props.detail;
  return (
    <>
      {props.can('submitSelfAssessment') && <SelfAssessmentForm {...props} />}
      {props.can('recordInitiatives') && <Initiatives {...props} />}
      {pilot.stage === 'certified' &&
        (props.can('requestFactsheet') || props.can('produceFactsheet') || pilot.factsheet) && (
          <Factsheet {...props} />
        )}
      {(props.can('saveCaseStudy') || (pilot.caseStudies?.length ?? 0) > 0) && <CaseStudies {...props} />}
    </>
  );
}
