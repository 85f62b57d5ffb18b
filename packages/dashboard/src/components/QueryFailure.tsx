import type { CombinedError } from 'urql';

/** Nothing to show at all: the request failed as a whole. */
export function QueryFailure({ error }: { error: CombinedError }) {
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">Fikk ikke svar</h2>
      <p>
        {error.networkError
          ? 'Gatewayen svarer ikke. Sjekk at systemet kjører (npm start), og last siden på nytt.'
          : error.graphQLErrors.map((graphQLError) => graphQLError.message).join('; ')}
      </p>
    </div>
  );
}

export function Loading() {
  return (
    <p className="loading" aria-busy="true">
      Henter …
    </p>
  );
}
