import { registerEnumType } from 'type-graphql';

export enum SorOstGoalKind {
  MAIN = 'MAIN',
  SUB = 'SUB',
}

registerEnumType(SorOstGoalKind, {
  name: 'SorOstGoalKind',
  description: 'The two levels of goals in the report.',
  valuesConfig: {
    MAIN: { description: 'Hovedmål for nettverket.' },
    SUB: { description: 'Delmål for the year.' },
  },
});
