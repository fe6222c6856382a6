import { graphql } from '../../../gql/gql';

export const CreateAgencyDocument = graphql(`
  mutation CreateAgency($input: CreateAgencyInput!) {
    createAgency(input: $input) {
      ...AgencyDetailFields
    }
  }
`);

export const UpdateAgencyDocument = graphql(`
  mutation UpdateAgency($input: UpdateAgencyInput!) {
    updateAgency(input: $input) {
      ...AgencyDetailFields
    }
  }
`);

export const MoveAgencyDocument = graphql(`
  mutation MoveAgency($input: MoveAgencyInput!) {
    moveAgency(input: $input) {
      ...AgencyDetailFields
    }
  }
`);

export const DeactivateAgencyDocument = graphql(`
  mutation DeactivateAgency($input: DeactivateAgencyInput!) {
    deactivateAgency(input: $input) {
      ...AgencyDetailFields
    }
  }
`);

export const MergeAgenciesDocument = graphql(`
  mutation MergeAgencies($input: MergeAgenciesInput!) {
    mergeAgencies(input: $input) {
      ...AgencyDetailFields
    }
  }
`);

export const ImportAgenciesDocument = graphql(`
  mutation ImportAgencies($input: ImportAgenciesInput!) {
    importAgencies(input: $input) {
      dryRun
      applied
      created
      updated
      unchanged
      errors {
        line
        message
      }
    }
  }
`);
