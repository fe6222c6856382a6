import { graphql } from '../../../gql/gql';

/** The province whose agencies the online form may be asked about (the picker's root). */
export const SurveyOnlineFormTargetDocument = graphql(`
  query SurveyOnlineFormTarget($id: ID!) {
    survey(id: $id) {
      id
      provinceId
    }
  }
`);
